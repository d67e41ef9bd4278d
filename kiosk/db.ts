import Dexie, { type Table, type Transaction } from 'dexie';
import { z } from 'zod';
import {
  bundleSchema,
  clerkBadgeSchema,
  contentVersionSchema,
  enrolResponseSchema,
  experienceSchema,
  handsetSchema,
  handsetStockSchema,
  maskIdNumber,
  maskName,
  maskPhone,
  mutationTypes,
  orderDraftSchema,
  planSchema,
  poolNumberSchema,
  pushStatusSchema,
  serviceSchema,
  storeSchema,
  zoneSchema,
  type Bundle,
  type ClerkBadge,
  type Experience,
  type Handset,
  type HandsetStock,
  type Plan,
  type PoolNumber,
  type Service,
  type Store,
  type ContentVersion,
  type Customer,
  type OrderConsent,
  type OrderDraft,
  type Zone,
} from '../shared';
import { kioskDatabaseName } from './dbName';

/**
 * The kiosk's one IndexedDB database. Every table's record has a zod schema below: whatever is
 * read back passes it (see restore.ts), because a record written by an older version or a
 * half-broken disk must never reach a view.
 */

/* ---------- meta: small key/value facts about this device ---------- */

export const deviceIdentitySchema = enrolResponseSchema;
export type DeviceIdentity = z.infer<typeof deviceIdentitySchema>;

/** The content version on screen: the marker's version plus where it sits in the change log. */
export const shownVersionSchema = contentVersionSchema.extend({
  /** Seq of the version's marker; 0 for content pulled before versions existed. */
  seq: z.number().int().min(0),
  shownAt: z.number().int().min(0),
});
export type ShownVersion = z.infer<typeof shownVersionSchema>;

/** This kiosk's clock against the server's, measured at every push (never shown to customers). */
export const clockEstimateSchema = z.object({
  /** Server time minus kiosk time, in ms. */
  offsetMs: z.number().int(),
  roundTripMs: z.number().int().min(0),
  measuredAt: z.number().int().min(0),
});
export type ClockEstimate = z.infer<typeof clockEstimateSchema>;

/** Who runs the sync pass when Web Locks are missing (see sync/syncLock.ts). */
export const syncLeaseSchema = z.object({
  holder: z.string(),
  expiresAt: z.number().int().min(0),
});
export type SyncLease = z.infer<typeof syncLeaseSchema>;

export const metaSchemas = {
  identity: deviceIdentitySchema,
  cursor: z.number().int().min(0),
  lastPullAt: z.number().int().min(0),
  lastPushAt: z.number().int().min(0),
  contentVersion: shownVersionSchema,
  clock: clockEstimateSchema,
  syncLease: syncLeaseSchema,
} as const;
export type MetaKey = keyof typeof metaSchemas;
export type MetaValue<K extends MetaKey> = z.infer<(typeof metaSchemas)[K]>;
export interface MetaRow {
  key: MetaKey;
  value: unknown;
}

/* ---------- orders: what the customer confirmed, as this kiosk saw it ---------- */

export const localOrderStatusSchema = z.enum(['queued', 'sent', 'conflict', 'rejected']);
export type LocalOrderStatus = z.infer<typeof localOrderStatusSchema>;

/** Once the server has answered, only the masked form of the customer stays on the kiosk. */
const maskedCustomerSchema = z.object({
  name: z.string(),
  idNumber: z.string(),
  phone: z.string(),
});

export const serverAnswerSchema = z.object({
  status: pushStatusSchema,
  reason: z.string().nullable(),
  alternatives: z.array(z.string()),
  answeredAt: z.number().int().min(0),
});
export type ServerAnswer = z.infer<typeof serverAnswerSchema>;

export const localOrderSchema = z.discriminatedUnion('masked', [
  orderDraftSchema.extend({
    masked: z.literal(false),
    status: localOrderStatusSchema,
    answer: serverAnswerSchema.nullable(),
  }),
  orderDraftSchema.extend({
    customer: maskedCustomerSchema,
    masked: z.literal(true),
    status: localOrderStatusSchema,
    answer: serverAnswerSchema.nullable(),
  }),
]);
export type LocalOrder = z.infer<typeof localOrderSchema>;

