import { z } from 'zod';
import { lineDisputeSchema, statementTotalsSchema } from './commission-disputes';
import { commissionPeriodSchema, periodClosureSchema } from './commission-periods';
import { storeTypeSchema, type StoreType } from './people';
import { epochMsSchema, fenSchema, idSchema, localTextSchema } from './text';

/**
 * Commission: HQ's rules, and the pure maths that turns an activated (or later cancelled)
 * order into ledger lines. The operator pays per activation, so lines are earned when an
 * order is activated, with the rules in force at the order's corrected time
 * (docs/decisions/0005-commission-ledger.md).
 */
const day = 86_400_000;

/** What a rule pays for, with the condition of its kind. */
export const commissionConditionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('per_activation') }),
  /** Plans whose monthly fee is in [min, max): e.g. ≥ ¥186. */
  z.object({
    kind: z.literal('plan_tier'),
    minMonthlyFeeFen: fenSchema,
    maxMonthlyFeeFen: fenSchema.nullable().default(null),
  }),
  z.object({ kind: z.literal('handset'), handsetId: idSchema }),
  z.object({ kind: z.literal('number_tier'), tierId: idSchema }),
  z.object({ kind: z.literal('store_type'), storeType: storeTypeSchema }),
]);
export type CommissionCondition = z.infer<typeof commissionConditionSchema>;
export type CommissionRuleKind = CommissionCondition['kind'];

/** A rule never changes once written: HQ ends it (validTo) and writes a new one. */
export const commissionRuleSchema = z
  .object({
    id: idSchema,
    name: localTextSchema,
    condition: commissionConditionSchema,
    amountFen: fenSchema,
    /** In force from this instant (inclusive)… */
    validFrom: epochMsSchema,
    /** …until this one (exclusive); null: open-ended. */
    validTo: epochMsSchema.nullable(),
    /** An early churn this many days after activation takes the line back; 0: never. */
    clawbackDays: z.number().int().min(0).max(3650),
  })
  .refine((rule) => rule.validTo === null || rule.validTo > rule.validFrom, {
    message: 'A rule ends after it starts',
    path: ['validTo'],
  });
export type CommissionRule = z.infer<typeof commissionRuleSchema>;

/** `adjustment`: a manager's correction after an upheld dispute; no rule computes it. */
export const commissionLineKindSchema = z.enum(['earn', 'reversal', 'clawback', 'adjustment']);
export type CommissionLineKind = z.infer<typeof commissionLineKindSchema>;

/** What an order's commission depends on, read when it is activated. */
export interface CommissionOrderFacts {
  /** Corrected time of the order: which rules are in force and which period it counts in. */
  correctedAt: number;
  storeType: StoreType;
  handsetId: string | null;
  /** The plan's monthly fee as the order priced it; null without a plan. */
  planMonthlyFeeFen: number | null;
  numberTierId: string | null;
}

/** A ledger line before it is written; the amount is negative for reversals and clawbacks. */
export interface CommissionLine {
  ruleId: string;
  kind: CommissionLineKind;
  amountFen: number;
}

export function ruleInForce(rule: Pick<CommissionRule, 'validFrom' | 'validTo'>, at: number) {
  return rule.validFrom <= at && (rule.validTo === null || at < rule.validTo);
}

export function ruleMatches(condition: CommissionCondition, order: CommissionOrderFacts): boolean {
  switch (condition.kind) {
    case 'per_activation':
      return true;
    case 'plan_tier':
      return (
        order.planMonthlyFeeFen !== null &&
        order.planMonthlyFeeFen >= condition.minMonthlyFeeFen &&
        (condition.maxMonthlyFeeFen === null ||
          order.planMonthlyFeeFen < condition.maxMonthlyFeeFen)
      );
    case 'handset':
      return order.handsetId === condition.handsetId;
    case 'number_tier':
      return order.numberTierId === condition.tierId;
    case 'store_type':
      return order.storeType === condition.storeType;
  }
}

