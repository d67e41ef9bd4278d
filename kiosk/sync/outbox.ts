import Dexie from 'dexie';
import { z } from 'zod';
import { mutationPayloadSchemas, mutationTypes, type MutationType } from '../../shared';
import { outboxEntrySchema, type KioskDatabase, type OutboxEntry } from '../db';
import { restoreRow } from '../restore';

export class InvalidMutationError extends Error {
  constructor(type: string, problem: string) {
    super(`A ${type} mutation was not queued: ${problem}`);
    this.name = 'InvalidMutationError';
  }
}

/**
 * Queues one mutation for the server (an analytics event, a heartbeat). The payload is checked
 * with the contract's schema first, so nothing the server would reject waits in the outbox.
 * Orders are queued with their local record by checkout/placeOrder.ts instead.
 */
export async function queueMutation<T extends MutationType>(
  db: KioskDatabase,
  type: T,
  payload: z.input<(typeof mutationPayloadSchemas)[T]>,
  now: number = Date.now(),
  id: string = crypto.randomUUID(),
): Promise<string> {
  const parsed = mutationPayloadSchemas[type].safeParse(payload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InvalidMutationError(
      type,
      `${issue?.path.join('.') || 'payload'}: ${issue?.message}`,
    );
  }
  const entry: OutboxEntry = {
    id,
    type,
    payload: parsed.data,
    createdAt: now,
    attempts: 0,
    lastError: null,
  };
  await db.outbox.add(entry);
  return id;
}

/** Sets an entry the kiosk cannot read aside in `rejected`: kept, and no longer in the way. */
async function setAsideUnreadable(db: KioskDatabase, rows: readonly unknown[], now: number) {
  await db.transaction('rw', db.outbox, db.rejected, async () => {
    for (const row of rows) {
      const raw = row as Partial<OutboxEntry>;
      if (typeof raw.id !== 'string') continue;
      await db.rejected.put({
        id: raw.id,
        type: String(raw.type ?? 'unknown'),
        payload: raw.payload ?? null,
        createdAt: typeof raw.createdAt === 'number' ? raw.createdAt : 0,
        status: 'unreadable',
        reason: 'The kiosk could not read this outbox entry',
        alternatives: [],
        settledAt: now,
      });
      await db.outbox.delete(raw.id);
    }
  });
}

/** Entries on their way to the server, by id. */
export type InFlight = ReadonlyMap<string, { type: string; createdAt: number }>;

/** The oldest entries of one type that are not on their way yet (one getAll, no cursor). */
async function oldestOfType(
  db: KioskDatabase,
  type: string,
  size: number,
  inFlight: InFlight,
): Promise<OutboxEntry[]> {
  // Entries on their way are the oldest of their type (taken earlier, in this order): start at
  // the newest of them and drop the few read twice, rather than walk a filtered cursor.
  const times = [...inFlight.values()].filter((e) => e.type === type).map((e) => e.createdAt);
  const from = times.length > 0 ? Math.max(...times) : -Infinity;
  const ties = times.filter((createdAt) => createdAt === from).length;
  const rows = await db.outbox
    .where('[type+createdAt]')
    .between([type, from === -Infinity ? Dexie.minKey : from], [type, Dexie.maxKey], true, true)
    .limit(size + ties)
    .toArray();
  return rows.filter((row) => !inFlight.has(row.id)).slice(0, size);
}

/**
 * The next entries to push: orders first (oldest first), then heartbeats and analytics events
 * (oldest first), so thousands of queued events never hold back a customer's order.
 */
export async function takeOutboxBatch(
  db: KioskDatabase,
  size: number,
  now: number,
  /** Entries on their way to the server (pushOutbox.ts keeps two batches on the wire). */
  inFlight: InFlight = new Map(),
): Promise<OutboxEntry[]> {
  const rows: unknown[] = await oldestOfType(db, 'order.place', size, inFlight);
  if (rows.length < size) {
    const others = await Promise.all(
      mutationTypes
        .filter((type) => type !== 'order.place')
        .map((type) => oldestOfType(db, type, size - rows.length, inFlight)),
    );
    const oldest = others.flat().sort((a, b) => a.createdAt - b.createdAt);
    rows.push(...oldest.slice(0, size - rows.length));
  }
  if (rows.length === 0) {
    // Nothing of a known type: whatever is left (a type this version does not know) is read
    // the slow way, so it is set aside below instead of sitting in the outbox unseen.
    const strays = await db.outbox
      .filter((entry) => !inFlight.has(entry.id))
      .limit(size)
      .toArray();
    rows.push(...strays);
  }
  const batch: OutboxEntry[] = [];
  const unreadable: unknown[] = [];
  for (const row of rows) {
    const entry = restoreRow(outboxEntrySchema, row, 'outbox');
    if (entry) batch.push(entry);
    else unreadable.push(row);
  }
  if (unreadable.length > 0) await setAsideUnreadable(db, unreadable, now);
  return batch;
}
