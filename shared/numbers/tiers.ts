import { z } from 'zod';
import type { NumberStatus } from '../catalogue';
import { fenSchema, idSchema, localTextSchema } from '../text';
import { classifyNumber, type NumberPattern, patternKindSchema } from './patterns';

/** A number qualifies when it shows `kind` at least `minStrength` strong (see `NumberPattern`). */
export const tierConditionSchema = z.object({
  kind: patternKindSchema,
  minStrength: z.number().int().min(0).max(11).default(0),
});
export type TierCondition = z.infer<typeof tierConditionSchema>;

export const numberTierSchema = z.object({
  id: idSchema,
  name: localTextSchema,
  /** Any one condition qualifies; an empty list takes every number, so only the last tier may. */
  matchAny: z.array(tierConditionSchema).max(40),
  /** What the customer pays for the number itself, in fen. */
  priceFen: fenSchema,
  /** Prepaid call credit the customer leaves with the number, in fen. */
  depositFen: fenSchema.default(0),
  /** The cheapest monthly plan the number may be sold with, in fen. */
  minPlanFeeFen: fenSchema.default(0),
});
export type NumberTier = z.infer<typeof numberTierSchema>;

/** HQ's tiers, best first: a number belongs to the first tier it qualifies for. */
export const tierRulesSchema = z
  .object({ tiers: z.array(numberTierSchema).min(1).max(30) })
  .superRefine(({ tiers }, context) => {
    const seen = new Set<string>();
    tiers.forEach((tier, index) => {
      if (seen.has(tier.id)) {
        context.addIssue({
          code: 'custom',
          path: ['tiers', index, 'id'],
          message: 'Tier ids are unique',
        });
      }
      seen.add(tier.id);
      if (tier.matchAny.length === 0 && index !== tiers.length - 1) {
        context.addIssue({
          code: 'custom',
          path: ['tiers', index, 'matchAny'],
          message: 'Only the last tier may take every number',
        });
      }
    });
  });
export type TierRules = z.infer<typeof tierRulesSchema>;

/** Where a number falls when no tier takes it. */
export const ordinaryTier: NumberTier = {
  id: 'ordinary',
  name: { zh: '普通号码', en: 'Ordinary number' },
  matchAny: [],
  priceFen: 0,
  depositFen: 0,
  minPlanFeeFen: 0,
};

export const defaultTierRules: TierRules = {
  tiers: [
    {
      id: 'diamond',
      name: { zh: '钻石靓号', en: 'Diamond' },
      matchAny: [
        { kind: 'repeat', minStrength: 5 },
        { kind: 'ascending', minStrength: 6 },
        { kind: 'descending', minStrength: 6 },
        { kind: 'aabb', minStrength: 8 },
        { kind: 'abab', minStrength: 8 },
        { kind: 'repeatedGroup', minStrength: 8 },
      ],
      priceFen: 500_000,
      depositFen: 100_000,
      minPlanFeeFen: 28_600,
    },
    {
      id: 'gold',
      name: { zh: '金号', en: 'Gold' },
      matchAny: [
        { kind: 'repeat', minStrength: 4 },
        { kind: 'repeatInside', minStrength: 5 },
        { kind: 'ascending', minStrength: 5 },
        { kind: 'descending', minStrength: 5 },
        { kind: 'aabb', minStrength: 6 },
        { kind: 'abab', minStrength: 6 },
        { kind: 'abba', minStrength: 6 },
        { kind: 'repeatedGroup', minStrength: 6 },
      ],
      priceFen: 100_000,
      depositFen: 30_000,
      minPlanFeeFen: 18_600,
    },
    {
      id: 'silver',
      name: { zh: '银号', en: 'Silver' },
      matchAny: [
        { kind: 'repeatInside', minStrength: 4 },
        { kind: 'ascending', minStrength: 4 },
        { kind: 'descending', minStrength: 4 },
        { kind: 'aabb', minStrength: 4 },
        { kind: 'abab', minStrength: 4 },
        { kind: 'abba', minStrength: 4 },
        { kind: 'repeatedGroup', minStrength: 4 },
        { kind: 'date', minStrength: 8 },
      ],
      priceFen: 20_000,
      depositFen: 10_000,
      minPlanFeeFen: 9_600,
    },
    {
      id: 'bronze',
      name: { zh: '铜号', en: 'Bronze' },
      matchAny: [
        { kind: 'repeat', minStrength: 3 },
        { kind: 'lucky', minStrength: 6 },
      ],
      priceFen: 5_000,
      depositFen: 0,
      minPlanFeeFen: 6_600,
    },
    { ...ordinaryTier },
  ],
};

function qualifies(tier: NumberTier, patterns: readonly NumberPattern[]): boolean {
  if (tier.matchAny.length === 0) return true;
  return tier.matchAny.some((condition) =>
    patterns.some(
      (found) => found.kind === condition.kind && found.strength >= condition.minStrength,
    ),
  );
}

/** The first tier whose conditions the patterns meet, or the ordinary tier at 0 fen. */
export function tierForPatterns(patterns: readonly NumberPattern[], rules: TierRules): NumberTier {
  return rules.tiers.find((tier) => qualifies(tier, patterns)) ?? ordinaryTier;
}

export function tierOf(number: string, rules: TierRules): NumberTier {
  return tierForPatterns(classifyNumber(number).patterns, rules);
}

export interface PricedPoolNumber {
  number: string;
  status: NumberStatus;
  priceFen: number;
  /** The tier the number is filed under now, when the record keeps it. */
  tierId?: string | null;
}

export interface NumberRepricing {
  number: string;
  tierId: string;
  priceFen: number;
}

/**
 * What a change of tier rules does to a pool: a new tier and price for every number not yet
 * sold whose tier or price differs. Sold numbers keep the price they were sold at.
 */
export function repriceNumbers(
  numbers: readonly PricedPoolNumber[],
  rules: TierRules,
): NumberRepricing[] {
  const changes: NumberRepricing[] = [];
  for (const pooled of numbers) {
    if (pooled.status === 'sold') continue;
    const tier = tierOf(pooled.number, rules);
    if (tier.id !== pooled.tierId || tier.priceFen !== pooled.priceFen) {
      changes.push({ number: pooled.number, tierId: tier.id, priceFen: tier.priceFen });
    }
  }
  return changes;
}
