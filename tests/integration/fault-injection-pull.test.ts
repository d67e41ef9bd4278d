import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom, type Random } from '../../server/seed/random';
import { startBodyCuttingProxy, type BodyCuttingProxy } from './support/body-cutting-proxy';
import { startChaosProxy, type ChaosProxy, type Fault } from './support/chaos-proxy';
import { churnContent } from './support/content-churn';
import { ContentReplica } from './support/content-replica';
import { honestDraft, orderMutation, storeNumbers } from './support/fixtures';
import { call, enrolKiosk, signIn, type EnrolledKiosk } from './support/http-client';
import { dbKinds, startTestServer, type TestServer } from './support/test-server';

/**
 * A pull cut anywhere (mid-body, answer lost, 503, dropped) and resumed converges to exactly
 * the content an uninterrupted pull gives, and a kiosk away for long catches up by paging.
 */
const seed = Number(process.env.FAULT_SEED ?? 20_090_107);
const store = 'gz-tianhe';
const retryScale = 1 / 100;

describe.each(dbKinds)('pulling content through a failing network on %s', (kind) => {
  let server: TestServer;
  let chaos: ChaosProxy;
  let cutter: BodyCuttingProxy;
  let kiosk: EnrolledKiosk;
  let faultsOn = true;
  const random: Random = seededRandom(seed + (kind === 'postgres' ? 11 : 10));

  beforeAll(async () => {
    server = await startTestServer(kind);
    kiosk = await enrolKiosk(server.url, await signIn(server.url, 'hq', 'showroom-hq'), store);
    // kiosk → cutter (cuts mid-body) → chaos (drops, 503s, answers lost) → server
    chaos = await startChaosProxy(server.url, (): Fault => {
      if (!faultsOn) return { kind: 'pass' };
      const roll = random.next();
      if (roll < 0.1) return { kind: 'drop' };
      if (roll < 0.2) return { kind: 'cutAfterCommit' };
      if (roll < 0.3) return { kind: 'serverError' };
      if (roll < 0.4) return { kind: 'delay', ms: random.int(1, 30) };
      return { kind: 'pass' };
    });
    cutter = await startBodyCuttingProxy(chaos.url, () =>
      faultsOn && random.chance(0.25) ? 'cutMidBody' : 'pass',
    );
  });
  afterAll(async () => {
    await cutter?.close();
    await chaos?.close();
    await server?.close();
  });

  /** What a kiosk that never saw a fault holds: one pull from 0 straight to the server. */
  async function uninterrupted(): Promise<ContentReplica> {
    const replica = new ContentReplica();
    await replica.pullToEnd({ ...direct(), limit: 1000 });
    expect(replica.failures).toBe(0);
    return replica;
  }
  const direct = () => ({
    baseUrl: server.url,
    token: kiosk.token,
    random,
    retryScale,
    deadline: Date.now() + 60_000,
  });
  const throughFaults = (limit: number) => ({ ...direct(), baseUrl: cutter.url, limit });

  /** The store sells numbers while kiosks pull: more `number` changes for this store. */
  async function sellNumbers(count: number) {
    const numbers = await storeNumbers(server.db, store);
    for (const number of numbers.slice(0, count)) {
      const draft = await honestDraft(server.db, { storeId: store, number });
      const reply = await call(server.url, '/api/sync/push', {
        token: kiosk.token,
        body: { mutations: [orderMutation(draft)] },
      });
      expect(reply.body.results[0].status).toBe('applied');
    }
  }

  it('resumes pages cut mid-body, lost or refused and ends with the uninterrupted content', async () => {
    await churnContent(server.db, random, 150);
    faultsOn = true;
    const faulty = new ContentReplica();
    const pulling = faulty.pullToEnd(throughFaults(8));
    // HQ keeps editing and the store keeps selling while the kiosk pulls.
    for (let round = 0; round < 5; round++) {
      await churnContent(server.db, random, 15);
      await sellNumbers(2);
    }
    await pulling;
    // Whatever was written after its last page, the next pass picks up from its cursor.
    await faulty.pullToEnd(throughFaults(8));

    expect(cutter.counts.cutMidBody).toBeGreaterThan(0);
    expect(cutter.bytesWithheld).toBeGreaterThan(0);
    for (const fault of ['drop', 'cutAfterCommit', 'serverError'] as const)
      expect(chaos.counts[fault], fault).toBeGreaterThan(0);
    // Every fault cost exactly one failed pull, and nothing else failed.
    expect(faulty.failures).toBe(
      cutter.counts.cutMidBody +
        chaos.counts.drop +
        chaos.counts.cutAfterCommit +
        chaos.counts.serverError,
    );

    const reference = await uninterrupted();
    expect(faulty.cursor).toBe(reference.cursor);
    expect(faulty.content.size).toBe(reference.content.size);
    expect(faulty.content).toEqual(reference.content);
    // Tombstones were applied: the log holds deletes, and their keys are gone (unless put back).
    const deletes = await server.db
      .selectFrom('changes')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('op', '=', 'delete')
      .executeTakeFirstOrThrow();
    expect(Number(deletes.count)).toBeGreaterThan(0);
    const everPut = await server.db
      .selectFrom('changes')
      .select(['entity', 'key'])
      .distinct()
      .where((eb) => eb.or([eb('store_id', 'is', null), eb('store_id', '=', store)]))
      .execute();
    expect(reference.content.size).toBeLessThan(everPut.length);
  });

  it('catches up by paging from a cursor of long ago, through the same faults', async () => {
    faultsOn = false;
    const current = await uninterrupted();
    const away = current.snapshot();
    // A month of HQ edits and sales while the kiosk was unplugged.
    for (let round = 0; round < 6; round++) {
      await churnContent(server.db, random, 60);
      await sellNumbers(2);
    }
    const behind = await server.db
      .selectFrom('changes')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('seq', '>', away.cursor)
      .where((eb) => eb.or([eb('store_id', 'is', null), eb('store_id', '=', store)]))
      .executeTakeFirstOrThrow();
    expect(Number(behind.count)).toBeGreaterThanOrEqual(360);

    faultsOn = true;
    const limit = 25;
    const pagesBefore = away.pagesApplied;
    await away.pullToEnd(throughFaults(limit));
    faultsOn = false;
    expect(away.pagesApplied - pagesBefore).toBe(Math.ceil(Number(behind.count) / limit));
    const reference = await uninterrupted();
    expect(away.cursor).toBe(reference.cursor);
    expect(away.content).toEqual(reference.content);
    expect(away.content).not.toEqual(current.content);
  });
});
