import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { orderDraftSchema } from '../../shared';
import { KioskDatabase, readMeta } from '../../kiosk/db';
import { customer, handset, identity, newId } from './kiosk-fixtures';

/** The schema as committed before content versions (`git show 24d614c:kiosk/db.ts`), verbatim. */
function openVersionOne(name: string): Dexie {
  const db = new Dexie(name);
  db.version(1).stores({
    meta: '&key',
    stores: '&id',
    zones: '&id, sort',
    experiences: '&id, zoneId, sort',
    handsets: '&id, brand, priceFen',
    plans: '&id, sort',
    numbers: '&number, storeId, status',
    stock: '&id, storeId, handsetId',
    orders: '&id, status, createdAt',
    outbox: '&id, createdAt, type',
    rejected: '&id, settledAt',
  });
  return db;
}

const draft = (n: number) => ({
  id: newId(n),
  ticket: 'AAAA-BBBB',
  storeId: 'store-1',
  handsetId: handset.id,
  colour: null,
  planId: null,
  number: null,
  customer,
  lines: [{ kind: 'handset', refId: handset.id, unitFen: 299_900, quantity: 1 }],
  totalFen: 299_900,
  createdAt: 1_000 + n,
});

/** What version 4 gives an order queued before it: the first wording, at the order's time. */
const withConsent = <T extends { type: string; payload: unknown }>(entry: T): T => {
  if (entry.type !== 'order.place') return entry;
  const payload = entry.payload as { createdAt: number };
  return {
    ...entry,
    payload: {
      ...payload,
      consent: { textVersion: 'order-consent-1', givenAt: payload.createdAt },
    },
  };
};

let names: string[] = [];
afterEach(async () => {
  await Promise.all(names.map((name) => Dexie.delete(name)));
  names = [];
});

describe('upgrading the kiosk database in place', () => {
  it('keeps every outbox entry and order when schema 1 becomes the current schema', async () => {
    const name = 'kiosk-upgrade-test-1';
    names.push(name);
    const old = openVersionOne(name);
    await old.open();
    const queued = [1, 2, 3].map(draft);
    await old.table('meta').bulkPut([
      { key: 'identity', value: identity },
      { key: 'cursor', value: 4_321 },
    ]);
    await old.table('handsets').put(handset);
    await old
      .table('orders')
      .bulkPut([
        ...queued.map((order) => ({ ...order, masked: false, status: 'queued', answer: null })),
        { ...draft(4), masked: false, status: 'sent', answer: null },
      ]);
    const outbox = [
      ...queued.map((order) => ({
        id: order.id,
        type: 'order.place',
        payload: order,
        createdAt: order.createdAt,
        attempts: 2,
        lastError: 'No answer from /api/sync/push',
      })),
      {
        id: newId(50),
        type: 'heartbeat',
        payload: { appVersion: '0.1.0' },
        createdAt: 9,
        attempts: 0,
        lastError: null,
      },
    ];
    await old.table('outbox').bulkPut(outbox);
    old.close();

    const db = new KioskDatabase(name);
    await db.open();
    expect(db.verno).toBeGreaterThan(1);
    expect(await db.outbox.orderBy('id').toArray()).toEqual(outbox.map(withConsent));
    // The new index works on the old rows: orders come first by their own time.
    const orders = await db.outbox
      .where('[type+createdAt]')
      .between(['order.place', Dexie.minKey], ['order.place', Dexie.maxKey])
      .primaryKeys();
    expect(orders).toEqual(queued.map((order) => order.id));
    expect(await readMeta(db, 'identity')).toEqual(identity);
    expect(await readMeta(db, 'cursor')).toBe(4_321);

    // Queued orders keep the customer for delivery; one the server had is masked now.
    expect((await db.orders.get(newId(1)))?.customer).toEqual(customer);
    const delivered = await db.orders.get(newId(4));
    expect(delivered?.masked).toBe(true);
    expect(delivered?.customer.idNumber).toBe('110***********002X');

    // The content it already showed stays on screen until HQ's next version is whole.
    expect(await readMeta(db, 'contentVersion')).toMatchObject({ id: 'unversioned', seq: 4_321 });
    expect(await db.handsets.count()).toBe(1);
    expect(await db.staged.count()).toBe(0);
    db.close();
  });

  it('leaves a kiosk that never had content preparing its first version', async () => {
    const name = 'kiosk-upgrade-test-2';
    names.push(name);
    const old = openVersionOne(name);
    await old.open();
    await old.table('meta').put({ key: 'identity', value: identity });
    old.close();

    const db = new KioskDatabase(name);
    await db.open();
    expect(await readMeta(db, 'contentVersion')).toBeNull();
    expect(await readMeta(db, 'identity')).toEqual(identity);
    db.close();
  });

  it('adds empty tables for services, gift boxes and clerk badges, keeping what schema 2 had', async () => {
    const name = 'kiosk-upgrade-test-3';
    names.push(name);
    const old = openVersionOne(name);
    old.version(2).stores({
      staged: '&seq',
      pendingVersions: '&seq',
      outbox: '&id, createdAt, type, [type+createdAt]',
    });
    await old.open();
    const entry = {
      id: newId(7),
      type: 'order.place',
      payload: draft(7),
      createdAt: 7,
      attempts: 1,
      lastError: null,
    };
    await old.table('outbox').put(entry);
    await old
      .table('staged')
      .put({ seq: 3, entity: 'handset', key: handset.id, op: 'put', data: handset });
    old.close();

    const db = new KioskDatabase(name);
    await db.open();
    expect(db.verno).toBe(4);
    expect(await db.outbox.toArray()).toEqual([withConsent(entry)]);
    expect(await db.staged.count()).toBe(1);
    expect([await db.services.count(), await db.bundles.count(), await db.clerks.count()]).toEqual([
      0, 0, 0,
    ]);
    db.close();
  });

  it('gives orders queued under schema 3 the consent they were placed with, so the server takes them', async () => {
    const name = 'kiosk-upgrade-test-4';
    names.push(name);
    const old = openVersionOne(name);
    old.version(2).stores({
      staged: '&seq',
      pendingVersions: '&seq',
      outbox: '&id, createdAt, type, [type+createdAt]',
    });
    old.version(3).stores({
      services: '&id, sort',
      bundles: '&id, sort, handsetId',
      clerks: '&id, badge, storeId',
    });
    await old.open();
    const order = { ...draft(8), bundleId: null, serviceIds: [], zoneId: null, clerkBadge: null };
    const heartbeat = {
      id: newId(9),
      type: 'heartbeat',
      payload: { appVersion: '0.1.0' },
      createdAt: 9,
      attempts: 0,
      lastError: null,
    };
    await old.table('outbox').bulkPut([
      {
        id: order.id,
        type: 'order.place',
        payload: order,
        createdAt: 8,
        attempts: 0,
        lastError: null,
      },
      heartbeat,
    ]);
    await old.table('orders').put({ ...order, masked: false, status: 'queued', answer: null });
    old.close();

    const db = new KioskDatabase(name);
    await db.open();
    const consent = { textVersion: 'order-consent-1', givenAt: order.createdAt };
    const upgraded = (await db.outbox.get(order.id))?.payload;
    expect(upgraded).toEqual({ ...order, consent });
    expect(orderDraftSchema.safeParse(upgraded).success).toBe(true);
    expect((await db.orders.get(order.id))?.consent).toEqual(consent);
    expect(await db.outbox.get(heartbeat.id)).toEqual(heartbeat);
    db.close();
  });
});
