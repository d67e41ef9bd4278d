import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom, type Random } from '../../server/seed/random';
import { startChaosProxy, type ChaosProxy, type Fault } from './support/chaos-proxy';
import { checkLedger } from './support/fault-ledger';
import { enrolKiosk, signIn } from './support/http-client';
import { loadCatalogue, type Catalogue } from './support/order-maker';
import { planOrders, type PlannedItem } from './support/order-plan';
import { startServerProcess, type ServerProcess } from './support/server-process';
import { SimulatedKiosk } from './support/simulated-kiosk';
import { admin, dbKinds } from './support/test-server';

/**
 * Issue #4's promise under a store's worst day: kiosks push more than a thousand orders
 * through a network that drops, delays, duplicates and cuts answers after the commit, the
 * server answers 503 now and then and is killed (SIGKILL) mid-batch and restarted. At the end
 * every order is on the server exactly once and the counts and sums match what was captured.
 * Set FAULT_SEED to replay another mix of faults.
 */
const seed = Number(process.env.FAULT_SEED ?? 20_090_107);
const demoSize = { handsets: 60, numbersPerStore: 260, stockPerStore: 20, orders: 40, days: 30 };
/** Six kiosks: three race each other in Xidan, two in Nanjing Road, one alone in Tianhe. */
const kioskStores = [
  'bj-xidan',
  'bj-xidan',
  'bj-xidan',
  'sh-nanjing-road',
  'sh-nanjing-road',
  'gz-tianhe',
];
const shape = {
  ordersPerKiosk: 175,
  ownNumbersPerKiosk: 25,
  racesPerStore: 12,
  eventsPerKiosk: 15,
};
const retryScale = 1 / 50;

/** A seeded mix of the faults a store's network produces, for sync calls only. */
function faultMix(random: Random): Fault {
  const roll = random.next();
  if (roll < 0.45) return { kind: 'pass' };
  if (roll < 0.55) return { kind: 'drop' };
  if (roll < 0.65) return { kind: 'delay', ms: random.int(5, 80) };
  if (roll < 0.76) return { kind: 'duplicate' };
  if (roll < 0.88) return { kind: 'cutAfterCommit' };
  return { kind: 'serverError' };
}

async function until(condition: () => boolean, what: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 1));
  }
}

async function untilAsync(condition: () => Promise<boolean>, what: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 1));
  }
}

/** The kiosk's customers confirm orders in small bursts while the sync loop runs. */
async function captureAll(kiosk: SimulatedKiosk, items: PlannedItem[], random: Random) {
  let i = 0;
  while (i < items.length) {
    for (const item of items.slice(i, i + random.int(1, 12))) {
      if (item.kind === 'order') kiosk.capture(item.draft);
      else kiosk.queueEvent(item.event);
      i += 1;
    }
    await new Promise((r) => setTimeout(r, random.int(1, 8)));
  }
}

