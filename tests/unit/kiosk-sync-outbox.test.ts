import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { priceCart, type PushRequest, type PushResponse } from '../../shared';
import { submitOrder } from '../../kiosk/checkout/placeOrder';
import { KioskDatabase, readMeta, writeMeta } from '../../kiosk/db';
import { ApiError } from '../../kiosk/sync/api';
import { estimateClock } from '../../kiosk/sync/clock';
import { InvalidMutationError, queueMutation, takeOutboxBatch } from '../../kiosk/sync/outbox';
import { pushOutboxBatch, pushOutboxBatches } from '../../kiosk/sync/pushOutbox';
import { consent, customer, handset, identity, newId, plan } from './kiosk-fixtures';

let db: KioskDatabase;
let counter = 0;
beforeEach(async () => {
  counter += 1;
  db = new KioskDatabase(`kiosk-outbox-test-${counter}`);
  await db.open();
  await writeMeta(db, 'identity', identity);
  await db.handsets.put(handset);
  await db.plans.put(plan);
});
afterEach(async () => {
  await db.delete();
});

async function queueOrders(count: number, from = 1) {
  const pricing = priceCart({ handset, plan, number: null });
  for (let i = from; i < from + count; i++) {
    const request = {
      handsetId: handset.id,
      colour: null,
      planId: plan.id,
      number: null,
      bundleId: null,
      serviceIds: [],
      clerkBadge: null,
      zoneId: null,
    };
    await submitOrder(db, { ...request, customer, consent, pricing }, 1_000 + i, () =>
      newId(100 + i),
    );
  }
}

