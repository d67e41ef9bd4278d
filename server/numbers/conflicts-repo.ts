import type { Selectable } from 'kysely';
import {
  maskName,
  type ConflictStatus,
  type NumberConflict,
  type OrderConflictReason,
  type OrderDraft,
} from '../../shared';
import { inBatches } from '../db/batches';
import { rowsPerInsert } from '../db/dialect';
import type { Db, NumberConflictsTable } from '../db/schema';
import { withTodaysTotals } from './todays-totals';

export interface NewConflict {
  draft: OrderDraft;
  reason: OrderConflictReason;
  /** `price_changed`: the order's total at the store's prices now. */
  todayTotalFen: number | null;
  deviceId: string;
  mutationId: string;
  /** The chosen number's tier; '' when the order has no number. */
  tierId: string;
  alternatives: readonly string[];
  createdAt: number;
}

/**
 * Queues order conflicts, in the push's transaction. Keyed by the order's id: the same order
 * arriving again (another mutation id, another server process) is queued once, as first seen.
 */
export async function recordConflicts(db: Db, conflicts: readonly NewConflict[]): Promise<void> {
  const rows = conflicts.map((conflict) => ({
    id: conflict.draft.id,
    store_id: conflict.draft.storeId,
    device_id: conflict.deviceId,
    mutation_id: conflict.mutationId,
    ticket: conflict.draft.ticket,
    reason: conflict.reason,
    number: conflict.draft.number ?? '',
    tier_id: conflict.tierId,
    today_total_fen: conflict.todayTotalFen,
    draft: JSON.stringify(conflict.draft),
    alternatives: JSON.stringify(conflict.alternatives),
    created_at: conflict.createdAt,
    status: 'open' as const,
  }));
  for (const batch of inBatches(rows, rowsPerInsert(13))) {
    await db
      .insertInto('number_conflicts')
      .values(batch)
      .onConflict((conflict) => conflict.column('id').doNothing())
      .execute();
  }
}

type ConflictRow = Selectable<NumberConflictsTable>;

export interface StoredConflict {
  row: ConflictRow;
  draft: OrderDraft;
}

/** The console's view: the customer's name masked, the contact phone whole for the call back. */
export function conflictView(row: ConflictRow): NumberConflict {
  const draft = JSON.parse(row.draft) as OrderDraft;
  return {
    id: row.id,
    storeId: row.store_id,
    deviceId: row.device_id,
    ticket: row.ticket,
    reason: row.reason,
    number: row.number === '' ? null : row.number,
    tierId: row.tier_id,
    customerName: maskName(draft.customer.name),
    contactPhone: draft.customer.phone,
    handsetId: draft.handsetId,
    planId: draft.planId,
    totalFen: draft.totalFen,
    todayTotalFen: row.today_total_fen,
    alternatives: JSON.parse(row.alternatives) as string[],
    createdAt: row.created_at,
    status: row.status,
    resolvedAt: row.resolved_at,
    resolvedBy: row.resolved_by,
    resolution: row.resolution,
  };
}

/** Oldest first; `storeId` undefined lists every store; open price conflicts priced at `now`. */
export async function listConflicts(
  db: Db,
  query: { storeId?: string; status?: ConflictStatus; limit: number; now: number },
): Promise<NumberConflict[]> {
  let select = db
    .selectFrom('number_conflicts')
    .selectAll()
    .orderBy('created_at')
    .orderBy('id')
    .limit(query.limit);
  if (query.storeId) select = select.where('store_id', '=', query.storeId);
  if (query.status) select = select.where('status', '=', query.status);
  return (await withTodaysTotals(db, await select.execute(), query.now)).map(conflictView);
}

export async function findConflict(db: Db, id: string): Promise<StoredConflict | undefined> {
  const row = await db
    .selectFrom('number_conflicts')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  return row && { row, draft: JSON.parse(row.draft) as OrderDraft };
}

/**
 * Closes an open conflict; the `status = 'open'` guard is the arbiter between two clerks
 * resolving at once. Returns the closed row, or undefined when it was no longer open.
 */
export async function closeConflict(
  db: Db,
  id: string,
  closing: {
    status: Exclude<ConflictStatus, 'open'>;
    resolution: string | null;
    by: string;
    at: number;
  },
): Promise<ConflictRow | undefined> {
  return db
    .updateTable('number_conflicts')
    .set({
      status: closing.status,
      resolution: closing.resolution,
      resolved_by: closing.by,
      resolved_at: closing.at,
    })
    .where('id', '=', id)
    .where('status', '=', 'open')
    .returningAll()
    .executeTakeFirst();
}

/**
 * Closes the open conflicts of orders a push has just applied after all (the same order came
 * again under another mutation id, re-priced or with another number): the order exists now, so
 * nothing is left for a clerk to do, and a resolution would only be refused. In the push's
 * transaction; one indexed read, and an update only for the rare order that had a conflict.
 */
export async function closeConflictsOfPlacedOrders(
  db: Db,
  orders: readonly { id: string; number?: string | null }[],
  by: { deviceId: string; at: number },
): Promise<void> {
  if (orders.length === 0) return;
  const open = await db
    .selectFrom('number_conflicts')
    .select(['id', 'number'])
    .where(
      'id',
      'in',
      orders.map((order) => order.id),
    )
    .where('status', '=', 'open')
    .execute();
  for (const conflict of open) {
    const placedWith = orders.find((o) => o.id === conflict.id)?.number ?? '';
    const sameNumber = placedWith === conflict.number;
    await closeConflict(db, conflict.id, {
      status: sameNumber ? 'placed' : 'reassigned',
      resolution: sameNumber ? null : placedWith,
      by: `device:${by.deviceId}`,
      at: by.at,
    });
  }
}

/**
 * The newest conflict of an order with this ticket, for the customer's follow-up page while
 * no order has the ticket: whether a clerk is still to settle it, and the store.
 */
export async function findConflictOfTicket(
  db: Db,
  ticket: string,
): Promise<
  | { storeId: string; status: ConflictStatus; createdAt: number; resolvedAt: number | null }
  | undefined
> {
  const row = await db
    .selectFrom('number_conflicts')
    .select(['store_id', 'status', 'created_at', 'resolved_at'])
    .where('ticket', '=', ticket)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  return (
    row && {
      storeId: row.store_id,
      status: row.status,
      createdAt: row.created_at,
      resolvedAt: row.resolved_at,
    }
  );
}
