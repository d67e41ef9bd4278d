import { Migrator, sql, type Kysely, type Migration, type MigrationResultSet } from 'kysely';
import { dialectOf } from './dialect';
import * as peopleAndDevices from './migrations/001-people-and-devices';
import * as contentAndChangeLog from './migrations/002-content-and-change-log';
import * as syncAndOrders from './migrations/003-sync-and-orders';
import * as clocksAndContentVersions from './migrations/004-clocks-and-content-versions';
import * as numberBook from './migrations/005-number-book';
import * as bundlesAndOrderLife from './migrations/006-bundles-and-order-life';
import * as commission from './migrations/007-commission';
import * as salesReportIndexes from './migrations/008-sales-report-indexes';
import * as usersAndAudit from './migrations/009-users-and-audit';
import * as commissionDisputes from './migrations/010-commission-disputes';
import * as salesDaily from './migrations/011-sales-daily';
import * as salesStoreDaily from './migrations/012-sales-store-daily';
import * as commissionPeriods from './migrations/013-commission-periods';
import * as analyticsCorrectedTime from './migrations/014-analytics-corrected-time';
import * as orderConflicts from './migrations/015-order-conflicts';
import * as orderConsent from './migrations/016-order-consent';
import * as orderPayment from './migrations/017-order-payment';

/**
 * Listed here rather than read from the folder, so the same code runs under tsx, vitest and a
 * bundler. Names sort in the order they apply; a new migration is a new file and a new line.
 */
const migrations: Record<string, Migration> = {
  '001-people-and-devices': peopleAndDevices,
  '002-content-and-change-log': contentAndChangeLog,
  '003-sync-and-orders': syncAndOrders,
  '004-clocks-and-content-versions': clocksAndContentVersions,
  '005-number-book': numberBook,
  '006-bundles-and-order-life': bundlesAndOrderLife,
  '007-commission': commission,
  '008-sales-report-indexes': salesReportIndexes,
  '009-users-and-audit': usersAndAudit,
  '010-commission-disputes': commissionDisputes,
  '011-sales-daily': salesDaily,
  '012-sales-store-daily': salesStoreDaily,
  '013-commission-periods': commissionPeriods,
  '014-analytics-corrected-time': analyticsCorrectedTime,
  '015-order-conflicts': orderConflicts,
  '016-order-consent': orderConsent,
  '017-order-payment': orderPayment,
};

/** Brings the schema to the latest migration; throws (with the failing name) when one fails. */
export async function migrateToLatest<DB>(db: Kysely<DB>): Promise<MigrationResultSet> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    // Kysely looks for its bookkeeping tables in every schema unless told which one is ours.
    migrationTableSchema: await currentSchema(db),
  });
  const outcome = await migrator.migrateToLatest();
  if (outcome.error) {
    const failed = outcome.results?.find((result) => result.status === 'Error');
    const cause = outcome.error instanceof Error ? outcome.error.message : String(outcome.error);
    throw new Error(`Migration ${failed?.migrationName ?? '(unknown)'} failed: ${cause}`, {
      cause: outcome.error,
    });
  }
  return outcome;
}

async function currentSchema<DB>(db: Kysely<DB>): Promise<string | undefined> {
  if (dialectOf(db) !== 'postgres') return undefined;
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  const schema = rows[0]?.schema;
  if (!schema) throw new Error('PostgreSQL has no current schema: check search_path');
  return schema;
}
