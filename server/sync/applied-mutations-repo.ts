import { sql, type Insertable } from 'kysely';
import type { DeviceMutation, PushResult } from '../../shared';
import { inBatches } from '../db/batches';
import { rowsPerInsert } from '../db/dialect';
import type { AppliedMutationsTable, Db } from '../db/schema';

/** What applying a mutation came to; stored so a retry gets the very same answer. */
export type MutationOutcome =
  | { status: 'applied'; result?: Record<string, unknown> }
  | { status: 'conflict'; reason: string; alternatives?: string[] }
  | { status: 'rejected'; reason: string };

export type AppliedMutationRow = Insertable<AppliedMutationsTable>;

export function appliedMutationRow(
  key: { deviceId: string; mutationId: string; type: string },
  times: { deviceCreatedAt: number; receivedAt: number },
  outcome: MutationOutcome,
): AppliedMutationRow {
  return {
    device_id: key.deviceId,
    mutation_id: key.mutationId,
    type: key.type.slice(0, 40),
    status: outcome.status,
    result: outcome.status === 'applied' && outcome.result ? JSON.stringify(outcome.result) : null,
    reason: outcome.status === 'applied' ? null : outcome.reason,
    alternatives:
      outcome.status === 'conflict' && outcome.alternatives
        ? JSON.stringify(outcome.alternatives)
        : null,
    device_created_at: times.deviceCreatedAt,
    received_at: times.receivedAt,
  };
}

/**
 * Records the batch's new mutations with their final answers. A plain INSERT on purpose: the
 * primary key `(device_id, mutation_id)` is the arbiter of exactly-once. When another
 * transaction committed one of these ids first, the insert fails (on PostgreSQL after waiting
 * for that commit) and the caller re-runs the batch, which then answers `duplicate`.
 * Sorted by id, so two transactions inserting overlapping ids lock them in the same order.
 */
export async function insertAppliedMutations(db: Db, rows: AppliedMutationRow[]): Promise<void> {
  const sorted = [...rows].sort((a, b) => (a.mutation_id < b.mutation_id ? -1 : 1));
  for (const batch of inBatches(sorted, rowsPerInsert(9))) {
    await db.insertInto('applied_mutations').values(batch).execute();
  }
}

/**
 * The stored answers of the mutations among `mutationIds` this device sent before: `duplicate`
 * with the original result when applied; the original `conflict` / `rejected` otherwise.
 */
export async function previousAnswers(
  db: Db,
  deviceId: string,
  mutationIds: readonly string[],
): Promise<Map<string, PushResult>> {
  const answers = new Map<string, PushResult>();
  for (const ids of inBatches(mutationIds, 1000)) {
    const rows = await db
      .selectFrom('applied_mutations')
      .select(['mutation_id', 'status', 'result', 'reason', 'alternatives'])
      .where('device_id', '=', deviceId)
      .where('mutation_id', 'in', ids)
      .execute();
    for (const row of rows) {
      if (row.status === 'pending') throw new Error('A committed mutation is still pending');
      const answer: PushResult = {
        id: row.mutation_id,
        status: row.status === 'applied' ? 'duplicate' : row.status,
      };
      if (row.reason !== null) answer.reason = row.reason;
      if (row.result !== null) answer.result = JSON.parse(row.result) as Record<string, unknown>;
      if (row.alternatives !== null) answer.alternatives = JSON.parse(row.alternatives) as string[];
      answers.set(row.mutation_id, answer);
    }
  }
  return answers;
}

/** Long digit runs (phone and ID numbers) in text a kiosk sent, masked for the console. */
export function maskDigitRuns(reason: string): string {
  return reason.replace(
    /\d{6,}[\dXx]?/g,
    (digits) => `${digits.slice(0, 3)}${'*'.repeat(digits.length - 5)}${digits.slice(-2)}`,
  );
}

/**
 * The mutations of a device the server refused (`rejected` / `conflict`), newest first. The
 * literal status filter matches the partial index `applied_mutations_refused`.
 */
export async function listRefusedMutations(
  db: Db,
  query: { deviceId: string; status?: 'rejected' | 'conflict'; limit: number },
): Promise<DeviceMutation[]> {
  let select = db
    .selectFrom('applied_mutations')
    .select([
      'mutation_id',
      'type',
      'status',
      'reason',
      'alternatives',
      'device_created_at',
      'received_at',
    ])
    .where('device_id', '=', query.deviceId)
    .where(sql<boolean>`status in ('rejected', 'conflict')`)
    .orderBy('received_at', 'desc')
    .orderBy('mutation_id')
    .limit(query.limit);
  if (query.status) select = select.where('status', '=', query.status);
  const rows = await select.execute();
  return rows.map((row) => ({
    id: row.mutation_id,
    type: maskDigitRuns(row.type),
    status: row.status === 'conflict' ? 'conflict' : 'rejected',
    reason: row.reason === null ? null : maskDigitRuns(row.reason),
    alternatives:
      row.alternatives === null ? 0 : (JSON.parse(row.alternatives) as unknown[]).length,
    deviceCreatedAt: row.device_created_at,
    receivedAt: row.received_at,
  }));
}
