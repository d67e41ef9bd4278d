import { describe, expect, it } from 'vitest';
import {
  defaultTierRules,
  ordinaryTier,
  repriceNumbers,
  type TierRules,
  tierOf,
  tierRulesSchema,
} from '../../shared';

const tier = (id: string, matchAny: TierRules['tiers'][number]['matchAny'], priceFen: number) => ({
  id,
  name: { zh: id, en: id },
  matchAny,
  priceFen,
  depositFen: 0,
  minPlanFeeFen: 0,
});

describe('tier rules', () => {
  it('ships default rules that pass their own schema', () => {
    expect(tierRulesSchema.parse(defaultTierRules)).toEqual(defaultTierRules);
  });

  it('fills a missing deposit, minimum plan and strength with 0', () => {
    const parsed = tierRulesSchema.parse({
      tiers: [
        { id: 'gold', name: { zh: '金', en: 'Gold' }, matchAny: [{ kind: 'aabb' }], priceFen: 100 },
      ],
    });
    expect(parsed.tiers[0]).toMatchObject({ depositFen: 0, minPlanFeeFen: 0 });
    expect(parsed.tiers[0]?.matchAny[0]?.minStrength).toBe(0);
  });

  it.each([
    [
      'two tiers with one id',
      { tiers: [tier('a', [{ kind: 'aabb', minStrength: 4 }], 1), tier('a', [], 0)] },
    ],
    [
      'a catch-all before the last tier',
      { tiers: [tier('all', [], 0), tier('gold', [{ kind: 'aabb', minStrength: 4 }], 1)] },
    ],
    ['a price in yuan with decimals', { tiers: [tier('a', [], 9.5)] }],
    [
      'an unknown pattern kind',
      { tiers: [tier('a', [{ kind: 'aaaa' as 'aabb', minStrength: 4 }], 1)] },
    ],
    ['no tiers', { tiers: [] }],
  ])('refuses %s', (_name, rules) => {
    expect(tierRulesSchema.safeParse(rules).success).toBe(false);
  });
});

describe('tierOf with the default rules', () => {
  it.each([
    ['13088888888', 'diamond'],
    ['13012355555', 'diamond'],
    ['13012345678', 'diamond'],
    ['13058585858', 'diamond'],
    ['13012358888', 'gold'],
    ['13080023456', 'gold'],
    ['13012778899', 'gold'],
    ['13012123321', 'gold'],
    ['13012345566', 'silver'],
    ['13012345858', 'silver'],
    ['13219900512', 'silver'],
    ['13088881235', 'silver'],
    ['13012345111', 'bronze'],
    ['13098698619', 'bronze'],
    ['13012378889', 'ordinary'],
    ['13012341231', 'ordinary'],
  ])('files %s under %s', (number, tierId) => {
    expect(tierOf(number, defaultTierRules).id).toBe(tierId);
  });

  it('carries the price, deposit and minimum plan of the tier', () => {
    const gold = tierOf('13012358888', defaultTierRules);
    expect(gold).toMatchObject({ priceFen: 100_000, depositFen: 30_000, minPlanFeeFen: 18_600 });
    expect(tierOf('13012378889', defaultTierRules).priceFen).toBe(0);
  });
});

describe('tierOf with HQ rules', () => {
  it('takes the first tier that matches, in the order HQ gave', () => {
    const loose = tier('loose', [{ kind: 'repeat', minStrength: 3 }], 100);
    const strict = tier('strict', [{ kind: 'repeat', minStrength: 4 }], 900);
    expect(tierOf('13012358888', { tiers: [strict, loose] }).id).toBe('strict');
    expect(tierOf('13012358888', { tiers: [loose, strict] }).id).toBe('loose');
  });

  it('needs the minimum strength, not just the kind', () => {
    const rules = { tiers: [tier('long-runs', [{ kind: 'ascending', minStrength: 5 }], 100)] };
    expect(tierOf('13080023456', rules).id).toBe('long-runs');
    expect(tierOf('13058971234', rules).id).toBe('ordinary');
  });

  it('falls back to the ordinary tier at 0 fen without a catch-all', () => {
    const rules = { tiers: [tier('gold', [{ kind: 'repeat', minStrength: 4 }], 100)] };
    expect(tierOf('13012378889', rules)).toEqual(ordinaryTier);
    expect(ordinaryTier.priceFen).toBe(0);
  });

  it('uses HQ catch-all instead of the built-in ordinary tier', () => {
    const rules = {
      tiers: [tier('gold', [{ kind: 'repeat', minStrength: 4 }], 100), tier('plain', [], 50)],
    };
    expect(tierOf('13012378889', rules)).toMatchObject({ id: 'plain', priceFen: 50 });
  });
});

describe('repriceNumbers', () => {
  const dearerGold: TierRules = {
    tiers: defaultTierRules.tiers.map((t) => (t.id === 'gold' ? { ...t, priceFen: 150_000 } : t)),
  };
  const pool = [
    { number: '13012358888', status: 'available' as const, priceFen: 100_000, tierId: 'gold' },
    { number: '13012357777', status: 'held' as const, priceFen: 100_000, tierId: 'gold' },
    { number: '13012346666', status: 'sold' as const, priceFen: 100_000, tierId: 'gold' },
    { number: '13012359999', status: 'withdrawn' as const, priceFen: 100_000, tierId: 'gold' },
    { number: '13012345566', status: 'available' as const, priceFen: 20_000, tierId: 'silver' },
    { number: '13012378889', status: 'available' as const, priceFen: 0, tierId: 'ordinary' },
  ];

  it('reprices unsold numbers of a changed tier and leaves sold ones alone', () => {
    expect(repriceNumbers(pool, dearerGold)).toEqual([
      { number: '13012358888', tierId: 'gold', priceFen: 150_000 },
      { number: '13012357777', tierId: 'gold', priceFen: 150_000 },
      { number: '13012359999', tierId: 'gold', priceFen: 150_000 },
    ]);
  });

  it('moves numbers to another tier when a pattern changes tier', () => {
    const noSilver: TierRules = { tiers: defaultTierRules.tiers.filter((t) => t.id !== 'silver') };
    const changes = repriceNumbers(pool, noSilver);
    expect(changes).toEqual([{ number: '13012345566', tierId: 'ordinary', priceFen: 0 }]);
  });

  it('reports nothing when the rules did not change', () => {
    expect(repriceNumbers(pool, defaultTierRules)).toEqual([]);
  });

  it('files numbers that never had a tier', () => {
    const untiered = [{ number: '13012358888', status: 'available' as const, priceFen: 100_000 }];
    expect(repriceNumbers(untiered, defaultTierRules)).toEqual([
      { number: '13012358888', tierId: 'gold', priceFen: 100_000 },
    ]);
  });

  it('never touches a sold number, whatever its price', () => {
    const sold = pool.map((entry) => ({ ...entry, status: 'sold' as const, priceFen: 1 }));
    expect(repriceNumbers(sold, dearerGold)).toEqual([]);
  });
});