/* ---------- outbox: mutations waiting for the server's per-mutation answer ---------- */

export const outboxEntrySchema = z.object({
  id: z.uuid(),
  type: z.enum(mutationTypes as [string, ...string[]]),
  payload: z.unknown(),
  createdAt: z.number().int().min(0),
  attempts: z.number().int().min(0).default(0),
  lastError: z.string().nullable().default(null),
});
export type OutboxEntry = z.infer<typeof outboxEntrySchema>;

/** Mutations the server would not apply (or the kiosk could not read): kept, never dropped. */
export const rejectedEntrySchema = z.object({
  id: z.string(),
  type: z.string(),
  payload: z.unknown(),
  createdAt: z.number().int().min(0),
  status: z.enum(['conflict', 'rejected', 'unreadable']),
  reason: z.string(),
  alternatives: z.array(z.string()),
  settledAt: z.number().int().min(0),
});
export type RejectedEntry = z.infer<typeof rejectedEntrySchema>;

/* ---------- staging: content of versions this kiosk cannot show yet ---------- */

/** Entities HQ publishes in versions; numbers, stock and clerks are live and apply at once. */
export const versionedEntities = [
  'store',
  'zone',
  'experience',
  'handset',
  'plan',
  'service',
  'bundle',
] as const;
export type VersionedEntity = (typeof versionedEntities)[number];

/** A pulled change of a versioned entity, kept until its version can be shown whole. */
export const stagedChangeSchema = z.object({
  seq: z.number().int().positive(),
  entity: z.enum(versionedEntities),
  key: z.string().min(1),
  op: z.enum(['put', 'delete']),
  data: z.unknown(),
});
export type StagedChange = z.infer<typeof stagedChangeSchema>;

/** A version whose marker arrived but which is not on screen yet (media still coming). */
export const pendingVersionSchema = z.object({
  seq: z.number().int().positive(),
  version: contentVersionSchema,
  receivedAt: z.number().int().min(0),
});
export type PendingVersion = z.infer<typeof pendingVersionSchema>;

/** Schemas of the content tables, keyed as in shared/catalogue.ts. */
export const contentSchemas = {
  stores: storeSchema,
  zones: zoneSchema,
  experiences: experienceSchema,
  handsets: handsetSchema,
  plans: planSchema,
  services: serviceSchema,
  bundles: bundleSchema,
  numbers: poolNumberSchema,
  stock: handsetStockSchema,
  clerks: clerkBadgeSchema,
} as const;

export { kioskDatabaseName };

/** What a kiosk upgraded from schema 1 shows until the first published version is whole. */
export const unversionedContent: ContentVersion = {
  id: 'unversioned',
  publishedAt: 0,
  note: 'Content pulled before content versions',
  media: [],
  storeIds: null,
};

/** Once the server has an order, the kiosk keeps only this (shared/id-number.ts masks). */
export function maskCustomer(customer: Customer): Customer {
  return {
    name: maskName(customer.name),
    idNumber: maskIdNumber(customer.idNumber),
    phone: maskPhone(customer.phone),
  };
}

export class KioskDatabase extends Dexie {
  meta!: Table<MetaRow, MetaKey>;
  stores!: Table<Store, string>;
  zones!: Table<Zone, string>;
  experiences!: Table<Experience, string>;
  handsets!: Table<Handset, string>;
  plans!: Table<Plan, string>;
  numbers!: Table<PoolNumber, string>;
  stock!: Table<HandsetStock, string>;
  services!: Table<Service, string>;
  bundles!: Table<Bundle, string>;
  clerks!: Table<ClerkBadge, string>;
  orders!: Table<LocalOrder, string>;
  outbox!: Table<OutboxEntry, string>;
  rejected!: Table<RejectedEntry, string>;
  staged!: Table<StagedChange, number>;
  pendingVersions!: Table<PendingVersion, number>;

