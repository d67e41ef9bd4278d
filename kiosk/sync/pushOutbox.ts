import {
  maskIdNumber,
  maskName,
  maskPhone,
  type Customer,
  type PushRequest,
  type PushResponse,
  type PushResult,
} from '../../shared';
import {
  localOrderSchema,
  outboxEntrySchema,
  type KioskDatabase,
  type LocalOrder,
  type OutboxEntry,
  type RejectedEntry,
} from '../db';
import { restoreRow } from '../restore';

export const pushBatchSize = 100;

export interface PushBatchOutcome {
  /** Entries that got a per-mutation answer and left the outbox. */
  settled: number;
  /** Entries still waiting after this batch. */
  remaining: number;
}

/** Reads the oldest entries; one that cannot be read is set aside in `rejected`, never lost. */
async function takeBatch(db: KioskDatabase, now: number): Promise<OutboxEntry[]> {
  const rows: unknown[] = await db.outbox.orderBy('createdAt').limit(pushBatchSize).toArray();
  const batch: OutboxEntry[] = [];
  for (const row of rows) {
    const entry = restoreRow(outboxEntrySchema, row, 'outbox');
    if (entry) {
      batch.push(entry);
      continue;
    }
    const raw = row as Partial<OutboxEntry>;
    if (typeof raw.id !== 'string') continue;
    await db.transaction('rw', db.outbox, db.rejected, async () => {
      await db.rejected.put({
        id: String(raw.id),
        type: String(raw.type ?? 'unknown'),
        payload: raw.payload ?? null,
        createdAt: typeof raw.createdAt === 'number' ? raw.createdAt : 0,
        status: 'unreadable',
        reason: 'The kiosk could not read this outbox entry',
        alternatives: [],
        settledAt: now,
      });
      await db.outbox.delete(String(raw.id));
    });
  }
  return batch;
}

export function maskCustomer(customer: Customer): Customer {
  return {
    name: maskName(customer.name),
    idNumber: maskIdNumber(customer.idNumber),
    phone: maskPhone(customer.phone),
  };
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
 * Applies the server's answers in one transaction. Only an entry with an answer leaves the
 * outbox; an applied or duplicate order becomes `sent` and keeps only masked personal data;
 * a conflict or rejection is kept aside in `rejected` with the reason (a rejected payload
 * keeps its personal data, since the server did not keep it; a conflict is in the store's
 * conflict queue on the server, so the kiosk keeps only the masked form).
 */
export async function settlePushResults(
  db: KioskDatabase,
  batch: readonly OutboxEntry[],
  results: readonly PushResult[],
  now: number,
): Promise<number> {
  const byId = new Map(batch.map((entry) => [entry.id, entry]));
  let settled = 0;
  await db.transaction('rw', db.outbox, db.orders, db.rejected, async () => {
    for (const result of results) {
      const entry = byId.get(result.id);
      if (!entry) continue;
      byId.delete(result.id);
      settled += 1;
      await db.outbox.delete(entry.id);
      if (result.status === 'conflict' || result.status === 'rejected') {
        const kept: RejectedEntry = {
          id: entry.id,
          type: entry.type,
          payload: result.status === 'conflict' ? maskOrderPayload(entry.payload) : entry.payload,
          createdAt: entry.createdAt,
          status: result.status,
          reason: result.reason ?? result.status,
          alternatives: result.alternatives ?? [],
          settledAt: now,
        };
        await db.rejected.put(kept);
      }
      if (entry.type !== 'order.place') continue;
      const order = restoreRow(localOrderSchema, await db.orders.get(entry.id), 'orders');
      if (!order) continue;
      const answered: LocalOrder = {
        ...order,
        customer: order.masked ? order.customer : maskCustomer(order.customer),
        masked: true,
        status: localStatusOf[result.status],
        answer: {
          status: result.status,
          reason: result.reason ?? null,
          alternatives: result.alternatives ?? [],
          answeredAt: now,
        },
      };
      await db.orders.put(answered);
    }
    // Entries the server did not answer stay, with a note for the fleet view.
    for (const entry of byId.values()) {
      await db.outbox.update(entry.id, {
        attempts: entry.attempts + 1,
        lastError: 'No answer for this mutation',
      });
    }
  });
  return settled;
}

async function noteFailedAttempt(db: KioskDatabase, batch: readonly OutboxEntry[], error: unknown) {
  const message = error instanceof Error ? error.message : String(error);
  await db.transaction('rw', db.outbox, async () => {
    for (const entry of batch) {
      await db.outbox.update(entry.id, { attempts: entry.attempts + 1, lastError: message });
    }
  });
}

/** Pushes the oldest entries (up to 100). A failed request leaves every entry in the outbox. */
export async function pushOutboxBatch(
  db: KioskDatabase,
  push: (request: PushRequest) => Promise<PushResponse>,
  now: () => number = Date.now,
): Promise<PushBatchOutcome> {
  const batch = await takeBatch(db, now());
  if (batch.length === 0) return { settled: 0, remaining: await db.outbox.count() };
  let response: PushResponse;
  try {
    response = await push({
      mutations: batch.map(({ id, type, payload, createdAt }) => ({
        id,
        type,
        payload,
        createdAt,
      })),
      sentAt: now(),
    });
  } catch (error) {
    await noteFailedAttempt(db, batch, error);
    throw error;
  }
  const settled = await settlePushResults(db, batch, response.results, now());
  await db.meta.put({ key: 'lastPushAt', value: now() });
  return { settled, remaining: await db.outbox.count() };
}
