import './kiosk-sync-page-setup';
import type { OrderDraft } from '../shared';
import { placeOrder } from '../kiosk/checkout/placeOrder';
import { KioskDatabase, readMeta, type LocalOrder, type OutboxEntry } from '../kiosk/db';

/**
 * Runs inside Chromium, injected by bench/kiosk-sync.ts (bundled on the fly, never shipped):
 * the kiosk's own Dexie code against the kiosk's own database name, and the raw IndexedDB
 * baselines written the same way a hand-rolled kiosk would write them.
 */

/** Object stores and indexes as the kiosk declares them (kiosk/db.ts), for the raw baselines. */
const rawStores: Record<string, { keyPath: string; indexes: (string | string[])[] }> = {
  stores: { keyPath: 'id', indexes: [] },
  zones: { keyPath: 'id', indexes: ['sort'] },
  experiences: { keyPath: 'id', indexes: ['zoneId', 'sort'] },
  handsets: { keyPath: 'id', indexes: ['brand', 'priceFen'] },
  plans: { keyPath: 'id', indexes: ['sort'] },
  numbers: { keyPath: 'number', indexes: ['storeId', 'status'] },
  stock: { keyPath: 'id', indexes: ['storeId', 'handsetId'] },
  orders: { keyPath: 'id', indexes: ['status', 'createdAt'] },
  outbox: { keyPath: 'id', indexes: ['createdAt', 'type', ['type', 'createdAt']] },
};

const done = (request: IDBRequest) =>
  new Promise<void>((resolve, reject) => {
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });

const committed = (tx: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });

/** A fresh raw database with the kiosk's stores and indexes. */
async function openRaw(name: string): Promise<IDBDatabase> {
  await done(indexedDB.deleteDatabase(name));
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => {
      for (const [store, { keyPath, indexes }] of Object.entries(rawStores)) {
        const objectStore = request.result.createObjectStore(store, { keyPath });
        for (const index of indexes) {
          objectStore.createIndex(Array.isArray(index) ? index.join('+') : index, index);
        }
      }
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** One readwrite transaction putting every row: the fastest plain IndexedDB write there is. */
async function rawBulkPut(name: string, rowsByStore: Record<string, unknown[]>): Promise<number> {
  const raw = await openRaw(name);
  const started = performance.now();
  const tx = raw.transaction(Object.keys(rowsByStore), 'readwrite');
  for (const [store, rows] of Object.entries(rowsByStore)) {
    const objectStore = tx.objectStore(store);
    for (const row of rows) objectStore.put(row);
  }
  await committed(tx);
  const ms = performance.now() - started;
  raw.close();
  await done(indexedDB.deleteDatabase(name));
  return ms;
}

/** One connection to the kiosk's database for the whole run (opening one per poll is noise). */
let kioskDb: KioskDatabase | null = null;
const kiosk = () => (kioskDb ??= new KioskDatabase());

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

interface Expected {
  versionId: string;
  handsets: number;
  plans: number;
  numbers: number;
}

const bench = {
  /**
   * Resolves when the kiosk shows the expected version with the whole catalogue, on the page's
   * clock (ms since navigation), with when its first pull went out.
   */
  async waitForConvergence(expected: Expected, timeoutMs: number) {
    const db = kiosk();
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const shown = await readMeta(db, 'contentVersion');
      if (
        shown?.id === expected.versionId &&
        (await db.handsets.count()) === expected.handsets &&
        (await db.plans.count()) === expected.plans &&
        (await db.numbers.count()) === expected.numbers
      ) {
        break;
      }
      if (performance.now() > deadline) throw new Error('The kiosk did not converge in time');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const convergedAt = performance.now();
    const pulls = performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.includes('/api/sync/pull'));
    return { convergedAt, firstPullAt: pulls[0]?.startTime ?? 0, pulls: pulls.length };
  },

  identity: () => readMeta(kiosk(), 'identity'),

  /** The rows the catch-up wrote, put again with raw IndexedDB: the catch-up's baseline. */
  async rawCatchUpBaseline() {
    const db = kiosk();
    const tables = ['stores', 'zones', 'experiences', 'handsets', 'plans', 'numbers', 'stock'];
    const rowsByStore: Record<string, unknown[]> = {};
    for (const table of tables) rowsByStore[table] = await db.table(table).toArray();
    const rows = Object.values(rowsByStore).reduce((sum, list) => sum + list.length, 0);
    return { rows, ms: await rawBulkPut('bench-raw-catch-up', rowsByStore) };
  },

  /** Queues orders as checkout does (order and outbox entry), all in one transaction. */
  async queueOrders(drafts: OrderDraft[]) {
    const db = kiosk();
    const orders: LocalOrder[] = drafts.map((d) => ({
      ...d,
      masked: false,
      status: 'queued',
      answer: null,
    }));
    const entries: OutboxEntry[] = drafts.map((d) => ({
      id: d.id,
      type: 'order.place',
      payload: d,
      createdAt: d.createdAt,
      attempts: 0,
      lastError: null,
    }));
    await db.transaction('rw', db.orders, db.outbox, async () => {
      await db.orders.bulkAdd(orders);
      await db.outbox.bulkAdd(entries);
    });
  },

  /** Cheap enough to poll while the kiosk drains (a count, no rows read). */
  outboxDepth: () => kiosk().outbox.count(),

  /** Read once at the end: every order answered and masked. */
  async deliveredState() {
    const db = kiosk();
    return {
      outbox: await db.outbox.count(),
      sent: await db.orders.where('status').equals('sent').count(),
      unmasked: await db.orders.filter((order) => !order.masked).count(),
    };
  },

  async rawOrdersBaseline(drafts: OrderDraft[]) {
    const rows = drafts.map((d) => ({ ...d, masked: false, status: 'queued', answer: null }));
    return rawBulkPut('bench-raw-orders', { orders: rows });
  },

  /** p95 of checkout's order + outbox transaction beside a raw transaction of the same two rows. */
  async commitLatency(drafts: OrderDraft[]) {
    const db = new KioskDatabase('bench-commit-dexie');
    await db.delete();
    await db.open();
    const raw = await openRaw('bench-commit-raw');
    const dexieMs: number[] = [];
    const rawMs: number[] = [];
    for (const [i, draft] of drafts.entries()) {
      // Alternate which goes first so neither gets the quieter moments.
      const runs = [
        async () => {
          const started = performance.now();
          await placeOrder(db, draft);
          dexieMs.push(performance.now() - started);
        },
        async () => {
          const started = performance.now();
          const tx = raw.transaction(['orders', 'outbox'], 'readwrite');
          tx.objectStore('orders').add({ ...draft, masked: false, status: 'queued', answer: null });
          tx.objectStore('outbox').add({
            id: draft.id,
            type: 'order.place',
            payload: draft,
            createdAt: draft.createdAt,
            attempts: 0,
            lastError: null,
          });
          await committed(tx);
          rawMs.push(performance.now() - started);
        },
      ];
      if (i % 2 === 1) runs.reverse();
      for (const run of runs) await run();
    }
    await db.delete();
    raw.close();
    await done(indexedDB.deleteDatabase('bench-commit-raw'));
    const warm = (samples: number[]) => samples.slice(20);
    return {
      dexieP95: percentile(warm(dexieMs), 95),
      rawP95: percentile(warm(rawMs), 95),
      dexieP50: percentile(warm(dexieMs), 50),
      rawP50: percentile(warm(rawMs), 50),
    };
  },
};

export type KioskBench = typeof bench;
(globalThis as unknown as { showroomBench: KioskBench }).showroomBench = bench;
