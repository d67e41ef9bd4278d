import type { Kysely } from 'kysely';
import { dialectOf, withAutoIncrementKey } from '../dialect';

/** What HQ publishes (zones, experiences, handsets, plans, number pools, stock) and its log. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const dialect = dialectOf(db);

  await db.schema
    .createTable('zones')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('key', 'text', (col) => col.notNull())
    .addColumn('name_zh', 'text', (col) => col.notNull())
    .addColumn('name_en', 'text', (col) => col.notNull())
    .addColumn('tagline_zh', 'text', (col) => col.notNull())
    .addColumn('tagline_en', 'text', (col) => col.notNull())
    .addColumn('accent', 'text', (col) => col.notNull())
    .addColumn('sort', 'integer', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('experiences')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('zone_id', 'text', (col) => col.notNull().references('zones.id'))
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('title_zh', 'text', (col) => col.notNull())
    .addColumn('title_en', 'text', (col) => col.notNull())
    .addColumn('summary_zh', 'text', (col) => col.notNull())
    .addColumn('summary_en', 'text', (col) => col.notNull())
    .addColumn('media', 'text')
    .addColumn('plan_ids', 'text', (col) => col.notNull())
    .addColumn('handset_ids', 'text', (col) => col.notNull())
    .addColumn('sort', 'integer', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('handsets')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('brand', 'text', (col) => col.notNull())
    .addColumn('model', 'text', (col) => col.notNull())
    .addColumn('year', 'integer', (col) => col.notNull())
    .addColumn('network', 'text', (col) => col.notNull())
    .addColumn('wcdma_bands', 'text', (col) => col.notNull())
    .addColumn('screen_in', 'double precision')
    .addColumn('resolution', 'text')
    .addColumn('camera_mp', 'double precision')
    .addColumn('front_camera', 'text', (col) => col.notNull())
    .addColumn('battery_mah', 'integer')
    .addColumn('os', 'text')
    .addColumn('storage', 'text')
    .addColumn('ram', 'text')
    .addColumn('weight_g', 'double precision')
    .addColumn('colours', 'text', (col) => col.notNull())
    .addColumn('price_fen', 'bigint', (col) => col.notNull())
    .addColumn('source_url', 'text')
    .execute();

  await db.schema
    .createTable('plans')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('name_zh', 'text', (col) => col.notNull())
    .addColumn('name_en', 'text', (col) => col.notNull())
    .addColumn('monthly_fee_fen', 'bigint', (col) => col.notNull())
    .addColumn('voice_minutes', 'integer', (col) => col.notNull())
    .addColumn('data_mb', 'integer', (col) => col.notNull())
    .addColumn('sms', 'integer', (col) => col.notNull())
    .addColumn('video_call_minutes', 'integer', (col) => col.notNull())
    .addColumn('contract_months', 'integer', (col) => col.notNull())
    .addColumn('handset_subsidy_fen', 'bigint', (col) => col.notNull())
    .addColumn('sort', 'integer', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('numbers')
    .addColumn('number', 'text', (col) => col.primaryKey())
    .addColumn('store_id', 'text', (col) => col.notNull().references('stores.id'))
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('price_fen', 'bigint', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('numbers_store_status_price')
    .on('numbers')
    .columns(['store_id', 'status', 'price_fen'])
    .execute();

  await db.schema
    .createTable('stock')
    .addColumn('store_id', 'text', (col) => col.notNull().references('stores.id'))
    .addColumn('handset_id', 'text', (col) => col.notNull().references('handsets.id'))
    .addColumn('quantity', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('stock_pk', ['store_id', 'handset_id'])
    .execute();

  await withAutoIncrementKey(db.schema.createTable('changes'), 'seq', dialect)
    .addColumn('entity', 'text', (col) => col.notNull())
    .addColumn('key', 'text', (col) => col.notNull())
    .addColumn('op', 'text', (col) => col.notNull())
    .addColumn('data', 'text')
    .addColumn('store_id', 'text', (col) => col.references('stores.id'))
    .addColumn('created_at', 'bigint', (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'changes',
    'stock',
    'numbers',
    'plans',
    'handsets',
    'experiences',
    'zones',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
