import { z } from 'zod';
import {
  mediaPathSchema,
  experienceSchema,
  handsetSchema,
  bundleSchema,
  clerkBadgeSchema,
  handsetStockSchema,
  planSchema,
  serviceSchema,
  poolNumberSchema,
  zoneSchema,
} from './catalogue';
import { orderDraftSchema } from './order';
import { storeSchema } from './people';
import { epochMsSchema, idSchema } from './text';

/* ---------- Pull: the server's change log, read with a cursor ---------- */

/** Position in the server's change log; 0 means "from the beginning". */
export const cursorSchema = z.coerce.number().int().min(0);

export const pullQuerySchema = z.object({
  since: cursorSchema.default(0),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});
export type PullQuery = z.infer<typeof pullQuerySchema>;

function changeOf<E extends string, S extends z.ZodType>(entity: E, data: S) {
  return z.object({
    seq: z.number().int().positive(),
    entity: z.literal(entity),
    key: z.string().min(1).max(64),
    op: z.enum(['put', 'delete']),
    /** The entity for `put`; null for `delete` (a tombstone). */
    data: data.nullable(),
  });
}

/** A file a published version needs on the kiosk, checked by hash before the version is shown. */
export const versionMediaSchema = z.object({
  path: mediaPathSchema,
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().min(0),
});
export type VersionMedia = z.infer<typeof versionMediaSchema>;

/**
 * The marker that closes a published content version in the change log: the changes before it
 * (since the previous marker) make up the version, and `media` lists every file it needs.
 * A kiosk shows a version only once it holds all of its changes and all of its media.
 */
export const contentVersionSchema = z.object({
  id: z.string().min(1).max(64),
  publishedAt: epochMsSchema,
  note: z.string().max(200),
  media: z.array(versionMediaSchema).max(1000),
  /** null: every store. */
  storeIds: z.array(idSchema).nullable(),
});
export type ContentVersion = z.infer<typeof contentVersionSchema>;

export const changeSchema = z.discriminatedUnion('entity', [
  changeOf('store', storeSchema),
  changeOf('zone', zoneSchema),
  changeOf('experience', experienceSchema),
  changeOf('handset', handsetSchema),
  changeOf('plan', planSchema),
  changeOf('number', poolNumberSchema),
  changeOf('stock', handsetStockSchema),
  changeOf('bundle', bundleSchema),
  changeOf('service', serviceSchema),
  changeOf('clerk', clerkBadgeSchema),
  changeOf('version', contentVersionSchema),
]);
export type Change = z.infer<typeof changeSchema>;
export type ChangeEntity = Change['entity'];
export const changeEntities = [
  'store',
  'zone',
  'experience',
  'handset',
  'plan',
  'number',
  'stock',
  'bundle',
  'service',
  'clerk',
  'version',
] as const satisfies readonly ChangeEntity[];

export const pullResponseSchema = z.object({
  changes: z.array(changeSchema),
  /** Pass back as `since` to read the next page. */
  cursor: z.number().int().min(0),
  more: z.boolean(),
});
export type PullResponse = z.infer<typeof pullResponseSchema>;

/* ---------- Push: the device's outbox, applied at most once per mutation id ---------- */

export const heartbeatSchema = z.object({
  appVersion: z.string().max(40),
  contentCursor: z.number().int().min(0),
  outboxDepth: z.number().int().min(0),
  lastSyncAt: epochMsSchema.nullable(),
  storageUsage: z.number().int().min(0).nullable(),
  storageQuota: z.number().int().min(0).nullable(),
  persisted: z.boolean().nullable(),
});
export type Heartbeat = z.infer<typeof heartbeatSchema>;

export const analyticsEventSchema = z.object({
  name: z.enum([
    'zone.viewed',
    'experience.started',
    'experience.finished',
    'getThis.tapped',
    'funnel.step',
  ]),
  zoneId: idSchema.nullable(),
  experienceId: idSchema.nullable(),
  detail: z.string().max(100).nullable(),
});
export type AnalyticsEvent = z.infer<typeof analyticsEventSchema>;

/** Payload schema of each mutation type: the server parses `payload` with the one that matches. */
export const mutationPayloadSchemas = {
  'order.place': orderDraftSchema,
  heartbeat: heartbeatSchema,
  'analytics.event': analyticsEventSchema,
} as const;
export type MutationType = keyof typeof mutationPayloadSchemas;
export const mutationTypes = Object.keys(mutationPayloadSchemas) as MutationType[];

export type MutationOf<T extends MutationType> = {
  id: string;
  type: T;
  payload: z.infer<(typeof mutationPayloadSchemas)[T]>;
  createdAt: number;
};
export type Mutation = { [T in MutationType]: MutationOf<T> }[MutationType];