/**
 * The earn lines of an activated order: one per rule in force at the order's corrected time
 * whose condition the order meets, in rule id order (so a recompute lists them the same way).
 */
export function commissionLines(
  order: CommissionOrderFacts,
  rules: readonly CommissionRule[],
): CommissionLine[] {
  return rules
    .filter(
      (rule) =>
        rule.amountFen > 0 &&
        ruleInForce(rule, order.correctedAt) &&
        ruleMatches(rule.condition, order),
    )
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((rule) => ({ ruleId: rule.id, kind: 'earn', amountFen: rule.amountFen }));
}

export interface CommissionCancellation {
  /** Why the order was cancelled (shared/order-life.ts `cancelReasonSchema`). */
  reason: string;
  at: number;
  /** When the order had been activated; null when it never was (nothing was earned). */
  activatedAt: number | null;
}

/**
 * What cancelling an order takes back from the lines it earned. A customer who leaves early
 * (`early_churn`) costs the line of each rule whose clawback window had not closed; any other
 * cancellation of an activated order voids the activation, so every line is reversed. An
 * order that was never activated earned nothing and loses nothing.
 */
export function commissionUndoLines(
  earned: readonly CommissionLine[],
  cancellation: CommissionCancellation,
  rules: readonly CommissionRule[],
): CommissionLine[] {
  const { activatedAt } = cancellation;
  if (activatedAt === null) return [];
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  const net = new Map<string, number>();
  for (const line of earned) net.set(line.ruleId, (net.get(line.ruleId) ?? 0) + line.amountFen);
  const lines: CommissionLine[] = [];
  for (const [ruleId, amountFen] of [...net].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (amountFen <= 0) continue;
    if (cancellation.reason !== 'early_churn') {
      lines.push({ ruleId, kind: 'reversal', amountFen: -amountFen });
      continue;
    }
    const clawbackDays = byId.get(ruleId)?.clawbackDays ?? 0;
    if (clawbackDays > 0 && cancellation.at - activatedAt <= clawbackDays * day) {
      lines.push({ ruleId, kind: 'clawback', amountFen: -amountFen });
    }
  }
  return lines;
}

export const commissionStatementQuerySchema = z.object({
  period: commissionPeriodSchema,
  /** Whose statement; a clerk may leave it out (their own). */
  clerkId: idSchema.optional(),
});
export type CommissionStatementQuery = z.infer<typeof commissionStatementQuerySchema>;

export const statementLineSchema = z.object({
  id: z.number().int(),
  orderId: z.uuid(),
  ticket: z.string(),
  ruleId: idSchema,
  ruleName: localTextSchema,
  ruleKind: z.enum(['per_activation', 'plan_tier', 'handset', 'number_tier', 'store_type']),
  kind: commissionLineKindSchema,
  amountFen: z.number().int(),
  at: epochMsSchema,
  /** The order's corrected time: the day the sale counts on. */
  orderAt: epochMsSchema,
  /** The order's month when the line was carried into this one (its month was closed). */
  carriedFrom: commissionPeriodSchema.nullable(),
  handset: z.string().nullable(),
  plan: localTextSchema.nullable(),
  dispute: lineDisputeSchema.nullable(),
});
export type StatementLine = z.infer<typeof statementLineSchema>;

export const commissionStatementSchema = z.object({
  period: commissionPeriodSchema,
  clerk: z.object({ id: idSchema, displayName: z.string(), storeId: idSchema.nullable() }),
  lines: z.array(statementLineSchema),
  totals: statementTotalsSchema,
  /** Who closed the month and when; null while it is open. */
  closed: periodClosureSchema.nullable(),
});
export type CommissionStatement = z.infer<typeof commissionStatementSchema>;

/** Sums of a statement's lines by kind, and the total the clerk is paid. */
export function statementTotals(lines: readonly Pick<CommissionLine, 'kind' | 'amountFen'>[]) {
  const sum = (kind: CommissionLineKind) =>
    lines.filter((line) => line.kind === kind).reduce((total, line) => total + line.amountFen, 0);
  const earnFen = sum('earn');
  const reversalFen = sum('reversal');
  const clawbackFen = sum('clawback');
  const adjustmentFen = sum('adjustment');
  const totalFen = earnFen + reversalFen + clawbackFen + adjustmentFen;
  return { earnFen, reversalFen, clawbackFen, adjustmentFen, totalFen };
}

