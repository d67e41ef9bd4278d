import { z } from 'zod';
import type { Bundle, Handset, Plan, Service } from './catalogue';
import { clerkBadgeSchema, phoneNumberSchema } from './catalogue';
import { clockSuspicionSchema } from './clock';
import { idNumberProblem } from './id-number';
import { orderConsentSchema } from './order-consent';
import { epochMsSchema, fenSchema, idSchema, localTextSchema } from './text';

export const customerSchema = z.object({
  name: z.string().trim().min(1, 'Enter your name').max(40),
  idNumber: z
    .string()
    .trim()
    .toUpperCase()
    .superRefine((value, ctx) => {
      const problem = idNumberProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: `Invalid ID number (${problem})` });
    }),
  phone: phoneNumberSchema,
});
export type Customer = z.infer<typeof customerSchema>;

export const orderLineKindSchema = z.enum([
  'handset',
  'bundle',
  'plan',
  'subsidy',
  'number',
  'service',
]);
export const orderLineSchema = z.object({
  kind: orderLineKindSchema,
  refId: z.string().max(64),
  unitFen: z.number().int().min(-100_000_000_00).max(100_000_000_00),
  quantity: z.number().int().min(1).max(10),
});
export type OrderLine = z.infer<typeof orderLineSchema>;

/** The order as the kiosk captures it; it travels in an `order.place` mutation. */
export const orderDraftSchema = z.object({
  id: z.uuid(),
  ticket: z.string().regex(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/, 'A ticket looks like K7QD-2M4P'),
  storeId: idSchema,
  handsetId: idSchema.nullable(),
  colour: z.string().max(40).nullable(),
  planId: idSchema.nullable(),
  number: phoneNumberSchema.nullable(),
  /** The gift box taken instead of the handset alone; it names the handset (and plan). */
  bundleId: idSchema.nullable().default(null),
  /** Value-added services, in the order the customer added them; each at most once. */
  serviceIds: z
    .array(idSchema)
    .max(10)
    .refine((ids) => new Set(ids).size === ids.length, 'A service is added once')
    .default([]),
  /** The zone whose offer ("get this") led here; null when the customer came another way. */
  zoneId: idSchema.nullable().default(null),
  /** The badge of the clerk who helped; null: the order belongs to the store. */
  clerkBadge: clerkBadgeSchema.shape.badge.nullable().default(null),
  customer: customerSchema,
  /** The consent the customer ticked before review; an order without it is refused. */
  consent: orderConsentSchema,
  lines: z.array(orderLineSchema).min(1).max(20),
  totalFen: fenSchema,
  createdAt: epochMsSchema,
});
export type OrderDraft = z.infer<typeof orderDraftSchema>;

export const orderStatusSchema = z.enum(['received', 'confirmed', 'activated', 'cancelled']);
export type OrderStatus = z.infer<typeof orderStatusSchema>;

/** An order as the console sees it: personal data already masked by the server. */
export const orderSummarySchema = z.object({
  id: z.uuid(),
  ticket: z.string(),
  storeId: idSchema,
  deviceId: idSchema,
  handsetId: idSchema.nullable(),
  /** "Brand Model" of the handset, or null (none, or no longer in the catalogue). */
  handsetName: z.string().nullable(),
  planId: idSchema.nullable(),
  planName: localTextSchema.nullable(),
  number: z.string().nullable(),
  customerName: z.string(),
  idNumberMasked: z.string(),
  totalFen: fenSchema,
  status: orderStatusSchema,
  deviceCreatedAt: epochMsSchema,
  receivedAt: epochMsSchema,
  /** Device time corrected by the kiosk's clock offset: what lists sort and filter by. */
  correctedAt: epochMsSchema,
  /** Why the order's time cannot be trusted (shared/clock.ts), or null. */
  clockSuspect: clockSuspicionSchema.nullable(),
});
export type OrderSummary = z.infer<typeof orderSummarySchema>;

export interface PricingInput {
  handset: Pick<Handset, 'id' | 'priceFen'> | null;
  plan: Pick<Plan, 'id' | 'monthlyFeeFen' | 'handsetSubsidyFen' | 'contractMonths'> | null;
  number: { number: string; priceFen: number } | null;
  /** A gift box replaces the handset's price; it must name the same handset (`cartProblem`). */
  bundle?: Pick<Bundle, 'id' | 'priceFen' | 'serviceIds'> | null;
  /** Value-added services in the order chosen. */
  services?: readonly Pick<Service, 'id' | 'monthlyFeeFen'>[];
}

