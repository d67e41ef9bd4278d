import type { Kysely } from 'kysely';

/**
 * Commission months closed for payout. A ledger line of an order whose month is here counts
 * in the month it is written instead, so a closed month reads the same for ever
 * (docs/decisions/0009-closing-a-commission-month.md).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('commission_periods')
    .addColumn('period', 'text', (col) => col.primaryKey())
    .addColumn('closed_at', 'bigint', (col) => col.notNull())
    .addColumn('closed_by', 'text', (col) => col.notNull().references('users.id'))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('commission_periods').execute();
}
