import type { Kysely } from 'kysely';

/**
 * The store's conflict queue holds every order conflict, not only lost numbers (issue #7): each
 * row says why (`reason`; the rows before were all lost numbers) and, for a price conflict, what
 * the store's prices gave at push time (`today_total_fen`; what the kiosk charged is the draft's
 * total). The follow-up page finds a ticket's conflict by `ticket` while no order has it yet.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('number_conflicts')
    .addColumn('reason', 'text', (col) => col.notNull().defaultTo('number_unavailable'))
    .execute();
  await db.schema.alterTable('number_conflicts').addColumn('today_total_fen', 'bigint').execute();
  await db.schema
    .createIndex('number_conflicts_ticket')
    .on('number_conflicts')
    .columns(['ticket', 'created_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('number_conflicts_ticket').execute();
  await db.schema.alterTable('number_conflicts').dropColumn('today_total_fen').execute();
  await db.schema.alterTable('number_conflicts').dropColumn('reason').execute();
}
