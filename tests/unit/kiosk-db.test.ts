import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  handsetSchema,
  priceCart,
  type Handset,
  type Plan,
  type PullResponse,
  type PushRequest,
  type PushResponse,
} from '../../shared';
import { placeOrder, submitOrder, type OrderRequest } from '../../kiosk/checkout/placeOrder';
import { KioskDatabase, readMeta, writeMeta } from '../../kiosk/db';
import { restoreRows, type BadRecord } from '../../kiosk/restore';
import { ApiError } from '../../kiosk/sync/api';
import { applyPullPage } from '../../kiosk/sync/applyPullPage';
import { queueHeartbeat } from '../../kiosk/sync/heartbeat';
import { pushOutboxBatch } from '../../kiosk/sync/pushOutbox';

const handset: Handset = {
  id: 'h-nokia-n8',
  brand: 'Nokia',
  model: 'N8',
  year: 2010,
  network: 'GSM/WCDMA/HSPA',
  wcdmaBands: [850, 900, 1700, 1900, 2100],
  screenIn: 3.5,
  resolution: '360x640',
  cameraMp: 12,
  frontCamera: 'yes',
  batteryMah: 1200,
  os: 'Symbian^3',
  storage: '16 GB',
  ram: '256 MB',
  weightG: 135,
  colours: ['Silver white', 'Dark grey'],
  priceFen: 299_900,
  sourceUrl: null,
};
const plan: Plan = {
  id: 'plan-186',
  name: { zh: '186 元套餐', en: 'Plan 186' },
  monthlyFeeFen: 18_600,
  voiceMinutes: 600,
  dataMb: 1024,
  sms: 200,
  videoCallMinutes: 60,
  contractMonths: 24,
  handsetSubsidyFen: 100_000,
  sort: 1,
};
const customer = { name: '张三', idNumber: '11010519491231002X', phone: '13012345678' };
const identity = { deviceId: 'dev-1', storeId: 'store-1', token: 't'.repeat(40) };

let db: KioskDatabase;
let counter = 0;
beforeEach(async () => {
  counter += 1;
  db = new KioskDatabase(`kiosk-test-${counter}`);
  await db.open();
  await writeMeta(db, 'identity', identity);
  await db.handsets.put(handset);
  await db.plans.put(plan);
});
afterEach(async () => {
  await db.delete();
});

const newId = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const requestFor = (pricing = priceCart({ handset, plan, number: null })): OrderRequest => ({
  handsetId: handset.id,
  colour: 'Dark grey',
  planId: plan.id,
  number: null,
  customer,
  pricing,
});

describe('placing an order', () => {
  it('writes the order and its outbox entry together', async () => {
    const placed = await submitOrder(db, requestFor(), 1_764_000_000_000, () => newId(1));
    expect(placed.ticket).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    expect(placed.totalFen).toBe(299_900 - 100_000 + 18_600);
    const order = await db.orders.get(newId(1));
    const entry = await db.outbox.get(newId(1));
    expect(order?.status).toBe('queued');
    expect(order?.customer.idNumber).toBe(customer.idNumber);
    expect(entry?.type).toBe('order.place');
    expect((entry?.payload as { storeId: string }).storeId).toBe('store-1');
  });

  it('writes neither when the outbox entry cannot be written', async () => {
    await db.outbox.add({
      id: newId(2),
      type: 'heartbeat',
      payload: {},
      createdAt: 1,
      attempts: 0,
      lastError: null,
    });
    await expect(submitOrder(db, requestFor(), 5, () => newId(2))).rejects.toThrow();
    expect(await db.orders.count()).toBe(0);
  });

  it('refuses to place an order whose price changed since review', async () => {
    const stale = priceCart({ handset: { ...handset, priceFen: 199_900 }, plan, number: null });
    await expect(submitOrder(db, requestFor(stale), 5, () => newId(3))).rejects.toMatchObject({
      name: 'PricesChangedError',
    });
    expect(await db.outbox.count()).toBe(0);
  });
});

describe('applying a pulled page', () => {
  const page = (changes: PullResponse['changes'], cursor: number): PullResponse => ({
    changes,
    cursor,
    more: false,
  });

  it('applies puts and tombstones and advances the cursor in one go', async () => {
    const second = { ...handset, id: 'h-2', model: 'N9' };
    await applyPullPage(
      db,
      page(
        [
          { seq: 1, entity: 'handset', key: 'h-2', op: 'put', data: second },
          { seq: 2, entity: 'handset', key: handset.id, op: 'delete', data: null },
          { seq: 3, entity: 'plan', key: plan.id, op: 'put', data: { ...plan, sort: 9 } },
        ],
        3,
      ),
    );
    expect((await db.handsets.toArray()).map((row) => row.id)).toEqual(['h-2']);
    expect((await db.plans.get(plan.id))?.sort).toBe(9);
    expect(await readMeta(db, 'cursor')).toBe(3);
  });

  it('lets the later change to a key win inside a page', async () => {
    await applyPullPage(
      db,
      page(
        [
          { seq: 4, entity: 'handset', key: handset.id, op: 'delete', data: null },
          {
            seq: 5,
            entity: 'handset',
            key: handset.id,
            op: 'put',
            data: { ...handset, year: 2011 },
          },
        ],
        5,
      ),
    );
    expect((await db.handsets.get(handset.id))?.year).toBe(2011);
  });

  it('leaves content and cursor untouched when a page fails half way', async () => {
    await writeMeta(db, 'cursor', 10);
    const broken = { ...handset, id: undefined } as unknown as Handset;
    await expect(
      applyPullPage(
        db,
        page(
          [
            { seq: 11, entity: 'plan', key: plan.id, op: 'delete', data: null },
            { seq: 12, entity: 'handset', key: 'h-x', op: 'put', data: broken },
          ],
          12,
        ),
      ),
    ).rejects.toThrow();
    expect(await db.plans.get(plan.id)).toBeDefined();
    expect(await readMeta(db, 'cursor')).toBe(10);
  });
});

