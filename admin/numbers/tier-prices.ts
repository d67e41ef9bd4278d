import type { PatternKind, TierCondition, TierRules } from '../../shared';

/** A tier as edited on screen: amounts typed in yuan, and the patterns that qualify. */
export interface TierPriceDraft {
  price: string;
  deposit: string;
  minPlan: string;
  conditions: { kind: PatternKind; minStrength: string }[];
}

export type TierAmountField = 'price' | 'deposit' | 'minPlan';

const yuanOf = (fen: number) => String(fen / 100);

/** Whole yuan or yuan with up to two decimals, 0 to 1,000,000; null for anything else. */
export function fenFromYuan(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,7}(\.\d{1,2})?$/.test(trimmed)) return null;
  const fen = Math.round(Number(trimmed) * 100);
  return fen <= 100_000_000 ? fen : null;
}

/** A pattern's least strength, 0 to 11 (the digits of a number); null for anything else. */
function strengthOf(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,2}$/.test(trimmed)) return null;
  const strength = Number(trimmed);
  return strength <= 11 ? strength : null;
}

export function tierPriceDrafts(rules: TierRules): TierPriceDraft[] {
  return rules.tiers.map((tier) => ({
    price: yuanOf(tier.priceFen),
    deposit: yuanOf(tier.depositFen),
    minPlan: yuanOf(tier.minPlanFeeFen),
    conditions: tier.matchAny.map((condition) => ({
      kind: condition.kind,
      minStrength: String(condition.minStrength),
    })),
  }));
}

/**
 * The rules as edited, or null when an amount or a strength is not a number, or a tier other
 * than the last is left without a pattern (it would take every number, leaving none below it).
 */
export function applyTierPrices(
  rules: TierRules,
  drafts: readonly TierPriceDraft[],
): TierRules | null {
  const tiers = [];
  for (const [index, tier] of rules.tiers.entries()) {
    const draft = drafts[index];
    if (!draft) return null;
    const priceFen = fenFromYuan(draft.price);
    const depositFen = fenFromYuan(draft.deposit);
    const minPlanFeeFen = fenFromYuan(draft.minPlan);
    if (priceFen === null || depositFen === null || minPlanFeeFen === null) return null;
    const matchAny: TierCondition[] = [];
    for (const condition of draft.conditions) {
      const minStrength = strengthOf(condition.minStrength);
      if (minStrength === null) return null;
      matchAny.push({ kind: condition.kind, minStrength });
    }
    const last = index === rules.tiers.length - 1;
    if (matchAny.length === 0 && !last) return null;
    tiers.push({ ...tier, priceFen, depositFen, minPlanFeeFen, matchAny });
  }
  return { tiers };
}
