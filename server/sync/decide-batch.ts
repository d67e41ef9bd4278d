import type { Insertable } from 'kysely';
import { correctOrderTime } from '../../shared';
import type {
  Heartbeat,
  Mutation,
  OrderDraft,
  PushMutationEnvelope,
  PushResult,
} from '../../shared';
import type { AnalyticsEventsTable, NewOrderRow, OrderEventsTable } from '../db/schema';
import type { AuthenticatedDevice } from '../http/fastify-types';
import {
  appliedMutationRow,
  type AppliedMutationRow,
  type MutationOutcome,
} from './applied-mutations-repo';
import {
  decideOrder,
  type ConflictFacts,
  type OrderLookups,
  type PushContext,
} from './place-order';

export type ParsedMutation = { ok: true; mutation: Mutation } | { ok: false; reason: string };

/** Everything a batch will write, decided in memory before the first write. */
export interface BatchPlan {
  /** One per mutation, in batch order (read them with `answersOf` once alternatives are in). */
  slots: ({ answer: PushResult } | { repeats: PushResult })[];
  /** New rows of `applied_mutations`, one per mutation id not seen before. */
  records: { row: AppliedMutationRow; answer: PushResult }[];
  orders: NewOrderRow[];
  orderEvents: Insertable<OrderEventsTable>[];
  analytics: Insertable<AnalyticsEventsTable>[];
  /** The batch's newest heartbeat (device time); older ones change nothing. */
  heartbeat: { heartbeat: Heartbeat; deviceTime: number } | null;
  sales: { number: string; priceFen: number }[];
  /**
   * Order conflicts, each recorded in the store's conflict queue; a lost number's answer also
   * gets up to five available numbers of its tier (`facts.tierId` null: the store has no such
   * number; the tier is read from the rules in force).
   */
  conflicts: {
    answer: PushResult;
    facts: ConflictFacts;
    draft: OrderDraft;
    row: AppliedMutationRow;
  }[];
}

/**
 * Decides every mutation of the batch in batch order, as if applied one by one: a mutation id
 * seen before gets its stored answer; the same id twice in one batch is answered once and
 * repeated; two orders for one number, the first wins.
 */
export function decideBatch(
  device: AuthenticatedDevice,
  envelopes: readonly PushMutationEnvelope[],
  parsed: readonly ParsedMutation[],
  previous: ReadonlyMap<string, PushResult>,
  lookups: OrderLookups,
  context: PushContext,
): BatchPlan {
  const plan: BatchPlan = {
    slots: [],
    records: [],
    orders: [],
    orderEvents: [],
    analytics: [],
    heartbeat: null,
    sales: [],
    conflicts: [],
  };
  const claims = { orderIds: new Set<string>(), numbers: new Set<string>() };
  const decidedHere = new Map<string, PushResult>();

  envelopes.forEach((envelope, i) => {
    const stored = previous.get(envelope.id);
    if (stored) {
      plan.slots.push({ answer: stored });
      return;
    }
    const earlier = decidedHere.get(envelope.id);
    if (earlier) {
      plan.slots.push({ repeats: earlier });
      return;
    }
    const parse = parsed[i];
    let outcome: MutationOutcome;
    let conflict: { facts: ConflictFacts; draft: OrderDraft } | undefined;
    if (!parse || !parse.ok) {
      outcome = { status: 'rejected', reason: parse?.reason ?? 'payload: missing' };
    } else {
      const mutation = parse.mutation;
      switch (mutation.type) {
        case 'order.place': {
          const decision = decideOrder(device, mutation, lookups, claims, context);
          outcome = decision.outcome;
          if ('order' in decision) {
            plan.orders.push(decision.order);
            plan.orderEvents.push({
              order_id: decision.order.id,
              status: 'received',
              actor: `device:${device.id}`,
              at: context.receivedAt,
            });
            if (decision.sale) plan.sales.push(decision.sale);
          } else if ('conflict' in decision) {
            conflict = { facts: decision.conflict, draft: mutation.payload };
          }
          break;
        }
        case 'heartbeat':
          // `>=`: of two heartbeats with one device time, the later in the batch wins.
          if (!plan.heartbeat || mutation.createdAt >= plan.heartbeat.deviceTime) {
            plan.heartbeat = { heartbeat: mutation.payload, deviceTime: mutation.createdAt };
          }
          outcome = { status: 'applied' };
          break;
        case 'analytics.event':
          plan.analytics.push({
            device_id: device.id,
            store_id: device.storeId,
            name: mutation.payload.name,
            zone_id: mutation.payload.zoneId,
            experience_id: mutation.payload.experienceId,
            detail: mutation.payload.detail,
            device_created_at: mutation.createdAt,
            received_at: context.receivedAt,
            corrected_at: correctOrderTime({
              deviceTime: mutation.createdAt,
              offsetMs: context.clockOffsetMs,
              receivedAt: context.receivedAt,
            }).correctedAt,
          });
          outcome = { status: 'applied' };
          break;
      }
    }
    const answer: PushResult = { id: envelope.id, ...outcome };
    decidedHere.set(envelope.id, answer);
    const row = appliedMutationRow(
      { deviceId: device.id, mutationId: envelope.id, type: envelope.type },
      { deviceCreatedAt: envelope.createdAt, receivedAt: context.receivedAt },
      outcome,
    );
    plan.slots.push({ answer });
    plan.records.push({ row, answer });
    if (conflict) plan.conflicts.push({ answer, row, ...conflict });
  });
  return plan;
}

/** The batch's answers in order; a mutation id repeated within the batch answers as a retry. */
export function answersOf(plan: BatchPlan): PushResult[] {
  return plan.slots.map((slot) => {
    if ('answer' in slot) return slot.answer;
    const first = slot.repeats;
    return first.status === 'applied'
      ? { id: first.id, status: 'duplicate', ...(first.result ? { result: first.result } : {}) }
      : first;
  });
}