describe('restoring records', () => {
  it('skips and reports a bad record, keeping the good ones', async () => {
    await db.handsets.put({ ...handset, id: 'h-bad', priceFen: -5 });
    const reports: BadRecord[] = [];
    const rows = restoreRows(handsetSchema, await db.handsets.toArray(), 'handsets', (bad) =>
      reports.push(bad),
    );
    expect(rows.map((row) => row.id)).toEqual([handset.id]);
    expect(reports).toEqual([
      { table: 'handsets', key: 'h-bad', problem: expect.stringContaining('priceFen') },
    ]);
  });
});

describe('pushing the outbox', () => {
  async function queueOrders(count: number) {
    for (let i = 1; i <= count; i++) {
      await submitOrder(db, requestFor(), 1_000 + i, () => newId(100 + i));
    }
  }

  it('keeps every entry when the request gets no answer', async () => {
    await queueOrders(2);
    await expect(
      pushOutboxBatch(db, async () => {
        throw new ApiError('network', 'offline');
      }),
    ).rejects.toThrow('offline');
    const entries = await db.outbox.toArray();
    expect(entries).toHaveLength(2);
    expect(entries.every((entry) => entry.attempts === 1 && entry.lastError === 'offline')).toBe(
      true,
    );
  });

  it('removes only the entries the server answered, masking delivered orders', async () => {
    await queueOrders(3);
    const seen: PushRequest[] = [];
    const outcome = await pushOutboxBatch(db, async (request): Promise<PushResponse> => {
      seen.push(request);
      return {
        results: [
          { id: newId(101), status: 'applied', result: { orderId: newId(101), ticket: 'X' } },
          {
            id: newId(102),
            status: 'conflict',
            reason: 'number sold',
            alternatives: ['13000000001'],
          },
        ],
        serverTime: 9,
      };
    });
    expect(seen[0]?.mutations.map((m) => m.id)).toEqual([newId(101), newId(102), newId(103)]);
    expect(outcome).toEqual({ settled: 2, remaining: 1 });
    expect((await db.outbox.toArray()).map((entry) => entry.id)).toEqual([newId(103)]);

    const sent = await db.orders.get(newId(101));
    expect(sent?.status).toBe('sent');
    expect(sent?.masked).toBe(true);
    expect(sent?.customer.idNumber).toBe('110***********002X');
    expect(sent?.customer.name).toBe('张*');

    const conflicted = await db.orders.get(newId(102));
    expect(conflicted?.status).toBe('conflict');
    const kept = await db.rejected.get(newId(102));
    expect(kept).toMatchObject({ status: 'conflict', reason: 'number sold' });
    expect(kept?.alternatives).toEqual(['13000000001']);
    expect(JSON.stringify(kept)).not.toContain(customer.idNumber);

    expect((await db.orders.get(newId(103)))?.status).toBe('queued');
  });

  it('keeps a rejected mutation aside with its reason instead of dropping it', async () => {
    await queueOrders(1);
    await pushOutboxBatch(db, async () => ({
      results: [{ id: newId(101), status: 'rejected', reason: 'customer.phone: bad' }],
      serverTime: 9,
    }));
    expect(await db.outbox.count()).toBe(0);
    expect(await db.rejected.get(newId(101))).toMatchObject({
      status: 'rejected',
      reason: 'customer.phone: bad',
    });
    expect((await db.orders.get(newId(101)))?.status).toBe('rejected');
  });

  it('pushes at most 100 entries a batch, oldest first', async () => {
    await db.transaction('rw', db.outbox, async () => {
      for (let i = 0; i < 130; i++) {
        await db.outbox.add({
          id: newId(1000 + i),
          type: 'heartbeat',
          payload: {},
          createdAt: 10_000 - i,
          attempts: 0,
          lastError: null,
        });
      }
    });
    let batch: string[] = [];
    await pushOutboxBatch(db, async (request) => {
      batch = request.mutations.map((m) => m.id);
      return { results: [], serverTime: 1 };
    });
    expect(batch).toHaveLength(100);
    expect(batch[0]).toBe(newId(1129));
  });

  it('sets an unreadable outbox entry aside instead of blocking the queue', async () => {
    await db.outbox.add({
      id: 'not-a-uuid',
      type: 'order.place',
      payload: {},
      createdAt: 1,
      attempts: 0,
      lastError: null,
    });
    const outcome = await pushOutboxBatch(db, async () => ({ results: [], serverTime: 1 }));
    expect(outcome.remaining).toBe(0);
    expect((await db.rejected.get('not-a-uuid'))?.status).toBe('unreadable');
  });
});

describe('heartbeats', () => {
  it('replaces a heartbeat still waiting in the outbox', async () => {
    const facts = { appVersion: '0.1.0', storageUsage: 10, storageQuota: 100, persisted: true };
    await placeOrder(db, {
      id: newId(7),
      ticket: 'AAAA-BBBB',
      storeId: 'store-1',
      handsetId: handset.id,
      colour: null,
      planId: null,
      number: null,
      customer,
      lines: [{ kind: 'handset', refId: handset.id, unitFen: 1, quantity: 1 }],
      totalFen: 1,
      createdAt: 1,
    });
    await queueHeartbeat(db, facts, 10);
    const second = await queueHeartbeat(db, facts, 20);
    const heartbeats = await db.outbox.where('type').equals('heartbeat').toArray();
    expect(heartbeats).toHaveLength(1);
    expect(heartbeats[0]?.createdAt).toBe(20);
    expect(second?.outboxDepth).toBe(1);
  });
});