const ruleNameSchema = z.object({
  zh: z.string().trim().min(1).max(80),
  en: z.string().trim().min(1).max(80),
});

/** What HQ sends for a new rule; the server gives it its id. */
export const newCommissionRuleSchema = z
  .object({
    name: ruleNameSchema,
    condition: commissionConditionSchema,
    /** At most ¥10,000 a line. */
    amountFen: fenSchema.min(1).max(1_000_000),
    validFrom: epochMsSchema,
    validTo: epochMsSchema.nullable().default(null),
    clawbackDays: z.number().int().min(0).max(3650),
  })
  .refine(
    (rule) =>
      rule.condition.kind !== 'plan_tier' ||
      rule.condition.maxMonthlyFeeFen === null ||
      rule.condition.maxMonthlyFeeFen > rule.condition.minMonthlyFeeFen,
    { message: 'The band’s top is above its bottom', path: ['condition', 'maxMonthlyFeeFen'] },
  );
export type NewCommissionRule = z.infer<typeof newCommissionRuleSchema>;

export const endCommissionRuleSchema = z.object({ validTo: epochMsSchema });
export const commissionRulesResponseSchema = z.object({ rules: z.array(commissionRuleSchema) });

/**
 * A browser's clock may lag the server's a little: a start or end up to this much in the past
 * is taken as "now" rather than refused.
 */
export const ruleClockSlackMs = 5 * 60_000;

export type RuleTimeProblem =
  | { code: 'rule_backdated'; field: 'validFrom' | 'validTo' }
  | { code: 'rule_ends_before_start'; field: 'validTo' }
  | { code: 'rule_already_ended'; field: 'validTo' }
  | { code: 'rule_end_later'; field: 'validTo' };

/**
 * When a new rule may run. Statements must read the same when the past is replayed, so no
 * rule reaches back before now: every order activated so far was paid by the rules it had.
 * Answers the times to write (a start a little in the past becomes now) or why not.
 */
export function newRuleTimes(
  rule: Pick<NewCommissionRule, 'validFrom' | 'validTo'>,
  now: number,
): { validFrom: number; validTo: number | null } | RuleTimeProblem {
  if (rule.validFrom < now - ruleClockSlackMs)
    return { code: 'rule_backdated', field: 'validFrom' };
  const validFrom = Math.max(rule.validFrom, now);
  if (rule.validTo !== null && rule.validTo <= validFrom) {
    return { code: 'rule_ends_before_start', field: 'validTo' };
  }
  return { validFrom, validTo: rule.validTo };
}

/**
 * When a rule in force may be ended: not before now (what it paid stays paid, and an order
 * of the past keeps the rules it had), not later than an end it already has.
 */
export function ruleEndTime(
  rule: Pick<CommissionRule, 'validFrom' | 'validTo'>,
  validTo: number,
  now: number,
): { validTo: number } | RuleTimeProblem {
  if (rule.validTo !== null && rule.validTo <= now) {
    return { code: 'rule_already_ended', field: 'validTo' };
  }
  if (validTo < now - ruleClockSlackMs) return { code: 'rule_backdated', field: 'validTo' };
  const end = Math.max(validTo, now);
  if (end <= rule.validFrom) return { code: 'rule_ends_before_start', field: 'validTo' };
  if (rule.validTo !== null && end > rule.validTo)
    return { code: 'rule_end_later', field: 'validTo' };
  return { validTo: end };
}

/** The rules a clerk or manager sees: those in force now, and those about to start. */
export function rulesForStaff(rules: readonly CommissionRule[], now: number): CommissionRule[] {
  return rules.filter((rule) => rule.validTo === null || rule.validTo > now);
}

export * from './commission-disputes';
export * from './commission-periods';
export * from './commission-recompute';
