import {
  isOrderConflictReason,
  type Customer,
  type OrderDraft,
  type PushRequest,
  type PushResponse,
  type PushResult,
} from '../../shared';
import {
  maskCustomer,
  type ClockEstimate,
  type KioskDatabase,
  type LocalOrder,
  type OutboxEntry,
  type RejectedEntry,
} from '../db';
import { estimateClock } from './clock';
import { takeOutboxBatch } from './outbox';

export { maskCustomer };

/**
 * Entries per push: the contract's most. Fewer, larger batches drain a long outbox faster (the
 * server ingests 500-row batches at about twice the rate of 100-row ones), and two of them are
 * on the wire at a time (`pushOutboxBatches`).
 */
export const pushBatchSize = 500;

export interface PushBatchOutcome {
  /** Entries that got a per-mutation answer and left the outbox. */
  settled: number;
  /** Entries still waiting after this batch. */
  remaining: number;
}

function maskOrderPayload(payload: unknown): unknown {
  if (!payload || typeof payload !== 'object' || !('customer' in payload)) return payload;
  const order = payload as { customer: Customer };
  return { ...order, customer: maskCustomer(order.customer) };
}

const localStatusOf = {
  applied: 'sent',
  duplicate: 'sent',
  conflict: 'conflict',
  rejected: 'rejected',
} as const;

/**
 * An order conflict the server keeps in the store's conflict queue, with the customer's
 * details, for a clerk to settle at the counter (`shared/sync.ts` `orderConflictReasons`).
 */
function queuedOnServer(entry: OutboxEntry, result: PushResult): boolean {
  return (
    entry.type === 'order.place' &&
    result.status === 'conflict' &&
    isOrderConflictReason(result.reason)
  );
}

function keptAside(entry: OutboxEntry, result: PushResult, now: number): RejectedEntry | null {
  if (result.status !== 'conflict' && result.status !== 'rejected') return null;
  return {
    id: entry.id,
    type: entry.type,
    payload: queuedOnServer(entry, result) ? maskOrderPayload(entry.payload) : entry.payload,
    createdAt: entry.createdAt,
    status: result.status,
    reason: result.reason ?? result.status,
    alternatives: result.alternatives ?? [],
    settledAt: now,
  };
}

/**
 * The order as the kiosk keeps it once the server has answered, built from the outbox entry
 * (which holds the draft as placed, the same one the order row was written from): no read of
 * the order row, so settling a batch costs one delete and one put per order.
 */
function answeredOrder(entry: OutboxEntry, result: PushResult, now: number): LocalOrder | null {
  const draft = entry.payload as Partial<OrderDraft> | null;
  const customer = draft?.customer as Partial<Customer> | undefined;
  if (draft?.id !== entry.id || typeof customer?.name !== 'string') return null;
  if (typeof customer.idNumber !== 'string' || typeof customer.phone !== 'string') return null;
  return {
    ...(draft as OrderDraft),
    customer: maskCustomer(customer as Customer),
    masked: true,
    status: localStatusOf[result.status],
    answer: {
      status: result.status,
      reason: result.reason ?? null,
      alternatives: result.alternatives ?? [],
      answeredAt: now,
    },
  };
}

/**
 * Applies the server's answers in one transaction, table by table in bulk. Only an entry with
 * an answer leaves the outbox; an applied or duplicate order becomes `sent` and keeps only
 * masked personal data; a conflict or rejection is kept aside in `rejected` with the reason. An
 * order conflict (price changed, number sold, number needs a dearer plan) is recorded in the
 * store's conflict queue on the server in the push's transaction, details included, so the
 * kiosk keeps only the masked form; any other refusal keeps its personal data, since the
 * server did not keep it.
 */
export async function settlePushResults(
  db: KioskDatabase,
  batch: readonly OutboxEntry[],
  results: readonly PushResult[],
  now: number,
  clock: ClockEstimate | null = null,
): Promise<number> {
  const waiting = new Map(batch.map((entry) => [entry.id, entry]));
  const answered: { entry: OutboxEntry; result: PushResult }[] = [];
  for (const result of results) {
    const entry = waiting.get(result.id);
    if (!entry) continue; // not ours, or answered twice in one response
    waiting.delete(result.id);
    answered.push({ entry, result });
  }
  const aside = answered.flatMap(({ entry, result }) => keptAside(entry, result, now) ?? []);
  const orders = answered.flatMap(({ entry, result }) =>
    entry.type === 'order.place' ? (answeredOrder(entry, result, now) ?? []) : [],
  );
  await db.transaction('rw', [db.outbox, db.orders, db.rejected, db.meta], async () => {
    await db.outbox.bulkDelete(answered.map(({ entry }) => entry.id));
    if (aside.length > 0) await db.rejected.bulkPut(aside);
    if (orders.length > 0) await db.orders.bulkPut(orders);
    // Entries the server did not answer stay, with a note for the fleet view.
    if (waiting.size > 0) {
      await db.outbox.bulkUpdate(
        [...waiting.values()].map((entry) => ({
          key: entry.id,
          changes: { attempts: entry.attempts + 1, lastError: 'No answer for this mutation' },
        })),
      );
    }
    await db.meta.put({ key: 'lastPushAt', value: now });
    if (clock) await db.meta.put({ key: 'clock', value: clock });
  });
  return answered.length;
}

