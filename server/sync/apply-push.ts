import {
  parseMutation,
  type PushMutationEnvelope,
  type PushRequest,
  type PushResponse,
  type PushResult,
} from '../../shared';
import { recordClockOffset, recordHeartbeat } from '../devices/devices-repo';
import type { Database, Db } from '../db/schema';
import type { AuthenticatedDevice } from '../http/fastify-types';
import type { Kysely } from 'kysely';
import { insertAnalyticsEvent } from './analytics-repo';
import {
  claimMutation,
  previousAnswer,
  recordOutcome,
  type MutationOutcome,
} from './applied-mutations-repo';
import { placeOrder, type PushContext } from './place-order';

/**
 * Applies a kiosk's batch in ONE transaction. Each mutation is first claimed by its
 * `(device, mutation id)` key; a key seen before gets the stored answer back and changes
 * nothing. A bad payload is that mutation's `rejected`; the rest of the batch still applies.
 */
export async function applyPushBatch(
  db: Kysely<Database>,
  device: AuthenticatedDevice,
  batch: PushRequest,
  receivedAt: number,
): Promise<PushResponse> {
  const context: PushContext = {
    receivedAt,
    clockOffsetMs: batch.sentAt === undefined ? null : receivedAt - batch.sentAt,
  };
  const results = await db.transaction().execute(async (trx) => {
    if (context.clockOffsetMs !== null)
      await recordClockOffset(trx, device.id, context.clockOffsetMs);
    const answers: PushResult[] = [];
    for (const envelope of batch.mutations) {
      answers.push(await applyMutation(trx, device, envelope, context));
    }
    return answers;
  });
  return { results, serverTime: receivedAt };
}

async function applyMutation(
  db: Db,
  device: AuthenticatedDevice,
  envelope: PushMutationEnvelope,
  context: PushContext,
): Promise<PushResult> {
  const key = { deviceId: device.id, mutationId: envelope.id };
  const claimed = await claimMutation(db, {
    ...key,
    type: envelope.type,
    deviceCreatedAt: envelope.createdAt,
    receivedAt: context.receivedAt,
  });
  if (!claimed) return previousAnswer(db, key);
  const outcome = await outcomeOf(db, device, envelope, context);
  await recordOutcome(db, key, outcome);
  return { id: envelope.id, ...outcome };
}

async function outcomeOf(
  db: Db,
  device: AuthenticatedDevice,
  envelope: PushMutationEnvelope,
  context: PushContext,
): Promise<MutationOutcome> {
  const parsed = parseMutation(envelope);
  if (!parsed.ok) return { status: 'rejected', reason: parsed.reason };
  const mutation = parsed.mutation;
  switch (mutation.type) {
    case 'order.place':
      return placeOrder(db, device, mutation, context);
    case 'heartbeat':
      await recordHeartbeat(db, device.id, mutation.payload, mutation.createdAt);
      return { status: 'applied' };
    case 'analytics.event':
      await insertAnalyticsEvent(db, {
        ...mutation.payload,
        deviceId: device.id,
        storeId: device.storeId,
        deviceCreatedAt: mutation.createdAt,
        receivedAt: context.receivedAt,
      });
      return { status: 'applied' };
  }
}
