import type { TierRules } from '../../shared';

/** A tier's amounts as typed on screen, in yuan. */
export interface TierPriceDraft {
  price: string;
  deposit: string;
  minPlan: string;
}

const yuanOf = (fen: number) => String(fen / 100);

/** Whole yuan or yuan with up to two decimals, 0 to 1,000,000; null for anything else. */
export function fenFromYuan(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,7}(\.\d{1,2})?$/.test(trimmed)) return null;
  const fen = Math.round(Number(trimmed) * 100);
  return fen <= 100_000_000 ? fen : null;
}

export function tierPriceDrafts(rules: TierRules): TierPriceDraft[] {
  return rules.tiers.map((tier) => ({
    price: yuanOf(tier.priceFen),
    deposit: yuanOf(tier.depositFen),
    minPlan: yuanOf(tier.minPlanFeeFen),
  }));
}

/** The rules with the typed amounts in place, or null when one of them is not an amount. */
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
    tiers.push({ ...tier, priceFen, depositFen, minPlanFeeFen });
  }
  return { tiers };
}
