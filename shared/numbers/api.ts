import { z } from 'zod';
import { phoneNumberSchema } from '../catalogue';
import { orderConflictReasons, type OrderConflictReason } from '../sync';
import { fenSchema, idSchema } from '../text';
import { importRefusalReasons } from './import';
import { tierRulesSchema } from './tiers';

/**
 * The number book's HTTP contract (server/numbers/, kiosk/sync/, admin/numbers/):
 *
 * - `POST /api/numbers/:number/hold` (device token) → 200 `NumberHold`; takes or renews this
 *   kiosk's lease on a number of its own store. 409 `numberHeld` (another kiosk's live lease),
 *   `numberUnavailable` (sold or withdrawn); 404 `numberNotInStore`.
 * - `DELETE /api/numbers/:number/hold` (device token) → 204; releases this kiosk's lease (a
 *   lease of another kiosk, or none, is left alone and still answers 204).
 * - `POST /api/numbers/import` (HQ, or the store's manager) `NumberImportRequest` →
 *   `NumberImportResult`; the accepted rows are added once, priced by the tier rules in force.
 * - `POST /api/numbers/withdraw` (HQ, or the store's manager) `NumberWithdrawRequest` →
 *   `NumberWithdrawResult`; only numbers not sold and not held.
 * - `GET /api/numbers/tier-rules` (any signed-in user) → `TierRulesDocument`;
 *   `PUT /api/numbers/tier-rules` (HQ) `TierRules` → `TierRulesUpdateResult`: every number not
 *   yet sold is re-tiered and re-priced, and the kiosks receive the new prices.
 * - `GET /api/numbers/conflicts?storeId&status` (clerk and manager: own store; HQ: any) →
 *   `{ conflicts: NumberConflict[] }`, oldest first.
 * - `POST /api/numbers/conflicts/:id/resolve` (clerk, manager: own store; HQ) `ConflictResolution`
 *   → `NumberConflict`: `reassign` places the order again with an available number of the
 *   store (sold to it at once), `place` (a price conflict only) places it with its own number
 *   at today's prices once the customer agreed to that total, `cancel` closes it with a note.
 *   Each is priced as a push would price it. 409: resolved already (`conflictResolved`), an
 *   action the reason does not allow (`actionNotAllowed`), today's total is not the agreed one
 *   (`priceMoved`), the number is gone (`numberUnavailable`, `numberHeld`), or the order cannot
 *   be placed (`orderNotPlaceable`).
 */

/** How long a kiosk's hold on a number lasts unless renewed. */
export const numberHoldMs = 5 * 60_000;
/** A kiosk renews its hold this often while the customer's session lives. */
export const numberHoldRenewMs = 60_000;

export const numberHoldSchema = z.object({
  number: phoneNumberSchema,
  deviceId: idSchema,
  expiresAt: z.number().int(),
});
export type NumberHold = z.infer<typeof numberHoldSchema>;

/** Uploads are capped before parsing: 200,000 rows of an 11-digit number fit well within. */
export const maxImportCsvBytes = 4 * 1024 * 1024;

export const numberImportRequestSchema = z.object({
  storeId: idSchema,
  csv: z.string().min(1, 'The file is empty').max(maxImportCsvBytes, 'The file is over 4 MB'),
});
export type NumberImportRequest = z.infer<typeof numberImportRequestSchema>;

export const numberImportResultSchema = z.object({
  storeId: idSchema,
  accepted: z.number().int().nonnegative(),
  refused: z.array(
    z.object({
      line: z.number().int().positive(),
      raw: z.string(),
      reason: z.enum(importRefusalReasons),
      message: z.string(),
      storeId: idSchema.optional(),
      firstLine: z.number().int().positive().optional(),
    }),
  ),
  /** How many accepted numbers fell in each tier. */
  byTier: z.record(z.string(), z.number().int().nonnegative()),
});
export type NumberImportResult = z.infer<typeof numberImportResultSchema>;

export const numberWithdrawRequestSchema = z.object({
  storeId: idSchema,
  numbers: z.array(phoneNumberSchema).min(1).max(10_000),
});
export type NumberWithdrawRequest = z.infer<typeof numberWithdrawRequestSchema>;

