import { describe, expect, it } from 'vitest';
import { createActor, fromCallback, fromPromise, SimulatedClock, waitFor } from 'xstate';
import type { DeviceIdentity } from '../../kiosk/db';
import { ApiError } from '../../kiosk/sync/api';
import type { PreparedContent } from '../../kiosk/sync/prepareContent';
import type { PushBatchOutcome } from '../../kiosk/sync/pushOutbox';
import type { PulledPage, StoredSyncState, SyncEventFromActors } from '../../kiosk/sync/syncActors';
import { heartbeatIntervalMs, resyncIntervalMs, syncMachine } from '../../kiosk/sync/syncMachine';

const identity: DeviceIdentity = {
  deviceId: 'dev-1',
  storeId: 'store-1',
  token: 't'.repeat(40),
};

interface Fakes {
  stored?: StoredSyncState;
  enrol?: () => Promise<DeviceIdentity>;
  enrolWithCode?: (code: string) => Promise<DeviceIdentity>;
  pull?: (input: { token: string; cursor: number }) => Promise<PulledPage>;
  push?: (input: { token: string }) => Promise<PushBatchOutcome>;
  prepare?: () => Promise<PreparedContent>;
}

const upToDate: PreparedContent = { shown: null, waiting: null, problems: [] };

function startSync(fakes: Fakes) {
  const clock = new SimulatedClock();
  const calls = {
    pulls: [] as number[],
    pushes: 0,
    enrols: 0,
    heartbeats: 0,
    prepares: 0,
    tokens: [] as string[],
  };
  const machine = syncMachine.provide({
    actors: {
      loadState: fromPromise<StoredSyncState>(
        async () => fakes.stored ?? { identity, cursor: 0, lastSyncAt: null },
      ),
      enrolAutomatically: fromPromise<DeviceIdentity>(async () => {
        calls.enrols += 1;
        return fakes.enrol ? fakes.enrol() : identity;
      }),
      enrolWithCode: fromPromise<DeviceIdentity, { code: string }>(async ({ input }) =>
        fakes.enrolWithCode ? fakes.enrolWithCode(input.code) : identity,
      ),
      holdSyncLock: fromCallback(({ sendBack }) => {
        sendBack({ type: 'lock.acquired' });
      }),
      pullPage: fromPromise<PulledPage, { token: string; cursor: number }>(async ({ input }) => {
        calls.pulls.push(input.cursor);
        calls.tokens.push(input.token);
        return fakes.pull ? fakes.pull(input) : { cursor: input.cursor, more: false, markers: 0 };
      }),
      prepareContent: fromCallback<SyncEventFromActors>(({ sendBack }) => {
        calls.prepares += 1;
        void (fakes.prepare ? fakes.prepare() : Promise.resolve(upToDate)).then(
          (result) => sendBack({ type: 'content.prepared', result }),
          (error: unknown) => sendBack({ type: 'content.failed', message: String(error) }),
        );
      }),
      pushBatch: fromPromise<PushBatchOutcome, { token: string }>(async ({ input }) => {
        calls.pushes += 1;
        return fakes.push ? fakes.push(input) : { settled: 0, remaining: 0 };
      }),
      queueHeartbeat: fromPromise<unknown>(async () => {
        calls.heartbeats += 1;
      }),
      watchConnectivity: fromCallback(() => undefined),
      watchOutbox: fromCallback(() => undefined),
    },
  });
  const actor = createActor(machine, { clock }).start();
  return { actor, clock, calls };
}

const inConnection = (state: string) => (snapshot: { matches: (value: object) => boolean }) =>
  snapshot.matches({ connection: state });

