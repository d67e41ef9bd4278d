import {
  parseMutation,
  type MutationOf,
  type PushRequest,
  type PushResponse,
  type PushResult,
} from '../../shared';
import { sellNumbers } from '../content/numbers-repo';
import { recordDeviceSync, recordHeartbeat } from '../devices/devices-repo';
import { isWriteConflict, lockChangeLog } from '../db/dialect';
import type { Db } from '../db/schema';
import type { AuthenticatedDevice } from '../http/fastify-types';
import { closeConflictsOfPlacedOrders } from '../numbers/conflicts-repo';
import { dropHolds, liveHolds } from '../numbers/holds-repo';
import { insertOrderEvents, insertOrders } from '../orders/orders-repo';
import { addOrdersToRollup } from '../reports/sales-rollup';
import { insertAnalyticsEvents } from './analytics-repo';
import { insertAppliedMutations, previousAnswers } from './applied-mutations-repo';
import { answersOf, decideBatch, type ParsedMutation } from './decide-batch';
import { loadOrderLookups } from './order-lookups';
import type { PushContext } from './place-order';
import { queueConflicts } from './queue-conflicts';

/** Attempts at one batch before the push answers 5xx (and the kiosk retries later). */
const maxAttempts = 5;

/** A number the batch read as available was sold by another transaction before our update. */
class NumberSoldMeanwhile extends Error {}

/**
 * Applies a kiosk's batch in ONE transaction, set-based: a few reads for the whole batch, the
 * decisions in memory in batch order, then one multi-row write per table. Exactly-once rests
 * on the primary keys of `applied_mutations` and `orders`: when a mutation id or order id is
 * taken already (before, or by a concurrent transaction that commits first), or a number we
 * read as available was sold meanwhile, our transaction fails and the whole batch runs again
 * on fresh reads, answering `duplicate` (or `conflict`, `rejected`) this time.
 *
 * The first run reads which mutation ids were seen before (a kiosk's retry is common and
 * should not cost a failed transaction), but leaves a reused order id to the orders' key: a
 * kiosk reuses one only by mistake, and the read of up to 500 order ids is saved on every
 * push. A re-run is careful: it reads which order ids exist too, and reads numbers under the
 * change-log lock.
 */
export async function applyPushBatch(
  db: Db,
  device: AuthenticatedDevice,
  batch: PushRequest,
  receivedAt: number,
): Promise<PushResponse> {
  const measuredOffset = batch.sentAt === undefined ? null : receivedAt - batch.sentAt;
  const context: PushContext = {
    receivedAt,
    clockOffsetMs: measuredOffset ?? device.clockOffsetMs,
  };
  const parsed: ParsedMutation[] = batch.mutations.map(parseMutation);
  const sellsNumbers = parsed.some(
    (p) => p.ok && p.mutation.type === 'order.place' && p.mutation.payload.number !== null,
  );
  for (let attempt = 1; ; attempt++) {
    try {
      const results = await db.transaction().execute(async (trx: Db) => {
        const careful = attempt > 1;
        // A careful run reads numbers under the change-log lock: it cannot lose a race twice.
        if (careful && sellsNumbers) await lockChangeLog(trx);
        return applyOnce(trx, device, batch, parsed, context, { careful, measuredOffset });
      });
      return { results, serverTime: receivedAt };
    } catch (error) {
      const retryable = error instanceof NumberSoldMeanwhile || isWriteConflict(error);
      if (!retryable || attempt >= maxAttempts) throw error;
    }
  }
}

async function applyOnce(
  trx: Db,
  device: AuthenticatedDevice,
  batch: PushRequest,
  parsed: ParsedMutation[],
  context: PushContext,
  run: { careful: boolean; measuredOffset: number | null },
): Promise<PushResult[]> {
  const ids = [...new Set(batch.mutations.map((m) => m.id))];
  const previous = await previousAnswers(trx, device.id, ids);
  const orders = parsed.flatMap((p, i) =>
    p.ok && p.mutation.type === 'order.place' && !previous.has(batch.mutations[i]?.id ?? '')
      ? [p.mutation as MutationOf<'order.place'>]
      : [],
  );
  const lookups = await loadOrderLookups(trx, device.storeId, orders, {
    existingOrders: run.careful,
    now: context.receivedAt,
  });
  const plan = decideBatch(device, batch.mutations, parsed, previous, lookups, context);
  await queueConflicts(trx, device, plan, context.receivedAt);

  await insertAppliedMutations(
    trx,
    plan.records.map((record) => record.row),
  );
  await insertOrders(trx, plan.orders);
  await closeConflictsOfPlacedOrders(trx, plan.orders, {
    deviceId: device.id,
    at: context.receivedAt,
  });
  await insertOrderEvents(trx, plan.orderEvents);
  await insertAnalyticsEvents(trx, plan.analytics);
  await recordDeviceSync(trx, device.id, {
    seenAt: context.receivedAt,
    measuredOffset: run.measuredOffset,
  });
  if (plan.heartbeat) {
    await recordHeartbeat(trx, device.id, plan.heartbeat.heartbeat, plan.heartbeat.deviceTime);
  }
  // Last, so the change-log lock (PostgreSQL) is held only from here to the commit.
  if (plan.sales.length > 0) {
    const sold = await sellNumbers(trx, device.storeId, plan.sales, context.receivedAt);
    if (sold.size !== plan.sales.length) throw new NumberSoldMeanwhile();
    // A hold committed between our read and the numbers' row locks: its kiosk goes first.
    const holders = await liveHolds(
      trx,
      plan.sales.map((sale) => sale.number),
      context.receivedAt,
    );
    if ([...holders.values()].some((holder) => holder !== device.id)) {
      throw new NumberSoldMeanwhile();
    }
    await dropHolds(
      trx,
      plan.sales.map((sale) => sale.number),
    );
  }
  // After the change-log lock, as in every writer: the rollup's shared rows are locked last.
  await addOrdersToRollup(trx, plan.orders);
  return answersOf(plan);
}