export interface PricedCart {
  lines: OrderLine[];
  totalFen: number;
}

/**
 * The one price rule, run by the kiosk to show a price and by the server to check it.
 * A contract plan subsidises a handset bought alone (never below zero); a gift box is already
 * the deal, so it gets no subsidy. The first month of the plan and of each service is paid up
 * front, except the services the gift box includes.
 */
export function priceCart({
  handset,
  plan,
  number,
  bundle = null,
  services = [],
}: PricingInput): PricedCart {
  const lines: OrderLine[] = [];
  const line = (kind: OrderLine['kind'], refId: string, unitFen: number) =>
    lines.push({ kind, refId, unitFen, quantity: 1 });
  if (bundle) line('bundle', bundle.id, bundle.priceFen);
  else if (handset) line('handset', handset.id, handset.priceFen);
  if (plan) {
    line('plan', plan.id, plan.monthlyFeeFen);
    if (!bundle && handset && plan.contractMonths > 0 && plan.handsetSubsidyFen > 0) {
      line('subsidy', plan.id, -Math.min(plan.handsetSubsidyFen, handset.priceFen));
    }
  }
  if (number) line('number', number.number, number.priceFen);
  const included = new Set(bundle?.serviceIds ?? []);
  for (const service of services) {
    line('service', service.id, included.has(service.id) ? 0 : service.monthlyFeeFen);
  }
  const totalFen = lines.reduce((sum, each) => sum + each.unitFen * each.quantity, 0);
  return { lines, totalFen };
}

/** Why a cart cannot be sold as chosen, or null. Checked on the kiosk and again on the server. */
export type CartProblem = 'bundle_handset' | 'bundle_plan' | 'bundle_services';

export function cartProblem(cart: {
  handsetId: string | null;
  planId: string | null;
  serviceIds: readonly string[];
  bundle: Pick<Bundle, 'handsetId' | 'planId' | 'serviceIds'> | null;
}): CartProblem | null {
  const { bundle } = cart;
  if (!bundle) return null;
  if (cart.handsetId !== bundle.handsetId) return 'bundle_handset';
  if (bundle.planId !== null && cart.planId !== bundle.planId) return 'bundle_plan';
  if (!bundle.serviceIds.every((id) => cart.serviceIds.includes(id))) return 'bundle_services';
  return null;
}

/** What a gift box saves against buying its handset, gifts and included services' first month. */
export function bundleSaving(
  bundle: Pick<Bundle, 'priceFen' | 'serviceIds' | 'gifts'>,
  handset: Pick<Handset, 'priceFen'>,
  services: readonly Pick<Service, 'id' | 'monthlyFeeFen'>[],
): { separateFen: number; savingFen: number } {
  const included = services.filter((service) => bundle.serviceIds.includes(service.id));
  const separateFen =
    handset.priceFen +
    bundle.gifts.reduce((sum, gift) => sum + gift.valueFen, 0) +
    included.reduce((sum, service) => sum + service.monthlyFeeFen, 0);
  return { separateFen, savingFen: Math.max(0, separateFen - bundle.priceFen) };
}

/** Lines are equal when kind, reference, price and quantity match in the same order. */
export function samePricing(a: PricedCart, b: PricedCart): boolean {
  if (a.totalFen !== b.totalFen || a.lines.length !== b.lines.length) return false;
  return a.lines.every((line, i) => {
    const other = b.lines[i];
    return (
      other !== undefined &&
      line.kind === other.kind &&
      line.refId === other.refId &&
      line.unitFen === other.unitFen &&
      line.quantity === other.quantity
    );
  });
}

export function formatFen(fen: number, language: 'zh' | 'en' = 'zh'): string {
  const yuan = (fen / 100).toFixed(fen % 100 === 0 ? 0 : 2);
  return language === 'zh' ? `¥${yuan}` : `CNY ${yuan}`;
}

/** Short, unambiguous ticket made on the device (no 0/O, 1/I): what the customer shows the clerk. */
export function ticketFromUuid(uuid: string): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const hex = uuid.replace(/-/g, '');
  let out = '';
  for (let i = 0; i < 8; i++) out += alphabet[parseInt(hex.slice(i * 3, i * 3 + 3), 16) % 32];
  return `${out.slice(0, 4)}-${out.slice(4)}`;
}