async function until(check: () => boolean) {
  for (let i = 0; i < 400 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  if (!check()) throw new Error('timed out');
}

const analytics = {
  name: 'zone.viewed',
  zoneId: 'zone-1',
  experienceId: null,
  detail: null,
} as const;

describe('pushing the outbox', () => {
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
    expect((await db.orders.get(newId(101)))?.masked).toBe(false);
  });

  it('keeps every entry on a 5xx, and sends the same mutation ids again', async () => {
    await queueOrders(2);
    const sent: string[][] = [];
    await expect(
      pushOutboxBatch(db, async (request) => {
        sent.push(request.mutations.map((m) => m.id));
        throw new ApiError('server', 'HTTP 503', 503);
      }),
    ).rejects.toThrow('503');
    // The server had committed the first before the answer was lost: it says `duplicate`.
    await pushOutboxBatch(db, async (request) => {
      sent.push(request.mutations.map((m) => m.id));
      return {
        results: [
          { id: newId(101), status: 'duplicate', result: { orderId: newId(101), ticket: 'X' } },
          { id: newId(102), status: 'applied', result: { orderId: newId(102), ticket: 'Y' } },
        ],
        serverTime: 9,
      };
    });
    expect(sent).toEqual([
      [newId(101), newId(102)],
      [newId(101), newId(102)],
    ]);
    expect(await db.outbox.count()).toBe(0);
    expect((await db.orders.get(newId(101)))?.status).toBe('sent');
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
            reason: 'number_unavailable',
            alternatives: ['13000000001'],
          },
        ],
        serverTime: 9,
      };
    });
    expect(seen[0]?.mutations.map((m) => m.id)).toEqual([newId(101), newId(102), newId(103)]);
    expect(outcome).toEqual({ settled: 2, remaining: 1 });
    const left = await db.outbox.toArray();
    expect(left.map((entry) => [entry.id, entry.attempts, entry.lastError])).toEqual([
      [newId(103), 1, 'No answer for this mutation'],
    ]);

    const sent = await db.orders.get(newId(101));
    expect(sent?.status).toBe('sent');
    expect(sent?.masked).toBe(true);
    expect(sent?.customer.idNumber).toBe('110***********002X');
    expect(sent?.customer.name).toBe('张*');
    expect(JSON.stringify(sent)).not.toContain(customer.phone);

    const conflicted = await db.orders.get(newId(102));
    expect(conflicted?.status).toBe('conflict');
    const kept = await db.rejected.get(newId(102));
    expect(kept).toMatchObject({ status: 'conflict', reason: 'number_unavailable' });
    expect(kept?.alternatives).toEqual(['13000000001']);
    expect(JSON.stringify(kept)).not.toContain(customer.idNumber);

    expect((await db.orders.get(newId(103)))?.status).toBe('queued');
  });

  it('masks every order conflict the server queues, and keeps the details of any other', async () => {
    await queueOrders(4);
    await pushOutboxBatch(db, async () => ({
      results: [
        { id: newId(101), status: 'conflict', reason: 'price_changed' },
        { id: newId(102), status: 'conflict', reason: 'number_needs_plan' },
        { id: newId(103), status: 'conflict', reason: 'number_unavailable' },
        // A reason this kiosk does not know is not one the server queues for a clerk.
        { id: newId(104), status: 'conflict', reason: 'something_new' },
      ],
      serverTime: 9,
    }));
    for (const id of [newId(101), newId(102), newId(103)]) {
      expect(JSON.stringify(await db.rejected.get(id))).not.toContain(customer.idNumber);
    }
    expect(JSON.stringify(await db.rejected.get(newId(104)))).toContain(customer.idNumber);
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

  it('sends orders before older events, and each kind oldest first', async () => {
    await queueMutation(db, 'analytics.event', analytics, 1, newId(900));
    await queueOrders(2);
    let batch: string[] = [];
    await pushOutboxBatch(
      db,
      async (request) => {
        batch = request.mutations.map((m) => m.id);
        return { results: [], serverTime: 1 };
      },
      Date.now,
      2,
    );
    expect(batch).toEqual([newId(101), newId(102)]);
    await pushOutboxBatch(db, async (request) => {
      batch = request.mutations.map((m) => m.id);
      return { results: [], serverTime: 1 };
    });
    expect(batch).toEqual([newId(101), newId(102), newId(900)]);
  });

  it('pushes at most a batch of entries at a time', async () => {
    await db.outbox.bulkAdd(
      Array.from({ length: 130 }, (_, i) => ({
        id: newId(1000 + i),
        type: 'heartbeat',
        payload: {},
        createdAt: 10_000 - i,
        attempts: 0,
        lastError: null,
      })),
    );
    let batch: string[] = [];
    await pushOutboxBatch(
      db,
      async (request) => {
        batch = request.mutations.map((m) => m.id);
        return { results: [], serverTime: 1 };
      },
      Date.now,
      100,
    );
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
    await db.outbox.add({
      id: newId(77),
      type: 'from.a.newer.version' as 'heartbeat',
      payload: {},
      createdAt: 2,
      attempts: 0,
      lastError: null,
    });
    const outcome = await pushOutboxBatch(db, async () => ({ results: [], serverTime: 1 }));
    expect(outcome.remaining).toBe(1);
    expect((await db.rejected.get('not-a-uuid'))?.status).toBe('unreadable');
    await pushOutboxBatch(db, async () => ({ results: [], serverTime: 1 }));
    expect(await db.outbox.count()).toBe(0);
    expect((await db.rejected.get(newId(77)))?.status).toBe('unreadable');
  });

  it('sends its clock with every push and records the offset from the server time', async () => {
    await queueOrders(1);
    const times = [999_000, 1_000_000, 1_000_400]; // batch read, sent, answer received
    let sentAt: number | undefined;
    await pushOutboxBatch(
      db,
      async (request) => {
        sentAt = request.sentAt;
        return { results: [], serverTime: 1_060_200 };
      },
      () => times.shift() ?? 1_000_400,
    );
    expect(sentAt).toBe(1_000_000);
    expect(await readMeta(db, 'clock')).toEqual({
      offsetMs: 60_000,
      roundTripMs: 400,
      measuredAt: 1_000_400,
    });
  });
});