/**
 * The envelope is validated strictly (a bad envelope is a 400 and nothing is written);
 * each payload is validated on its own, so one bad mutation is `rejected` without
 * holding back the rest of its batch.
 */
export const pushMutationEnvelopeSchema = z.object({
  id: z.uuid(),
  type: z.string().min(1).max(40),
  payload: z.unknown(),
  createdAt: epochMsSchema,
});
export type PushMutationEnvelope = z.infer<typeof pushMutationEnvelopeSchema>;

export const pushRequestSchema = z.object({
  mutations: z.array(pushMutationEnvelopeSchema).min(1).max(500),
  /** The device's clock when it sent the batch: lets the server estimate the clock offset. */
  sentAt: epochMsSchema.optional(),
});
export type PushRequest = z.infer<typeof pushRequestSchema>;

export const pushStatusSchema = z.enum(['applied', 'duplicate', 'conflict', 'rejected']);
export type PushStatus = z.infer<typeof pushStatusSchema>;

export const pushResultSchema = z.object({
  id: z.uuid(),
  status: pushStatusSchema,
  /** Why a mutation was `conflict` or `rejected`, in words a clerk can read. */
  reason: z.string().optional(),
  /** What applying produced, e.g. `{ orderId, ticket }`; the same on a duplicate. */
  result: z.record(z.string(), z.unknown()).optional(),
  /** Replacement numbers of the same tier, offered on a number conflict. */
  alternatives: z.array(z.string()).optional(),
});
export type PushResult = z.infer<typeof pushResultSchema>;

export const pushResponseSchema = z.object({
  results: z.array(pushResultSchema),
  serverTime: epochMsSchema,
});
export type PushResponse = z.infer<typeof pushResponseSchema>;

/** Parse one mutation's payload by its type; an unknown type or bad payload is a reason string. */
export function parseMutation(
  envelope: PushMutationEnvelope,
): { ok: true; mutation: Mutation } | { ok: false; reason: string } {
  if (!(envelope.type in mutationPayloadSchemas)) {
    return { ok: false, reason: `Unknown mutation type "${envelope.type.slice(0, 40)}"` };
  }
  const type = envelope.type as MutationType;
  const parsed = mutationPayloadSchemas[type].safeParse(envelope.payload);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first?.path.join('.') || 'payload';
    return { ok: false, reason: `${where}: ${first?.message ?? 'invalid'}` };
  }
  return {
    ok: true,
    mutation: {
      id: envelope.id,
      type,
      payload: parsed.data,
      createdAt: envelope.createdAt,
    } as Mutation,
  };
}

/** Exponential backoff with full jitter, for pushes and pulls that failed on the network or a 5xx. */
export function retryDelayMs(attempt: number, random: () => number = Math.random): number {
  const cap = Math.min(60_000, 1_000 * 2 ** Math.min(attempt, 10));
  return Math.round(cap / 2 + (random() * cap) / 2);
}

/** Machine-readable reasons of a `conflict` or `rejected` push result the kiosk may branch on. */
export const pushReasons = {
  /** conflict: the server's prices give other lines or another total; re-price and ask again. */
  priceChanged: 'price_changed',
  /** conflict: the chosen number is sold or not in this store's pool; see `alternatives`. */
  numberUnavailable: 'number_unavailable',
  /** conflict: the number's tier asks for a dearer monthly plan than the order's (or none). */
  numberNeedsPlan: 'number_needs_plan',
  /** rejected: another mutation already placed an order with this order id. */
  duplicateOrder: 'duplicate_order',
  /** rejected: the order names a store other than the device's own. */
  wrongStore: 'wrong_store',
  /** rejected: the handset or plan is not in the catalogue. */
  unknownHandset: 'unknown_handset',
  unknownPlan: 'unknown_plan',
  /** rejected: the gift box or a value-added service is not in the catalogue. */
  unknownBundle: 'unknown_bundle',
  unknownService: 'unknown_service',
  /** rejected: the order's handset, plan or services are not what its gift box holds. */
  bundleMismatch: 'bundle_mismatch',
} as const;
export type PushReason = (typeof pushReasons)[keyof typeof pushReasons];

/**
 * The `conflict` reasons of an order. Each is recorded in the store's conflict queue in the
 * push's transaction, so a clerk settles it with the customer at the counter.
 */
export const orderConflictReasons = [
  pushReasons.priceChanged,
  pushReasons.numberUnavailable,
  pushReasons.numberNeedsPlan,
] as const;
export type OrderConflictReason = (typeof orderConflictReasons)[number];

export function isOrderConflictReason(reason: unknown): reason is OrderConflictReason {
  return (orderConflictReasons as readonly unknown[]).includes(reason);
}
