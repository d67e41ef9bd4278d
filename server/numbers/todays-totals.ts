import type { Selectable } from 'kysely';
import type { OrderDraft } from '../../shared';
import type { Db, NumberConflictsTable } from '../db/schema';
import { loadOrderLookups } from '../sync/order-lookups';
import { todaysPricing } from '../sync/place-order';

type ConflictRow = Selectable<NumberConflictsTable>;

/**
 * Each open price conflict with its total at the store's prices now, not at push time: HQ may
 * have moved a price again since, and the clerk must quote what placing it will charge
 * (`place` is refused with `priceMoved` at any other total). Other rows are returned as they are.
 */
export async function withTodaysTotals(
  db: Db,
  rows: readonly ConflictRow[],
  now: number,
): Promise<ConflictRow[]> {
  const open = rows.filter((row) => row.status === 'open' && row.reason === 'price_changed');
  const totals = new Map<string, number>();
  for (const storeId of new Set(open.map((row) => row.store_id))) {
    const mutations = open
      .filter((row) => row.store_id === storeId)
      .map((row) => {
        const draft = JSON.parse(row.draft) as OrderDraft;
        return {
          conflictId: row.id,
          mutation: {
            id: row.mutation_id,
            type: 'order.place',
            payload: draft,
            createdAt: draft.createdAt,
          } as const,
        };
      });
    const lookups = await loadOrderLookups(
      db,
      storeId,
      mutations.map((m) => m.mutation),
      { existingOrders: false, now },
    );
    for (const { conflictId, mutation } of mutations) {
      totals.set(conflictId, todaysPricing(mutation.payload, lookups).totalFen);
    }
  }
  return rows.map((row) =>
    totals.has(row.id) ? { ...row, today_total_fen: totals.get(row.id) ?? null } : row,
  );
}
