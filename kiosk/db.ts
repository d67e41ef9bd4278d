import Dexie, { type Table } from 'dexie';
import { z } from 'zod';
import {
  enrolResponseSchema,
  experienceSchema,
  handsetSchema,
  handsetStockSchema,
  mutationTypes,
  orderDraftSchema,
  planSchema,
  poolNumberSchema,
  pushStatusSchema,
  storeSchema,
  zoneSchema,
  type Experience,
  type Handset,
  type HandsetStock,
  type Plan,
  type PoolNumber,
  type Store,
  type Zone,
} from '../shared';

/**
 * The kiosk's one IndexedDB database. Every table's record has a zod schema below: whatever is
 * read back passes it (see restore.ts), because a record written by an older version or a
 * half-broken disk must never reach a view.
 */

/* ---------- meta: small key/value facts about this device ---------- */

export const deviceIdentitySchema = enrolResponseSchema;
export type DeviceIdentity = z.infer<typeof deviceIdentitySchema>;

export const metaSchemas = {
  identity: deviceIdentitySchema,
  cursor: z.number().int().min(0),
  lastPullAt: z.number().int().min(0),
  lastPushAt: z.number().int().min(0),
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

/** Schemas of the content tables, keyed as in shared/catalogue.ts. */
export const contentSchemas = {
  stores: storeSchema,
  zones: zoneSchema,
  experiences: experienceSchema,
  handsets: handsetSchema,
  plans: planSchema,
  numbers: poolNumberSchema,
  stock: handsetStockSchema,
} as const;

export class KioskDatabase extends Dexie {
  meta!: Table<MetaRow, MetaKey>;
  stores!: Table<Store, string>;
  zones!: Table<Zone, string>;
  experiences!: Table<Experience, string>;
  handsets!: Table<Handset, string>;
  plans!: Table<Plan, string>;
  numbers!: Table<PoolNumber, string>;
  stock!: Table<HandsetStock, string>;
  orders!: Table<LocalOrder, string>;
  outbox!: Table<OutboxEntry, string>;
  rejected!: Table<RejectedEntry, string>;

  constructor(name = 'showroom-kiosk') {
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
  }
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