async function noteFailedAttempt(db: KioskDatabase, batch: readonly OutboxEntry[], error: unknown) {
  const message = error instanceof Error ? error.message : String(error);
  await db.outbox.bulkUpdate(
    batch.map((entry) => ({
      key: entry.id,
      changes: { attempts: entry.attempts + 1, lastError: message.slice(0, 300) },
    })),
  );
}

interface SentBatch {
  batch: OutboxEntry[];
  sentAt: number;
  response: Promise<PushResponse>;
}

function send(
  batch: OutboxEntry[],
  push: (request: PushRequest) => Promise<PushResponse>,
  now: () => number,
): SentBatch {
  const sentAt = now();
  const response = push({
    mutations: batch.map(({ id, type, payload, createdAt }) => ({ id, type, payload, createdAt })),
    sentAt,
  });
  response.catch(() => undefined); // handled when the batch is settled
  return { batch, sentAt, response };
}

/** Waits for a batch's answer and applies it; a failed request leaves every entry in place. */
async function settleSent(db: KioskDatabase, sent: SentBatch, now: () => number) {
  let response: PushResponse;
  try {
    response = await sent.response;
  } catch (error) {
    await noteFailedAttempt(db, sent.batch, error);
    throw error;
  }
  const receivedAt = now();
  const clock = estimateClock({ sentAt: sent.sentAt, receivedAt, serverTime: response.serverTime });
  return settlePushResults(db, sent.batch, response.results, receivedAt, clock);
}

export interface PushOptions {
  now?: () => number;
  batchSize?: number;
  /** How many batches this call may push before it returns (the machine calls again). */
  maxBatches?: number;
}

/**
 * Pushes the outbox (orders first, oldest first) in batches, the next batch on the wire while
 * the previous answer is written, so the server's time and IndexedDB's overlap. A failed
 * request leaves every entry of its batch in the outbox: the same mutation ids go again on
 * the next try, even after a reload, and the server answers those it already applied with
 * `duplicate`. The answer of a batch still on the wire when another fails is still applied.
 */
export async function pushOutboxBatches(
  db: KioskDatabase,
  push: (request: PushRequest) => Promise<PushResponse>,
  { now = Date.now, batchSize = pushBatchSize, maxBatches = 8 }: PushOptions = {},
): Promise<PushBatchOutcome> {
  const inFlight = new Map<string, { type: string; createdAt: number }>();
  let settled = 0;
  let taken = 0;
  let previous: SentBatch | null = null;
  let next: SentBatch | null = null;
  try {
    for (;;) {
      next = null;
      if (taken < maxBatches) {
        const batch = await takeOutboxBatch(db, batchSize, now(), inFlight);
        if (batch.length > 0) {
          taken += 1;
          for (const { id, type, createdAt } of batch) inFlight.set(id, { type, createdAt });
          next = send(batch, push, now);
        }
      }
      if (previous) {
        const done: SentBatch = previous;
        previous = null;
        settled += await settleSent(db, done, now);
        for (const entry of done.batch) inFlight.delete(entry.id);
      }
      if (!next) break;
      previous = next;
      next = null;
    }
  } catch (error) {
    // Whatever is still on the wire gets its answer applied (or its failure noted) first.
    for (const pending of [previous, next]) {
      if (pending) await settleSent(db, pending, now).catch(() => undefined);
    }
    throw error;
  }
  return { settled, remaining: await db.outbox.count() };
}

/** One batch, no pipelining: what a single push does (and what the unit tests drive). */
export function pushOutboxBatch(
  db: KioskDatabase,
  push: (request: PushRequest) => Promise<PushResponse>,
  now: () => number = Date.now,
  batchSize: number = pushBatchSize,
): Promise<PushBatchOutcome> {
  return pushOutboxBatches(db, push, { now, batchSize, maxBatches: 1 });
}
