import type { Kysely } from 'kysely';
import { dialectOf, withAutoIncrementKey } from '../dialect';

/**
 * Commission: HQ's rules (never edited: a rule is ended and a new one written) and the
 * append-only ledger. An order earns its lines when it is activated; a cancellation writes
 * reversal or clawback lines beside them (docs/decisions/0005-commission-ledger.md).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const dialect = dialectOf(db);
  await db.schema
    .createTable('commission_rules')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('name_zh', 'text', (col) => col.notNull())
    .addColumn('name_en', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    // The kind's condition as JSON (shared/commission.ts `commissionConditionSchema`).
    .addColumn('condition', 'text', (col) => col.notNull())
    .addColumn('amount_fen', 'integer', (col) => col.notNull())
    .addColumn('valid_from', 'bigint', (col) => col.notNull())
    .addColumn('valid_to', 'bigint')
    .addColumn('clawback_days', 'integer', (col) => col.notNull())
    .addColumn('created_at', 'bigint', (col) => col.notNull())
    .addColumn('created_by', 'text')
    .execute();

  await withAutoIncrementKey(db.schema.createTable('commission_ledger'), 'id', dialect)
    .addColumn('order_id', 'text', (col) => col.notNull().references('orders.id'))
    .addColumn('store_id', 'text', (col) => col.notNull().references('stores.id'))
    // Null: the store's own sale (no clerk's badge on the order).
    .addColumn('clerk_id', 'text', (col) => col.references('users.id'))
    .addColumn('rule_id', 'text', (col) => col.notNull().references('commission_rules.id'))
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('amount_fen', 'integer', (col) => col.notNull())
    // 'YYYY-MM' of the order's corrected time in the stores' time zone.
    .addColumn('period', 'text', (col) => col.notNull())
    .addColumn('at', 'bigint', (col) => col.notNull())
    .execute();
  // An order earns (and loses) each rule's line at most once, whatever the retries.
  await db.schema
    .createIndex('commission_ledger_order_rule_kind')
    .unique()
    .on('commission_ledger')
    .columns(['order_id', 'rule_id', 'kind'])
    .execute();
  await db.schema
    .createIndex('commission_ledger_period_clerk')
    .on('commission_ledger')
    .columns(['period', 'clerk_id'])
    .execute();
  await db.schema
    .createIndex('commission_ledger_period_store')
    .on('commission_ledger')
    .columns(['period', 'store_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('commission_ledger').execute();
  await db.schema.dropTable('commission_rules').execute();
}
