import { z } from 'zod';
import { epochMsSchema, idSchema } from './text';

/**
 * Commission months and closing them for payout (docs/decisions/0009-closing-a-commission-month.md).
 * Imports nothing of commission.ts, which re-exports it (no import cycle at start-up).
 */

/** Stores keep Beijing time all year (UTC+8, no daylight saving since 1991). */
const storeOffsetMs = 8 * 3_600_000;

/** The commission month ('YYYY-MM') of an instant, in the stores' time zone (Asia/Shanghai). */
export function commissionPeriod(at: number): string {
  return new Date(at + storeOffsetMs).toISOString().slice(0, 7);
}

export const commissionPeriodSchema = z
  .string()
  .max(7, 'A period looks like 2026-03')
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'A period looks like 2026-03');

/** [from, to) of a period in UTC epoch ms. */
export function periodBounds(period: string): { from: number; to: number } {
  const [year, month] = period.split('-').map(Number) as [number, number];
  return {
    from: Date.UTC(year, month - 1, 1) - storeOffsetMs,
    to: Date.UTC(year, month, 1) - storeOffsetMs,
  };
}

/** A month may be closed once its last day has ended in the stores' time zone. */
export function periodHasEnded(period: string, now: number): boolean {
  return now >= periodBounds(period).to;
}

/**
 * The month a new ledger line counts in. A line counts in its order's month, next to what it
 * undoes or adjusts, unless that month was closed (paid out): then it is carried into the
 * month of the line's own time, which has not ended and so is open.
 */
export function ledgerPeriodOf(
  orderPeriod: string,
  lineAt: number,
  closed: ReadonlySet<string>,
): string {
  return closed.has(orderPeriod) ? commissionPeriod(lineAt) : orderPeriod;
}

/** The order's month when a line counts in a later one (it was carried over), else null. */
export function carriedFromOf(linePeriod: string, orderAt: number): string | null {
  const orderPeriod = commissionPeriod(orderAt);
  return orderPeriod === linePeriod ? null : orderPeriod;
}

export const commissionPeriodParamsSchema = z.object({ period: commissionPeriodSchema });

/** Who closed a month and when. */
export const periodClosureSchema = z.object({
  closedAt: epochMsSchema,
  closedBy: z.object({ id: idSchema, displayName: z.string() }),
});
export type PeriodClosure = z.infer<typeof periodClosureSchema>;

export const closedPeriodSchema = periodClosureSchema.extend({ period: commissionPeriodSchema });
export type ClosedPeriod = z.infer<typeof closedPeriodSchema>;

/** Newest month first. */
export const commissionPeriodsResponseSchema = z.object({ periods: z.array(closedPeriodSchema) });
