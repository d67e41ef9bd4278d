import { z } from 'zod';
import type { Handset, Plan } from './catalogue';
import { phoneNumberSchema } from './catalogue';
import { clockSuspicionSchema } from './clock';
import { idNumberProblem } from './id-number';
import { epochMsSchema, fenSchema, idSchema } from './text';

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

export const orderLineKindSchema = z.enum(['handset', 'plan', 'number', 'subsidy']);
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
  customer: customerSchema,
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
  planId: idSchema.nullable(),
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
}

export interface PricedCart {
  lines: OrderLine[];
  totalFen: number;
}

/**
 * The one price rule, run by the kiosk to show a price and by the server to check it.
 * A contract plan subsidises the handset (never below zero); the first month is paid up front.
 */
export function priceCart({ handset, plan, number }: PricingInput): PricedCart {
  const lines: OrderLine[] = [];
  if (handset)
    lines.push({ kind: 'handset', refId: handset.id, unitFen: handset.priceFen, quantity: 1 });
  if (plan) {
    lines.push({ kind: 'plan', refId: plan.id, unitFen: plan.monthlyFeeFen, quantity: 1 });
    if (handset && plan.contractMonths > 0 && plan.handsetSubsidyFen > 0) {
      const subsidy = Math.min(plan.handsetSubsidyFen, handset.priceFen);
      lines.push({ kind: 'subsidy', refId: plan.id, unitFen: -subsidy, quantity: 1 });
    }
  }
  if (number)
    lines.push({ kind: 'number', refId: number.number, unitFen: number.priceFen, quantity: 1 });
  const totalFen = lines.reduce((sum, line) => sum + line.unitFen * line.quantity, 0);
  return { lines, totalFen };
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