  constructor(name = kioskDatabaseName) {
    super(name);
    // Version 1. A later schema adds `this.version(2).stores(...).upgrade(...)`; never edit this.
    this.version(1).stores({
      meta: '&key',
      stores: '&id',
      zones: '&id, sort',
      experiences: '&id, zoneId, sort',
      handsets: '&id, brand, priceFen',
      plans: '&id, sort',
      numbers: '&number, storeId, status',
      stock: '&id, storeId, handsetId',
      orders: '&id, status, createdAt',
      outbox: '&id, createdAt, type',
      rejected: '&id, settledAt',
    });
    // Version 2: content versions (staging and pending markers), orders first in the outbox.
    this.version(2)
      .stores({
        staged: '&seq',
        pendingVersions: '&seq',
        outbox: '&id, createdAt, type, [type+createdAt]',
      })
      .upgrade(upgradeToContentVersions);
    // Version 3: value-added services and gift boxes (versioned content), the store's clerk
    // badges (live, looked up offline by badge). New tables only: nothing to move.
    this.version(3).stores({
      services: '&id, sort',
      bundles: '&id, sort, handsetId',
      clerks: '&id, badge, storeId',
    });
    // Version 4: orders carry the customer's consent; the ones queued before get it (below).
    this.version(4).stores({}).upgrade(recordConsentOfQueuedOrders);
  }
}

/**
 * Every kiosk order has needed the consent ticked, always under the first wording, but until
 * version 4 the tick was not sent and the server now refuses an order without it. An order
 * still waiting gets that wording, dated by the order's own time: the tick came just before.
 */
async function recordConsentOfQueuedOrders(tx: Transaction): Promise<void> {
  const consent = (createdAt: unknown): OrderConsent => ({
    textVersion: 'order-consent-1',
    givenAt: typeof createdAt === 'number' ? createdAt : 0,
  });
  await tx
    .table('outbox')
    .filter((entry: OutboxEntry) => entry.type === 'order.place')
    .modify((entry: { payload: Partial<OrderDraft> | null }) => {
      if (entry.payload && !entry.payload.consent) {
        entry.payload.consent = consent(entry.payload.createdAt);
      }
    });
  await tx
    .table('orders')
    .filter((order: Partial<LocalOrder>) => !order.consent)
    .modify((order: Partial<LocalOrder>) => {
      order.consent = consent(order.createdAt);
    });
}

/**
 * Moving to version 2 keeps every outbox entry and order as it is. A kiosk that already shows
 * content keeps showing it (as the version "before versions") until HQ's next version is whole,
 * and an order the server already answered keeps only the masked form of its customer.
 */
async function upgradeToContentVersions(tx: Transaction): Promise<void> {
  const [zones, handsets, cursorRow] = await Promise.all([
    tx.table('zones').count(),
    tx.table('handsets').count(),
    tx.table('meta').get('cursor'),
  ]);
  if (zones + handsets > 0) {
    const cursor = metaSchemas.cursor.safeParse((cursorRow as MetaRow | undefined)?.value);
    const legacy: ShownVersion = {
      ...unversionedContent,
      seq: cursor.success ? cursor.data : 0,
      shownAt: Date.now(),
    };
    await tx.table('meta').put({ key: 'contentVersion', value: legacy });
  }
  await tx
    .table('orders')
    .filter((order: LocalOrder) => !order.masked && order.status === 'sent')
    .modify((order: LocalOrder) => {
      order.customer = maskCustomer(order.customer);
      order.masked = true;
    });
}

export async function readMeta<K extends MetaKey>(
  db: KioskDatabase,
  key: K,
): Promise<MetaValue<K> | null> {
  const row = await db.meta.get(key);
  if (!row) return null;
  const parsed = metaSchemas[key].safeParse(row.value);
  if (!parsed.success) {
    console.warn(`[db] ignored an unreadable meta value "${key}"`);
    return null;
  }
  return parsed.data as MetaValue<K>;
}

export function writeMeta<K extends MetaKey>(db: KioskDatabase, key: K, value: MetaValue<K>) {
  return db.meta.put({ key, value });
}

/** Ask the browser not to evict our data under storage pressure (queued orders live here). */
export async function requestPersistentStorage(): Promise<boolean | null> {
  if (typeof navigator === 'undefined' || !navigator.storage?.persist) return null;
  try {
    if (await navigator.storage.persisted()) return true;
    return await navigator.storage.persist();
  } catch {
    return null;
  }
}