describe('sync machine', () => {
  it('pulls pages until `more` is false, then pushes, then rests', async () => {
    const { actor, calls } = startSync({
      pull: async ({ cursor }) => ({ cursor: cursor + 500, more: cursor + 500 < 1500, markers: 0 }),
    });
    const snapshot = await waitFor(actor, inConnection('idle'));
    expect(calls.pulls).toEqual([0, 500, 1000]);
    expect(calls.pushes).toBe(1);
    expect(snapshot.context.cursor).toBe(1500);
    expect(snapshot.context.downloadError).toBeNull();
    expect(snapshot.context.lastSyncAt).not.toBeNull();
  });

  it('keeps pushing while batches settle and entries remain', async () => {
    let remaining = 250;
    const { actor, calls } = startSync({
      push: async () => {
        const settled = Math.min(100, remaining);
        remaining -= settled;
        return { settled, remaining };
      },
    });
    await waitFor(actor, inConnection('idle'));
    expect(calls.pushes).toBe(3);
  });

  it('stops pushing when a batch settles nothing, instead of spinning', async () => {
    const { actor, calls } = startSync({ push: async () => ({ settled: 0, remaining: 7 }) });
    await waitFor(actor, inConnection('idle'));
    expect(calls.pushes).toBe(1);
  });

  it('syncs again after 15 s of rest', async () => {
    const { actor, clock, calls } = startSync({});
    await waitFor(actor, inConnection('idle'));
    clock.increment(resyncIntervalMs - 1);
    expect(calls.pulls).toHaveLength(1);
    clock.increment(1);
    await waitFor(actor, () => calls.pulls.length === 2);
    await waitFor(actor, inConnection('idle'));
  });

  it('backs off with a growing delay after network errors and marks the server unreachable', async () => {
    let failing = true;
    const { actor, clock, calls } = startSync({
      push: async () => {
        if (failing) throw new ApiError('network', 'offline');
        return { settled: 1, remaining: 0 };
      },
    });
    let snapshot = await waitFor(actor, inConnection('waitingToRetry'));
    expect(snapshot.context.attempt).toBe(1);
    expect(snapshot.context.serverReachable).toBe(false);
    expect(snapshot.context.uploadError).toContain('offline');

    // retryDelayMs(1) lies in [1 s, 2 s].
    clock.increment(999);
    expect(calls.pushes).toBe(1);
    clock.increment(1_001);
    snapshot = await waitFor(actor, (s) => s.context.attempt === 2);
    expect(calls.pushes).toBe(2);

    // retryDelayMs(2) lies in [2 s, 4 s]: nothing before 2 s.
    clock.increment(1_999);
    expect(calls.pushes).toBe(2);
    failing = false;
    clock.increment(2_001);
    snapshot = await waitFor(actor, inConnection('idle'));
    expect(calls.pushes).toBe(3);
    expect(snapshot.context.attempt).toBe(0);
    expect(snapshot.context.uploadError).toBeNull();
    expect(snapshot.context.serverReachable).toBe(true);
  });

  it('retries at once when the browser comes back online', async () => {
    let failing = true;
    const { actor, calls } = startSync({
      pull: async ({ cursor }) => {
        if (failing) throw new ApiError('server', 'HTTP 503', 503);
        return { cursor, more: false, markers: 0 };
      },
    });
    await waitFor(actor, inConnection('waitingToRetry'));
    expect(calls.pushes).toBe(0);
    failing = false;
    actor.send({ type: 'connectivity.changed', online: true });
    await waitFor(actor, inConnection('idle'));
    expect(calls.pushes).toBe(1);
  });

  it('pushes the outbox even when a pulled page is unusable', async () => {
    const { actor, calls } = startSync({
      pull: async () => {
        throw new ApiError('invalidResponse', 'bad page');
      },
    });
    const snapshot = await waitFor(actor, inConnection('idle'));
    expect(calls.pushes).toBe(1);
    expect(snapshot.context.downloadError).toBe('bad page');
  });

  it('enrols again after a 401 and syncs with the new token', async () => {
    const fresh = { ...identity, token: 'n'.repeat(40) };
    const { actor, calls } = startSync({
      enrol: async () => fresh,
      pull: async ({ token, cursor }) => {
        if (token === identity.token) throw new ApiError('unauthorized', 'revoked', 401);
        return { cursor, more: false, markers: 0 };
      },
    });
    const snapshot = await waitFor(actor, inConnection('idle'));
    expect(calls.enrols).toBe(1);
    expect(calls.tokens).toEqual([identity.token, fresh.token]);
    expect(snapshot.context.identity).toEqual(fresh);
  });

  it('asks for an enrolment code when demo enrolment is not offered', async () => {
    const { actor, calls } = startSync({
      stored: { identity: null, cursor: 0, lastSyncAt: null },
      enrol: async () => {
        throw new ApiError('notFound', 'no demo', 404);
      },
      enrolWithCode: async (code) => {
        if (code !== 'ABCD-1234') throw new ApiError('client', 'bad code', 400);
        return identity;
      },
    });
    await waitFor(actor, inConnection('awaitingCode'));
    actor.send({ type: 'enrolment.submitted', code: 'WRNG-0000' });
    let snapshot = await waitFor(actor, (s) => s.context.enrolmentError !== null);
    expect(snapshot.matches({ connection: 'awaitingCode' })).toBe(true);
    actor.send({ type: 'enrolment.submitted', code: 'ABCD-1234' });
    snapshot = await waitFor(actor, inConnection('idle'));
    expect(snapshot.context.identity).toEqual(identity);
    expect(calls.pulls).toEqual([0]);
  });

  it('queues a heartbeat soon after start and every few minutes', async () => {
    const { actor, clock, calls } = startSync({});
    await waitFor(actor, inConnection('idle'));
    expect(calls.heartbeats).toBe(0);
    clock.increment(20_000);
    await waitFor(actor, () => calls.heartbeats === 1);
    clock.increment(heartbeatIntervalMs);
    await waitFor(actor, () => calls.heartbeats === 2);
  });

  it('starts a pass when the outbox grows while resting', async () => {
    const { actor, calls } = startSync({});
    await waitFor(actor, inConnection('idle'));
    actor.send({ type: 'outbox.changed', depth: 1, queuedOrders: 1 });
    await waitFor(actor, () => calls.pushes === 2);
    expect(actor.getSnapshot().context.queuedOrders).toBe(1);
  });

  it('retries within 15 s while the browser says it is online, so a restarted server is seen soon', async () => {
    let failing = true;
    const { actor, clock, calls } = startSync({
      pull: async ({ cursor }) => {
        if (failing) throw new ApiError('network', 'connection refused');
        return { cursor, more: false, markers: 0 };
      },
    });
    // Ten failures in a row: the plain backoff would wait up to 60 s by now.
    for (let attempt = 1; attempt <= 10; attempt++) {
      await waitFor(
        actor,
        (s) => s.context.attempt === attempt && s.matches({ connection: 'waitingToRetry' }),
      );
      if (attempt === 10) failing = false;
      clock.increment(15_000);
    }
    const snapshot = await waitFor(actor, inConnection('idle'));
    expect(snapshot.context.serverReachable).toBe(true);
    expect(calls.pulls.length).toBeGreaterThanOrEqual(11);
  });
});

