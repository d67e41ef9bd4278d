import { z } from 'zod';
import {
  commissionPeriod,
  commissionPeriodSchema,
  periodClosureSchema,
} from './commission-periods';
import { idSchema } from './text';

/**
 * Recomputing a month (issue #8: "recomputing a closed month gives the same figures"): every
 * order whose rule lines count in the month is replayed through the commission rules and set
 * against what the ledger holds. Imports nothing of commission.ts, which re-exports it.
 */

/** The month a line of an order written at `at` counts in, given when months were closed. */
export function replayedPeriodOf(
  orderAt: number,
  at: number,
  closures: ReadonlyMap<string, number>,
): string {
  const orderPeriod = commissionPeriod(orderAt);
  const closedAt = closures.get(orderPeriod);
  return closedAt !== undefined && closedAt <= at ? commissionPeriod(at) : orderPeriod;
}

const recomputedLineSchema = z.object({
  ruleId: idSchema,
  kind: z.enum(['earn', 'reversal', 'clawback']),
  amountFen: z.number().int(),
});
export type RecomputedLine = z.infer<typeof recomputedLineSchema>;

const lineCountSchema = z.object({
  lines: z.number().int().nonnegative(),
  totalFen: z.number().int(),
});

/** At most this many differing orders are listed; `differenceCount` counts them all. */
export const recomputeDifferencesShown = 50;

export const periodRecomputeSchema = z.object({
  period: commissionPeriodSchema,
  /** Who closed the month and when; null while it is open. */
  closed: periodClosureSchema.nullable(),
  /** Orders with a rule line in the month, in the ledger or in the replay. */
  orders: z.number().int().nonnegative(),
  /** The rule lines (earn, reversal, clawback) the ledger holds for the month. */
  ledger: lineCountSchema,
  /** The same lines as the rules give them again from the orders' lives. */
  recomputed: lineCountSchema,
  /** Managers' adjustments of upheld disputes: decisions, not rule output, so not replayed. */
  adjustments: lineCountSchema,
  identical: z.boolean(),
  differenceCount: z.number().int().nonnegative(),
  differences: z
    .array(
      z.object({
        orderId: idSchema,
        ticket: z.string(),
        ledger: z.array(recomputedLineSchema),
        recomputed: z.array(recomputedLineSchema),
      }),
    )
    .max(recomputeDifferencesShown),
});
export type PeriodRecompute = z.infer<typeof periodRecomputeSchema>;