export const numberWithdrawResultSchema = z.object({
  withdrawn: z.number().int().nonnegative(),
  skipped: z.array(
    z.object({
      number: phoneNumberSchema,
      reason: z.enum(['notInStore', 'sold', 'held', 'alreadyWithdrawn']),
    }),
  ),
});
export type NumberWithdrawResult = z.infer<typeof numberWithdrawResultSchema>;

export const tierRulesDocumentSchema = z.object({
  rules: tierRulesSchema,
  updatedAt: z.number().int().nullable(),
  updatedBy: z.string().nullable(),
});
export type TierRulesDocument = z.infer<typeof tierRulesDocumentSchema>;

export const tierRulesUpdateResultSchema = z.object({
  /** Numbers not yet sold whose tier or price changed. */
  repriced: z.number().int().nonnegative(),
  updatedAt: z.number().int(),
});
export type TierRulesUpdateResult = z.infer<typeof tierRulesUpdateResultSchema>;

/** `placed`: with its own number at today's prices; `reassigned`: with another number. */
export const conflictStatusSchema = z.enum(['open', 'reassigned', 'placed', 'cancelled']);
export type ConflictStatus = z.infer<typeof conflictStatusSchema>;

export const orderConflictReasonSchema = z.enum(orderConflictReasons);

/**
 * An order the server could not place as the kiosk sent it (its number was sold, its number
 * needs a dearer plan, or its prices are not today's), waiting for a clerk and the customer.
 */
export const numberConflictSchema = z.object({
  /** The order's id (its mutation id). */
  id: idSchema,
  storeId: idSchema,
  deviceId: idSchema,
  ticket: z.string(),
  reason: orderConflictReasonSchema,
  /** The number the customer chose; null when the order has none. */
  number: phoneNumberSchema.nullable(),
  tierId: z.string(),
  /** Masked: the clerk calls the customer back on the contact phone, shown in full. */
  customerName: z.string(),
  contactPhone: z.string(),
  handsetId: idSchema.nullable(),
  planId: idSchema.nullable(),
  /** What the kiosk charged. */
  totalFen: z.number().int(),
  /** `price_changed`: what the store's prices gave for the same order when it was pushed. */
  todayTotalFen: z.number().int().nullable(),
  /**
   * Available numbers when the conflict was recorded: of the lost number's tier, or (the
   * number needs a dearer plan) numbers the order's plan allows; none for a price conflict.
   */
  alternatives: z.array(phoneNumberSchema),
  createdAt: z.number().int(),
  status: conflictStatusSchema,
  resolvedAt: z.number().int().nullable(),
  resolvedBy: z.string().nullable(),
  /** The number given instead (`reassigned`) or the clerk's note (`cancelled`); else null. */
  resolution: z.string().nullable(),
});
export type NumberConflict = z.infer<typeof numberConflictSchema>;

export const conflictsQuerySchema = z.object({
  storeId: idSchema.optional(),
  status: conflictStatusSchema.optional(),
});

export const conflictResolutionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('reassign'), number: phoneNumberSchema }),
  /** `totalFen`: the total the customer agreed to at the counter; it must be today's. */
  z.object({ action: z.literal('place'), totalFen: fenSchema }),
  z.object({ action: z.literal('cancel'), note: z.string().trim().min(1).max(500) }),
]);
export type ConflictResolution = z.infer<typeof conflictResolutionSchema>;
export type ConflictAction = ConflictResolution['action'];

/**
 * What a clerk may do about each reason. Any conflict may be given another number (priced at
 * today's prices) or cancelled; only a price conflict's own number is still its to place.
 */
export const conflictActions = {
  price_changed: ['place', 'reassign', 'cancel'],
  number_unavailable: ['reassign', 'cancel'],
  number_needs_plan: ['reassign', 'cancel'],
} as const satisfies Record<OrderConflictReason, readonly ConflictAction[]>;

export function conflictAllows(reason: OrderConflictReason, action: ConflictAction): boolean {
  return (conflictActions[reason] as readonly ConflictAction[]).includes(action);
}
