import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  handsetSchema,
  priceCart,
  type Handset,
  type OrderDraft,
  type PoolNumber,
} from '../../shared';
import { placeOrder, submitOrder, type OrderRequest } from '../../kiosk/checkout/placeOrder';
import { KioskDatabase, readMeta, writeMeta } from '../../kiosk/db';
import { restoreRows, type BadRecord } from '../../kiosk/restore';
import { applyPullPage } from '../../kiosk/sync/applyPullPage';
import { queueHeartbeat } from '../../kiosk/sync/heartbeat';
import {
  bankAlerts,
  consent,
  customer,
  giftBox,
  handset,
  identity,
  newId,
  page,
  plan,
  poolNumber,
  ringback,
} from './kiosk-fixtures';

let db: KioskDatabase;
let counter = 0;
beforeEach(async () => {
  counter += 1;
  db = new KioskDatabase(`kiosk-db-test-${counter}`);
  await db.open();
  await writeMeta(db, 'identity', identity);
  await db.handsets.put(handset);
  await db.plans.put(plan);
});
afterEach(async () => {
  await db.delete();
});

const requestFor = (pricing = priceCart({ handset, plan, number: null })): OrderRequest => ({
  handsetId: handset.id,
  colour: 'Dark grey',
  planId: plan.id,
  number: null,
  bundleId: null,
  serviceIds: [],
  clerkBadge: null,
  zoneId: null,
  customer,
  consent,
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

  it('sends the consent the customer ticked with the order', async () => {
    await submitOrder(db, requestFor(), 1_764_000_000_000, () => newId(3));
    const entry = await db.outbox.get(newId(3));
    expect((entry?.payload as OrderDraft).consent).toEqual(consent);
    expect((await db.orders.get(newId(3)))?.consent).toEqual(consent);
  });

  it('places nothing without the consent', async () => {
    const request = { ...requestFor(), consent: null };
    await expect(submitOrder(db, request, 1_764_000_000_000, () => newId(4))).rejects.toThrow(
      /consent/,
    );
    expect(await db.orders.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
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

  it('places a gift box with its services and the helping clerk, priced by the shared rule', async () => {
    await db.services.bulkPut([ringback, bankAlerts]);
    await db.bundles.put(giftBox);
    const services = [ringback, bankAlerts];
    const pricing = priceCart({ handset, plan, number: null, bundle: giftBox, services });
    const request = {
      ...requestFor(pricing),
      bundleId: giftBox.id,
      serviceIds: [ringback.id, bankAlerts.id],
      clerkBadge: '1024',
    };
    const placed = await submitOrder(db, request, 5, () => newId(4));
    // The box replaces the handset and its ring-back tones; bank alerts' first month is paid.
    expect(placed.totalFen).toBe(289_900 + 18_600 + 0 + 300);
    const payload = (await db.outbox.get(newId(4)))?.payload as OrderDraft;
    expect(payload).toMatchObject({
      bundleId: giftBox.id,
      serviceIds: ['svc-ringback', 'svc-bank'],
      clerkBadge: '1024',
    });
    expect(payload.lines.map((line) => line.kind)).toEqual([
      'bundle',
      'plan',
      'service',
      'service',
    ]);
  });

  it('refuses a gift box without the services it includes', async () => {
    await db.services.put(ringback);
    await db.bundles.put(giftBox);
    const pricing = priceCart({ handset, plan, number: null, bundle: giftBox });
    const request = { ...requestFor(pricing), bundleId: giftBox.id };
    await expect(submitOrder(db, request, 5, () => newId(5))).rejects.toMatchObject({
      name: 'CartMismatchError',
    });
    expect(await db.orders.count()).toBe(0);
  });
});

describe('applying a pulled page', () => {
  it('applies live number and stock changes at once, tombstones included', async () => {
    await db.numbers.bulkPut([poolNumber('13000000001'), poolNumber('13000000002')]);
    await applyPullPage(
      db,
      page([
        {
          seq: 1,
          entity: 'number',
          key: '13000000001',
          op: 'put',
          data: poolNumber('13000000001', 'sold'),
        },
        { seq: 2, entity: 'number', key: '13000000002', op: 'delete', data: null },
        {
          seq: 3,
          entity: 'stock',
          key: 'st-1',
          op: 'put',
          data: { id: 'st-1', storeId: 'store-1', handsetId: handset.id, quantity: 4 },
        },
      ]),
    );
    expect((await db.numbers.get('13000000001'))?.status).toBe('sold');
    expect(await db.numbers.get('13000000002')).toBeUndefined();
    expect((await db.stock.get('st-1'))?.quantity).toBe(4);
    expect(await readMeta(db, 'cursor')).toBe(3);
  });

  it('lets the later change to a key win inside a page', async () => {
    await applyPullPage(
      db,
      page([
        { seq: 4, entity: 'number', key: '13000000003', op: 'delete', data: null },
        {
          seq: 5,
          entity: 'number',
          key: '13000000003',
          op: 'put',
          data: poolNumber('13000000003', 'held'),
        },
      ]),
    );
    expect((await db.numbers.get('13000000003'))?.status).toBe('held');
  });

  it('leaves content and cursor untouched when a page fails half way', async () => {
    await writeMeta(db, 'cursor', 10);
    await db.numbers.put(poolNumber('13000000004'));
    const broken = { ...poolNumber('13000000005'), number: undefined } as unknown as PoolNumber;
    await expect(
      applyPullPage(
        db,
        page([
          { seq: 11, entity: 'number', key: '13000000004', op: 'delete', data: null },
          { seq: 12, entity: 'number', key: '13000000005', op: 'put', data: broken },
        ]),
      ),
    ).rejects.toThrow();
    expect(await db.numbers.get('13000000004')).toBeDefined();
    expect(await readMeta(db, 'cursor')).toBe(10);
  });
});

describe('restoring records', () => {
  it('skips and reports a bad record, keeping the good ones', async () => {
    await db.handsets.put({ ...handset, id: 'h-bad', priceFen: -5 } as Handset);
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

describe('heartbeats', () => {
  const facts = { appVersion: '0.1.0', storageUsage: 10, storageQuota: 100, persisted: true };

  it('replaces a heartbeat still waiting in the outbox', async () => {
    await placeOrder(db, {
      id: newId(7),
      ticket: 'AAAA-BBBB',
      storeId: 'store-1',
      handsetId: handset.id,
      colour: null,
      planId: null,
      number: null,
      bundleId: null,
      zoneId: null,
      serviceIds: [],
      clerkBadge: null,
      customer,
      consent,
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

  it('reports the shown version, storage use and persistence, not the pull cursor', async () => {
    await writeMeta(db, 'cursor', 900);
    const beat = await queueHeartbeat(db, facts, 10);
    expect(beat?.contentCursor).toBe(0);
    await writeMeta(db, 'contentVersion', {
      id: 'v-1',
      publishedAt: 1,
      note: '',
      media: [],
      storeIds: null,
      seq: 640,
      shownAt: 2,
    });
    const next = await queueHeartbeat(db, facts, 20);
    expect(next).toMatchObject({
      contentCursor: 640,
      storageUsage: 10,
      storageQuota: 100,
      persisted: true,
    });
  });
});
