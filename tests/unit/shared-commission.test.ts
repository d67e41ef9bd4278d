import { describe, expect, it } from 'vitest';
import {
  commissionLines,
  commissionPeriod,
  commissionRuleSchema,
  commissionUndoLines,
  periodBounds,
  statementTotals,
  type CommissionOrderFacts,
  type CommissionRule,
} from '../../shared';

const day = 86_400_000;
const march = Date.UTC(2026, 2, 10, 4); // 12:00 in Beijing, 10 March 2026
const name = { zh: '规则', en: 'Rule' };

function rule(id: string, overrides: Partial<CommissionRule>): CommissionRule {
  return commissionRuleSchema.parse({
    id,
    name,
    condition: { kind: 'per_activation' },
    amountFen: 1000,
    validFrom: Date.UTC(2026, 0, 1),
    validTo: null,
    clawbackDays: 90,
    ...overrides,
  });
}

const rules: CommissionRule[] = [
  rule('base', { amountFen: 2000 }),
  rule('plan-186', {
    condition: { kind: 'plan_tier', minMonthlyFeeFen: 18600, maxMonthlyFeeFen: null },
    amountFen: 5000,
  }),
  rule('plan-96', {
    condition: { kind: 'plan_tier', minMonthlyFeeFen: 9600, maxMonthlyFeeFen: 18600 },
    amountFen: 2000,
  }),
  rule('handset-x', { condition: { kind: 'handset', handsetId: 'hx' }, amountFen: 3000 }),
  rule('gold', { condition: { kind: 'number_tier', tierId: 'gold' }, amountFen: 1500 }),
  rule('partner', {
    condition: { kind: 'store_type', storeType: 'partner' },
    amountFen: 800,
    clawbackDays: 0,
  }),
  rule('old-base', { validFrom: Date.UTC(2025, 0, 1), validTo: Date.UTC(2026, 0, 1) }),
  rule('april-bonus', { validFrom: Date.UTC(2026, 3, 1), amountFen: 700 }),
];

const plain: CommissionOrderFacts = {
  correctedAt: march,
  storeType: 'own',
  handsetId: 'h1',
  planMonthlyFeeFen: null,
  numberTierId: null,
};

describe('commissionLines', () => {
  it.each([
    ['a bare activation', {}, ['base']],
    ['a ¥186 plan', { planMonthlyFeeFen: 18600 }, ['base', 'plan-186']],
    ['a ¥286 plan', { planMonthlyFeeFen: 28600 }, ['base', 'plan-186']],
    ['a ¥96 plan', { planMonthlyFeeFen: 9600 }, ['base', 'plan-96']],
    ['a ¥76 plan', { planMonthlyFeeFen: 7600 }, ['base']],
    ['the bonus handset', { handsetId: 'hx' }, ['base', 'handset-x']],
    ['a gold number', { numberTierId: 'gold' }, ['base', 'gold']],
    ['a partner store', { storeType: 'partner' as const }, ['base', 'partner']],
    ['an order of 2025', { correctedAt: Date.UTC(2025, 5, 1) }, ['old-base']],
    ['an order in April', { correctedAt: Date.UTC(2026, 3, 2) }, ['april-bonus', 'base']],
    [
      'everything at once',
      {
        planMonthlyFeeFen: 18600,
        handsetId: 'hx',
        numberTierId: 'gold',
        storeType: 'partner' as const,
      },
      ['base', 'gold', 'handset-x', 'partner', 'plan-186'],
    ],
  ])('pays %s by the rules in force then', (_, facts, ids) => {
    const lines = commissionLines({ ...plain, ...facts }, rules);
    expect(lines.map((line) => line.ruleId)).toEqual(ids);
    expect(lines.every((line) => line.kind === 'earn' && line.amountFen > 0)).toBe(true);
  });

  it('takes validFrom as inclusive and validTo as exclusive', () => {
    const edge = Date.UTC(2026, 0, 1);
    expect(
      commissionLines({ ...plain, correctedAt: edge - 1 }, rules).map((l) => l.ruleId),
    ).toEqual(['old-base']);
    expect(commissionLines({ ...plain, correctedAt: edge }, rules).map((l) => l.ruleId)).toEqual([
      'base',
    ]);
  });

  it('refuses a rule that ends before it starts', () => {
    expect(() => rule('bad', { validFrom: 10, validTo: 10 })).toThrow();
  });
});

describe('commissionUndoLines', () => {
  const earned = commissionLines(
    { ...plain, planMonthlyFeeFen: 18600, storeType: 'partner' },
    rules,
  );
  const activatedAt = march + day;

  it('reverses every line when an activated order is cancelled for another reason', () => {
    const undo = commissionUndoLines(
      earned,
      { reason: 'duplicate', at: activatedAt + 200 * day, activatedAt },
      rules,
    );
    expect(undo.map((l) => [l.ruleId, l.kind, l.amountFen])).toEqual([
      ['base', 'reversal', -2000],
      ['partner', 'reversal', -800],
      ['plan-186', 'reversal', -5000],
    ]);
    expect(statementTotals([...earned, ...undo]).totalFen).toBe(0);
  });

  it.each([
    ['the same day', 0, ['base', 'plan-186']],
    ['on the 90th day', 90, ['base', 'plan-186']],
    ['on the 91st day', 91, []],
  ])('claws back an early churn %s, within each rule’s window', (_, days, ids) => {
    const undo = commissionUndoLines(
      earned,
      { reason: 'early_churn', at: activatedAt + days * day, activatedAt },
      rules,
    );
    expect(undo.map((l) => l.ruleId)).toEqual(ids);
    expect(undo.every((l) => l.kind === 'clawback' && l.amountFen < 0)).toBe(true);
  });

  it('takes nothing back from an order that was never activated', () => {
    expect(
      commissionUndoLines([], { reason: 'duplicate', at: march, activatedAt: null }, rules),
    ).toEqual([]);
  });

  it('never takes back a line twice', () => {
    const first = commissionUndoLines(
      earned,
      { reason: 'duplicate', at: march, activatedAt },
      rules,
    );
    expect(
      commissionUndoLines(
        [...earned, ...first],
        { reason: 'duplicate', at: march, activatedAt },
        rules,
      ),
    ).toEqual([]);
  });
});

describe('commission periods', () => {
  it.each([
    [Date.UTC(2026, 2, 31, 15, 59), '2026-03'],
    [Date.UTC(2026, 2, 31, 16, 0), '2026-04'], // midnight in Beijing
    [Date.UTC(2025, 11, 31, 16, 0), '2026-01'],
  ])('counts %d in %s (Beijing time)', (at, period) => {
    expect(commissionPeriod(at)).toBe(period);
    const { from, to } = periodBounds(period);
    expect(at >= from && at < to).toBe(true);
  });

  it('sums a statement by kind', () => {
    expect(
      statementTotals([
        { kind: 'earn', amountFen: 500 },
        { kind: 'earn', amountFen: 300 },
        { kind: 'reversal', amountFen: -300 },
        { kind: 'clawback', amountFen: -100 },
        { kind: 'adjustment', amountFen: 250 },
      ]),
    ).toEqual({
      earnFen: 800,
      reversalFen: -300,
      clawbackFen: -100,
      adjustmentFen: 250,
      totalFen: 650,
    });
  });
});
