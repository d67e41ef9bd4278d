import type { Kysely } from 'kysely';

/**
 * The consent a customer ticks on the kiosk is recorded with the order: which wording they were
 * shown (`consent_text_version`, a key of `orderConsentTexts` in shared/order-consent.ts) and
 * when they ticked it by the kiosk's clock (`consent_given_at`). Orders placed before stay null
 * in both: the kiosk asked for the tick then too, but did not send it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('orders').addColumn('consent_text_version', 'text').execute();
  await db.schema.alterTable('orders').addColumn('consent_given_at', 'bigint').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('orders').dropColumn('consent_given_at').execute();
  await db.schema.alterTable('orders').dropColumn('consent_text_version').execute();
}