describe('sync machine: content versions', () => {
  const inContent = (state: string) => (snapshot: { matches: (value: object) => boolean }) =>
    snapshot.matches({ content: state });
  const shown = {
    id: 'v-1',
    publishedAt: 1,
    note: '',
    media: [],
    storeIds: null,
    seq: 7,
    shownAt: 2,
  };

  it('prepares content at start and again when a pulled page brings a version marker', async () => {
    const { actor, calls } = startSync({
      pull: async ({ cursor }) => ({ cursor: cursor + 1, more: false, markers: 1 }),
      prepare: async () => ({ shown, waiting: null, problems: [] }),
    });
    await waitFor(actor, inConnection('idle'));
    const snapshot = await waitFor(actor, (s) => inContent('upToDate')(s) && calls.prepares >= 2);
    expect(snapshot.context.shownVersionId).toBe('v-1');
  });

  it('lets a version with a bad file wait, and retries it with backoff', async () => {
    let attempts = 0;
    const { actor, clock } = startSync({
      prepare: async () => {
        attempts += 1;
        if (attempts < 3) {
          return {
            shown: null,
            waiting: { versionId: 'v-1', ready: 0, total: 1 },
            problems: [{ path: '/media/a.webm', kind: 'hash', detail: 'mismatch' }],
          };
        }
        return { shown, waiting: null, problems: [] };
      },
    });
    let snapshot = await waitFor(actor, inContent('waitingToRetry'));
    expect(snapshot.context.mediaProblems).toEqual([
      { path: '/media/a.webm', kind: 'hash', detail: 'mismatch' },
    ]);
    expect(snapshot.context.waitingVersion).toEqual({ versionId: 'v-1', ready: 0, total: 1 });
    expect(snapshot.context.contentAttempt).toBe(1);
    clock.increment(999);
    expect(attempts).toBe(1);
    clock.increment(1_001);
    snapshot = await waitFor(actor, (s) => s.context.contentAttempt === 2);
    clock.increment(4_000);
    snapshot = await waitFor(actor, inContent('upToDate'));
    expect(attempts).toBe(3);
    expect(snapshot.context).toMatchObject({
      shownVersionId: 'v-1',
      waitingVersion: null,
      mediaProblems: [],
      contentAttempt: 0,
    });
  });

  it('prepares once more when a marker arrives while it is preparing', async () => {
    let finish: () => void = () => undefined;
    let runs = 0;
    const { actor } = startSync({
      prepare: () => {
        runs += 1;
        if (runs > 1) return Promise.resolve({ shown, waiting: null, problems: [] });
        return new Promise((resolve) => {
          finish = () => resolve({ shown: null, waiting: null, problems: [] });
        });
      },
    });
    await waitFor(actor, inContent('preparing'));
    actor.send({ type: 'content.staged' });
    finish();
    const snapshot = await waitFor(actor, inContent('upToDate'));
    expect(runs).toBe(2);
    expect(snapshot.context.shownVersionId).toBe('v-1');
  });
});
