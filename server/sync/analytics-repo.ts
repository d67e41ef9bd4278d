import type { Insertable } from 'kysely';
import { inBatches } from '../db/batches';
import { rowsPerInsert } from '../db/dialect';
import type { AnalyticsEventsTable, Db } from '../db/schema';

export async function insertAnalyticsEvents(
  db: Db,
  events: Insertable<AnalyticsEventsTable>[],
): Promise<void> {
  for (const batch of inBatches(events, rowsPerInsert(9))) {
    await db.insertInto('analytics_events').values(batch).execute();
  }
}
