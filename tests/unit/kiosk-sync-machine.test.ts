import { describe, expect, it } from 'vitest';
import { createActor, fromCallback, fromPromise, SimulatedClock, waitFor } from 'xstate';
import type { DeviceIdentity } from '../../kiosk/db';
import { ApiError } from '../../kiosk/sync/api';
import type { PushBatchOutcome } from '../../kiosk/sync/pushOutbox';
import type { PulledPage, StoredSyncState } from '../../kiosk/sync/syncActors';
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
}

function startSync(fakes: Fakes) {
  const clock = new SimulatedClock();
  const calls = {
    pulls: [] as number[],
    pushes: 0,
    enrols: 0,
    heartbeats: 0,
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
        return fakes.pull ? fakes.pull(input) : { cursor: input.cursor, more: false };
      }),
      warmMedia: fromPromise<number>(async () => 0),
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
      pull: async ({ cursor }) => ({ cursor: cursor + 500, more: cursor + 500 < 1500 }),
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
        return { cursor, more: false };
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
        return { cursor, more: false };
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
});
