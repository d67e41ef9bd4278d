import { sql } from 'kysely';
import { numberHoldMs, type NumberHold } from '../../shared';
import { inBatches } from '../db/batches';
import { dialectOf } from '../db/dialect';
import type { Db } from '../db/schema';

export type HoldRefusal = 'notInStore' | 'unavailable' | 'held';

/**
 * Takes or renews `deviceId`'s lease on a number of its store, in a transaction of its own.
 * The holds' primary key is the arbiter between kiosks: the upsert replaces a row only when it
 * is this device's own or has expired, so of two kiosks racing (on any server process) exactly
 * one gets the row. The number's row lock (PostgreSQL) orders the hold against a sale: a sale
 * first leaves the number sold; a hold first is seen by the sale, which then gives way.
 */
export async function takeHold(
  db: Db,
  request: { number: string; storeId: string; deviceId: string; now: number },
): Promise<NumberHold | HoldRefusal> {
  return db.transaction().execute((trx) => takeHoldIn(trx, request));
}

async function takeHoldIn(
  db: Db,
  request: { number: string; storeId: string; deviceId: string; now: number },
): Promise<NumberHold | HoldRefusal> {
  const pooled = await db
    .selectFrom('numbers')
    .select('status')
    .where('number', '=', request.number)
    .where('store_id', '=', request.storeId)
    .$if(dialectOf(db) === 'postgres', (query) => query.forUpdate())
    .executeTakeFirst();
  if (!pooled) return 'notInStore';
  if (pooled.status !== 'available') return 'unavailable';
  const expiresAt = request.now + numberHoldMs;
  const taken = await db
    .insertInto('number_holds')
    .values({
      number: request.number,
      store_id: request.storeId,
      device_id: request.deviceId,
      taken_at: request.now,
      expires_at: expiresAt,
    })
    .onConflict((conflict) =>
      conflict
        .column('number')
        .doUpdateSet({
          device_id: (eb) => eb.ref('excluded.device_id'),
          store_id: (eb) => eb.ref('excluded.store_id'),
          taken_at: sql`case when number_holds.device_id = excluded.device_id then number_holds.taken_at else excluded.taken_at end`,
          expires_at: (eb) => eb.ref('excluded.expires_at'),
        })
        .where((eb) =>
          eb.or([
            eb('number_holds.device_id', '=', request.deviceId),
            eb('number_holds.expires_at', '<=', request.now),
          ]),
        ),
    )
    .returning(['number', 'device_id', 'expires_at'])
    .executeTakeFirst();
  if (!taken) return 'held';
  return { number: taken.number, deviceId: taken.device_id, expiresAt: taken.expires_at };
}

/** Releases the device's own lease; another kiosk's lease, or none, is left alone. */
export async function releaseHold(db: Db, number: string, deviceId: string): Promise<void> {
  await db
    .deleteFrom('number_holds')
    .where('number', '=', number)
    .where('device_id', '=', deviceId)
    .execute();
}

/** Live leases among `numbers`: number → the device holding it. */
export async function liveHolds(
  db: Db,
  numbers: readonly string[],
  now: number,
): Promise<Map<string, string>> {
  const holders = new Map<string, string>();
  for (const part of inBatches(numbers, 1000)) {
    const rows = await db
      .selectFrom('number_holds')
      .select(['number', 'device_id'])
      .where('number', 'in', part)
      .where('expires_at', '>', now)
      .execute();
    for (const row of rows) holders.set(row.number, row.device_id);
  }
  return holders;
}

/** A sold number holds nothing any more: its lease (the buyer's, or an expired one) goes. */
export async function dropHolds(db: Db, numbers: readonly string[]): Promise<void> {
  for (const part of inBatches(numbers, 1000)) {
    await db.deleteFrom('number_holds').where('number', 'in', part).execute();
  }
}