describe.each(dbKinds)('sync under injected faults on %s', (kind) => {
  let server: ServerProcess;
  let proxy: ChaosProxy;
  let hqCookie: string;
  let catalogue: Catalogue;
  let faultsOn = true;
  const random = seededRandom(seed + (kind === 'postgres' ? 1 : 0));

  beforeAll(async () => {
    server = await startServerProcess(kind, demoSize);
    hqCookie = await signIn(server.url, admin.login, admin.password);
    catalogue = await loadCatalogue(server.db);
    proxy = await startChaosProxy(server.url, (req) =>
      faultsOn && req.url?.startsWith('/api/sync/') ? faultMix(random) : { kind: 'pass' },
    );
  }, 120_000);
  afterAll(async () => {
    await proxy?.close();
    await server?.dispose();
  });

  const newKiosk = async (storeId: string, options: { twinPushChance: number; maxBatch: number }) =>
    new SimulatedKiosk({
      baseUrl: proxy.url,
      kiosk: await enrolKiosk(server.url, hqCookie, storeId),
      random,
      retryScale,
      ...options,
    });

  it('keeps every one of 1,000+ orders exactly once through faults and a SIGKILL mid-batch', async () => {
    const kiosks: SimulatedKiosk[] = [];
    for (const storeId of kioskStores)
      kiosks.push(await newKiosk(storeId, { twinPushChance: 0.1, maxBatch: 60 }));
    const plan = planOrders(kioskStores, catalogue, random, shape);
    const ordersPlanned = plan.perKiosk.flat().filter((item) => item.kind === 'order').length;
    expect(ordersPlanned).toBeGreaterThanOrEqual(1_000);
    const startSeq = await lastChangeSeq(server);

    const deadline = Date.now() + 150_000;
    const runs = kiosks.map((kiosk, k) => {
      const capturing = captureAll(kiosk, plan.perKiosk[k] ?? [], random);
      return kiosk.drain(capturing, deadline);
    });
    // Kill the server the hard way once a third of the work is answered and pushes are out.
    const answered = () => kiosks.reduce((sum, kiosk) => sum + kiosk.answers.size, 0);
    const inFlight = () => kiosks.reduce((sum, kiosk) => sum + kiosk.inFlight, 0);
    let inFlightAtKill = 0;
    const crash = (async () => {
      await until(() => answered() >= ordersPlanned / 3 && inFlight() >= 2, 'pushes in flight');
      // Mid-batch for real: the server has written and not committed when it dies.
      await untilAsync(
        async () => inFlight() >= 1 && (await server.writeInProgress()),
        'a batch half applied',
      );
      inFlightAtKill = inFlight();
      await server.kill();
      await server.restart();
    })();
    await Promise.all([...runs, crash]).catch(async (error: Error) => {
      throw new Error(`${error.message}\n${await server.diagnose()}`, { cause: error });
    });

    expect(server.kills).toBe(1);
    expect(inFlightAtKill).toBeGreaterThanOrEqual(1);
    for (const fault of ['pass', 'drop', 'delay', 'duplicate', 'cutAfterCommit', 'serverError'])
      expect(proxy.counts[fault as Fault['kind']], fault).toBeGreaterThan(0);
    const stats = kiosks.map((kiosk) => kiosk.stats);
    expect(stats.reduce((n, s) => n + s.twinPushes, 0)).toBeGreaterThan(0);
    expect(stats.reduce((n, s) => n + s.networkErrors, 0)).toBeGreaterThan(0);
    expect(stats.reduce((n, s) => n + s.serverErrors, 0)).toBeGreaterThan(0);

    await checkLedger(server.db, kiosks, plan, startSeq);
    const total = (key: keyof (typeof stats)[number]) => stats.reduce((n, s) => n + s[key], 0);
    console.info(
      `[fault-injection ${kind}] seed ${seed}: ${ordersPlanned} orders, ` +
        `${plan.expectedLosers} race losers, ${total('pushes')} pushes ` +
        `(${total('twinPushes')} twice at once), ${total('networkErrors')} unanswered, ` +
        `${total('serverErrors')} 5xx, ${inFlightAtKill} in flight at the SIGKILL; proxy ` +
        JSON.stringify(proxy.counts),
    );
  }, 200_000);

  it('applies a batch once when it is pushed twice at the same moment while others race', async () => {
    faultsOn = false;
    const storeId = 'sz-huaqiangbei';
    const twins = await newKiosk(storeId, { twinPushChance: 1, maxBatch: 100 });
    const rival = await newKiosk(storeId, { twinPushChance: 0, maxBatch: 100 });
    const plan = planOrders([storeId, storeId], catalogue, random, {
      ordersPerKiosk: 100,
      ownNumbersPerKiosk: 15,
      racesPerStore: 20,
      eventsPerKiosk: 0,
    });
    for (const [k, kiosk] of [twins, rival].entries()) {
      for (const item of plan.perKiosk[k] ?? [])
        if (item.kind === 'order') kiosk.capture(item.draft);
    }
    const startSeq = await lastChangeSeq(server);
    const [twinsSettled, rivalSettled] = await Promise.all([
      twins.pushOnce(100),
      rival.pushOnce(100),
    ]);
    expect([twinsSettled, rivalSettled]).toEqual([true, true]);
    expect(twins.stats).toMatchObject({ pushes: 1, twinPushes: 1, networkErrors: 0 });
    // Both copies answered every mutation: one `applied` and one `duplicate` with the same
    // result, or the same conflict twice.
    for (const [mutationId, answers] of twins.answers) {
      expect(answers, mutationId).toHaveLength(2);
      const [first, second] = answers;
      const statuses = answers.map((a) => a.status).sort();
      if (first?.status === 'conflict') expect(second).toEqual(first);
      else {
        expect(statuses).toEqual(['applied', 'duplicate']);
        expect(second?.result).toEqual(first?.result);
      }
    }
    await checkLedger(server.db, [twins, rival], plan, startSeq);
  }, 60_000);
});

async function lastChangeSeq(server: ServerProcess): Promise<number> {
  const row = await server.db
    .selectFrom('changes')
    .select((eb) => eb.fn.max('seq').as('max'))
    .executeTakeFirstOrThrow();
  return Number(row.max ?? 0);
}
