import type { Kysely } from 'kysely';

/**
 * The customer pays at the counter when the clerk confirms the order (issue #7): confirming
 * records what was taken (`paid_fen`, the order's total then). Orders confirmed before stay
 * null: the clerk was not asked.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('orders').addColumn('paid_fen', 'bigint').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('orders').dropColumn('paid_fen').execute();
}
