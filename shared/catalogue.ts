import { z } from 'zod';
import { experienceContentSchema } from './experience-content';
import { fenSchema, idSchema, localTextSchema } from './text';

export const zoneKeys = ['business', 'travel', 'entertainment', 'life', 'trend'] as const;
export const zoneKeySchema = z.enum(zoneKeys);
export type ZoneKey = z.infer<typeof zoneKeySchema>;

const colourSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'A colour is #rrggbb');
/** Media paths are same-origin and relative to the site root, never a foreign URL. */
export const mediaPathSchema = z
  .string()
  .max(300)
  .regex(/^\/media\/[A-Za-z0-9_./-]+$/, 'Media lives under /media/')
  .refine((path) => !path.includes('..'), 'No .. in media paths');

export const zoneSchema = z.object({
  id: idSchema,
  key: zoneKeySchema,
  name: localTextSchema,
  tagline: localTextSchema,
  accent: colourSchema,
  sort: z.number().int(),
});
export type Zone = z.infer<typeof zoneSchema>;

export const experienceSchema = z.object({
  id: idSchema,
  zoneId: idSchema,
  /** Which simulation the kiosk runs, e.g. `video-call`, `mobile-tv`, `stocks`. */
  kind: z.string().min(1).max(40),
  title: localTextSchema,
  summary: localTextSchema,
  media: mediaPathSchema.nullable(),
  planIds: z.array(idSchema).max(20),
  handsetIds: z.array(idSchema).max(20),
  sort: z.number().int(),
  /**
   * What the simulation shows (inbox, quotes, timetables…), published with the experience.
   * Optional: records from before it existed still restore, and show the experience without it.
   */
  content: experienceContentSchema.nullable().optional(),
});
export type Experience = z.infer<typeof experienceSchema>;

export const handsetSchema = z.object({
  id: idSchema,
  brand: z.string().min(1).max(50),
  model: z.string().min(1).max(100),
  year: z.number().int().min(2000).max(2100),
  network: z.string().max(100),
  wcdmaBands: z.array(z.number().int().positive()).max(10),
  screenIn: z.number().positive().nullable(),
  resolution: z.string().max(20).nullable(),
  cameraMp: z.number().nonnegative().nullable(),
  frontCamera: z.enum(['yes', 'no', 'unknown']),
  batteryMah: z.number().int().positive().nullable(),
  os: z.string().max(200).nullable(),
  storage: z.string().max(100).nullable(),
  ram: z.string().max(100).nullable(),
  weightG: z.number().positive().nullable(),
  colours: z.array(z.string().max(40)).max(20),
  priceFen: fenSchema,
  /** Two SIM slots; records from before it existed are single-SIM. */
  dualSim: z.boolean().default(false),
  /** Provenance of the specifications (the dataset row). */
  sourceUrl: z.string().max(300).nullable(),
});
export type Handset = z.infer<typeof handsetSchema>;

export const planSchema = z.object({
  id: idSchema,
  name: localTextSchema,
  monthlyFeeFen: fenSchema,
  voiceMinutes: z.number().int().nonnegative(),
  dataMb: z.number().int().nonnegative(),
  sms: z.number().int().nonnegative(),
  videoCallMinutes: z.number().int().nonnegative(),
  contractMonths: z.number().int().nonnegative().max(60),
  /** Handset subsidy granted when the plan is taken with a contract, in fen. */
  handsetSubsidyFen: fenSchema,
  sort: z.number().int(),
});
export type Plan = z.infer<typeof planSchema>;

/** The kinds of value-added service a store sells on top of a plan. */
export const serviceKinds = ['ringback', 'mail', 'bankAlerts', 'secondNumber', 'other'] as const;

/** A value-added service: billed monthly with the plan; the first month is paid at the counter. */
export const serviceSchema = z.object({
  id: idSchema,
  kind: z.enum(serviceKinds),
  name: localTextSchema,
  summary: localTextSchema,
  monthlyFeeFen: fenSchema,
  sort: z.number().int(),
});
export type Service = z.infer<typeof serviceSchema>;

/** Something a gift box holds besides the handset and services: a case, a memory card. */
export const bundleGiftSchema = z.object({
  name: localTextSchema,
  /** What it would cost on its own, in fen: part of the saving shown. */
  valueFen: fenSchema,
});
export type BundleGift = z.infer<typeof bundleGiftSchema>;

/**
 * A gift box: a handset, its gifts and services sold together at `priceFen`, which replaces
 * the handset's price, the gifts' value and the services' first month. A bundle may require
 * a plan (then the customer takes that plan, billed as usual, without handset subsidy).
 */
export const bundleSchema = z.object({
  id: idSchema,
  name: localTextSchema,
  summary: localTextSchema,
  handsetId: idSchema,
  planId: idSchema.nullable(),
  serviceIds: z.array(idSchema).max(10),
  gifts: z.array(bundleGiftSchema).max(10),
  priceFen: fenSchema,
  sort: z.number().int(),
});
export type Bundle = z.infer<typeof bundleSchema>;

/**
 * A clerk as the kiosks of their store know them: the badge a clerk types to attach
 * themself to a customer's session, and the name the customer sees. Nothing else.
 */
export const clerkBadgeSchema = z.object({
  id: idSchema,
  storeId: idSchema,
  badge: z.string().regex(/^\d{4,8}$/, 'A badge number has 4 to 8 digits'),
  displayName: z.string().min(1).max(100),
});
export type ClerkBadge = z.infer<typeof clerkBadgeSchema>;

export const numberStatusSchema = z.enum(['available', 'held', 'sold', 'withdrawn']);
export type NumberStatus = z.infer<typeof numberStatusSchema>;

export const phoneNumberSchema = z.string().regex(/^1\d{10}$/, 'A mobile number has 11 digits');

export const poolNumberSchema = z.object({
  number: phoneNumberSchema,
  storeId: idSchema,
  status: numberStatusSchema,
  /** Deposit or price of the number itself, in fen (0 for an ordinary number). */
  priceFen: fenSchema,
  /** Its tier under the rules in force (`shared/numbers/tiers.ts`); older rows are ordinary. */
  tierId: z.string().default('ordinary'),
  /** The least monthly plan fee a customer must take with this number. */
  minPlanFeeFen: fenSchema.default(0),
});
export type PoolNumber = z.infer<typeof poolNumberSchema>;

export const handsetStockSchema = z.object({
  id: idSchema,
  storeId: idSchema,
  handsetId: idSchema,
  quantity: z.number().int().nonnegative(),
});
export type HandsetStock = z.infer<typeof handsetStockSchema>;