describe('pushing batches back to back', () => {
  const applied = (request: PushRequest): PushResponse => ({
    results: request.mutations.map((m) => ({ id: m.id, status: 'applied' as const })),
    serverTime: 9,
  });

  it('sends the next batch before the previous answer is in, never the same entry twice', async () => {
    await queueOrders(5);
    const sent: string[][] = [];
    const answers: (() => void)[] = [];
    const outcome = pushOutboxBatches(
      db,
      (request) => {
        sent.push(request.mutations.map((m) => m.id));
        return new Promise((resolve) => answers.push(() => resolve(applied(request))));
      },
      { batchSize: 2 },
    );
    await until(() => sent.length === 2);
    expect(answers).toHaveLength(2); // two on the wire, none answered yet
    while (answers.length > 0 || sent.length < 3) {
      await until(() => answers.length > 0);
      answers.shift()!();
    }
    expect(await outcome).toEqual({ settled: 5, remaining: 0 });
    expect(sent).toEqual([[newId(101), newId(102)], [newId(103), newId(104)], [newId(105)]]);
    expect(await db.orders.where('status').equals('sent').count()).toBe(5);
  });

  it('applies the answer still on the wire when the batch before it failed', async () => {
    await queueOrders(4);
    let calls = 0;
    await expect(
      pushOutboxBatches(
        db,
        async (request) => {
          calls += 1;
          if (calls === 1) {
            await new Promise((resolve) => setTimeout(resolve, 20));
            throw new ApiError('network', 'cut');
          }
          return applied(request);
        },
        { batchSize: 2 },
      ),
    ).rejects.toThrow('cut');
    expect((await db.outbox.toArray()).map((entry) => [entry.id, entry.attempts])).toEqual([
      [newId(101), 1],
      [newId(102), 1],
    ]);
    expect((await db.orders.get(newId(103)))?.status).toBe('sent');
  });
});

describe('taking a batch while another is on the wire', () => {
  it('skips the entries on their way, even those sharing a timestamp, and loses none', async () => {
    const entry = (n: number, type: string, createdAt: number) => ({
      id: newId(n),
      type,
      payload: {},
      createdAt,
      attempts: 0,
      lastError: null,
    });
    await db.outbox.bulkAdd([
      entry(1, 'order.place', 10),
      entry(2, 'order.place', 20),
      entry(3, 'order.place', 20),
      entry(4, 'order.place', 30),
      entry(5, 'heartbeat', 5),
    ]);
    const onTheWire = new Map([
      [newId(1), { type: 'order.place', createdAt: 10 }],
      [newId(2), { type: 'order.place', createdAt: 20 }],
    ]);
    const batch = await takeOutboxBatch(db, 10, 0, onTheWire);
    expect(batch.map((e) => e.id)).toEqual([newId(3), newId(4), newId(5)]);
  });
});

describe('estimating the clock', () => {
  it('takes the midpoint of the round trip as the server stamp', () => {
    expect(estimateClock({ sentAt: 100, receivedAt: 300, serverTime: 150 })).toEqual({
      offsetMs: -50,
      roundTripMs: 200,
      measuredAt: 300,
    });
  });
});

describe('queueing a mutation', () => {
  it('queues a valid analytics event for the next push', async () => {
    const id = await queueMutation(db, 'analytics.event', analytics, 5);
    expect(await db.outbox.get(id)).toMatchObject({
      type: 'analytics.event',
      payload: analytics,
      createdAt: 5,
      attempts: 0,
    });
  });

  it('refuses a payload the server would reject', async () => {
    await expect(
      queueMutation(db, 'analytics.event', { ...analytics, name: 'nonsense' as 'zone.viewed' }),
    ).rejects.toBeInstanceOf(InvalidMutationError);
    expect(await db.outbox.count()).toBe(0);
  });
});
