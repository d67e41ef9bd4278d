import type { Change, ChangeEntity, PullResponse } from '../../shared';
import { inBatches } from '../db/batches';
import { lockChangeLog, rowsPerInsert } from '../db/dialect';
import type { Db } from '../db/schema';

export interface NewChange {
  entity: ChangeEntity;
  key: string;
  op: 'put' | 'delete';
  /** The entity in its shared/ shape for `put`; null for `delete`. */
  data: unknown;
  /** Null: every store's kiosks receive it; otherwise only that store's. */
  storeId: string | null;
}

/**
 * Every content write goes through here, in the same transaction as the write itself, so
 * kiosks learn about it on their next pull. The change-log lock is held to the end of the
 * transaction (`locked`: the caller took it already); appends are contiguous in `seq`.
 * Returns the new rows' seqs.
 */
export async function appendChanges(
  db: Db,
  changes: NewChange[],
  now: number,
  options: { locked?: boolean } = {},
): Promise<number[]> {
  if (changes.length === 0) return [];
  if (!options.locked) await lockChangeLog(db);
  const seqs: number[] = [];
  for (const batch of inBatches(changes, rowsPerInsert(6))) {
    const rows = await db
      .insertInto('changes')
      .values(
        batch.map((change) => ({
          entity: change.entity,
          key: change.key,
          op: change.op,
          data: change.op === 'put' ? JSON.stringify(change.data) : null,
          store_id: change.storeId,
          created_at: now,
        })),
      )
      .returning('seq')
      .execute();
    for (const row of rows) seqs.push(row.seq);
  }
  return seqs;
}

/** One page of the log after `since`, as a device of `storeId` sees it. */
export async function readChanges(
  db: Db,
  page: { since: number; limit: number; storeId: string },
): Promise<PullResponse> {
  const rows = await db
    .selectFrom('changes')
    .select(['seq', 'entity', 'key', 'op', 'data'])
    .where('seq', '>', page.since)
    .where((eb) => eb.or([eb('store_id', 'is', null), eb('store_id', '=', page.storeId)]))
    .orderBy('seq')
    .limit(page.limit + 1)
    .execute();
  const more = rows.length > page.limit;
  const changes = rows.slice(0, page.limit).map(
    (row) =>
      ({
        seq: row.seq,
        entity: row.entity,
        key: row.key,
        op: row.op,
        data: row.data === null ? null : JSON.parse(row.data),
      }) as Change,
  );
  return { changes, cursor: changes.at(-1)?.seq ?? page.since, more };
}
