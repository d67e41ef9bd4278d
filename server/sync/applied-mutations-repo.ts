import type { PushResult } from '../../shared';
import type { Db } from '../db/schema';

/** What applying a mutation came to; stored so a retry gets the very same answer. */
export type MutationOutcome =
  | { status: 'applied'; result?: Record<string, unknown> }
  | { status: 'conflict'; reason: string; alternatives?: string[] }
  | { status: 'rejected'; reason: string };

/**
 * Claims `(device, mutation id)`. False when the row exists: applied before, by this or any
 * other server process. On PostgreSQL a concurrent claim waits for the first to commit.
 */
export async function claimMutation(
  db: Db,
  claim: {
    deviceId: string;
    mutationId: string;
    type: string;
    deviceCreatedAt: number;
    receivedAt: number;
  },
): Promise<boolean> {
  const inserted = await db
    .insertInto('applied_mutations')
    .values({
      device_id: claim.deviceId,
      mutation_id: claim.mutationId,
      type: claim.type.slice(0, 40),
      status: 'pending',
      device_created_at: claim.deviceCreatedAt,
      received_at: claim.receivedAt,
    })
    .onConflict((conflict) => conflict.columns(['device_id', 'mutation_id']).doNothing())
    .returning('mutation_id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function recordOutcome(
  db: Db,
  key: { deviceId: string; mutationId: string },
  outcome: MutationOutcome,
): Promise<void> {
  await db
    .updateTable('applied_mutations')
    .set({
      status: outcome.status,
      result:
        outcome.status === 'applied' && outcome.result ? JSON.stringify(outcome.result) : null,
      reason: outcome.status === 'applied' ? null : outcome.reason,
      alternatives:
        outcome.status === 'conflict' && outcome.alternatives
          ? JSON.stringify(outcome.alternatives)
          : null,
    })
    .where('device_id', '=', key.deviceId)
    .where('mutation_id', '=', key.mutationId)
    .execute();
}

/**
 * The answer to a mutation seen before: `duplicate` with the original result when it was
 * applied; the original `conflict` or `rejected` otherwise, since nothing was applied.
 */
export async function previousAnswer(
  db: Db,
  key: { deviceId: string; mutationId: string },
): Promise<PushResult> {
  const row = await db
    .selectFrom('applied_mutations')
    .select(['status', 'result', 'reason', 'alternatives'])
    .where('device_id', '=', key.deviceId)
    .where('mutation_id', '=', key.mutationId)
    .executeTakeFirstOrThrow();
  if (row.status === 'pending') throw new Error('A committed mutation is still pending');
  const answer: PushResult = {
    id: key.mutationId,
    status: row.status === 'applied' ? 'duplicate' : row.status,
  };
  if (row.reason !== null) answer.reason = row.reason;
  if (row.result !== null) answer.result = JSON.parse(row.result) as Record<string, unknown>;
  if (row.alternatives !== null) answer.alternatives = JSON.parse(row.alternatives) as string[];
  return answer;
}
