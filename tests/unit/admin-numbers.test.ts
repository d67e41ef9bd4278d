import { describe, expect, it } from 'vitest';
import { defaultTierRules, type Store } from '../../shared';
import { numbersIn } from '../../admin/numbers/numbers-in';
import { refusalText } from '../../admin/numbers/refusal-text';
import { applyTierPrices, fenFromYuan, tierPriceDrafts } from '../../admin/numbers/tier-prices';
import { translatorFor } from '../../admin/i18n/messages';

describe('tier amounts typed in yuan', () => {
  it.each([
    ['0', 0],
    ['88', 8_800],
    ['88.5', 8_850],
    [' 1999.99 ', 199_999],
    ['1000000', 100_000_000],
  ])('reads %j as %i fen', (text, fen) => {
    expect(fenFromYuan(text)).toBe(fen);
  });

  it.each(['', '-1', '1.234', '1e3', 'abc', '10000001', '1,000'])('refuses %j', (text) => {
    expect(fenFromYuan(text)).toBeNull();
  });

  it('round-trips the rules, changing only the typed amounts', () => {
    const drafts = tierPriceDrafts(defaultTierRules);
    expect(applyTierPrices(defaultTierRules, drafts)).toEqual(defaultTierRules);
    const edited = drafts.map((draft, i) => (i === 0 ? { ...draft, price: '6888' } : draft));
    const next = applyTierPrices(defaultTierRules, edited);
    expect(next?.tiers[0]?.priceFen).toBe(688_800);
    expect(next?.tiers[0]?.matchAny).toEqual(defaultTierRules.tiers[0]?.matchAny);
    expect(next?.tiers.slice(1)).toEqual(defaultTierRules.tiers.slice(1));
  });

  it('edits the patterns of a tier: adds one, reads its strength', () => {
    const drafts = tierPriceDrafts(defaultTierRules);
    const gold = drafts[1]!;
    const edited = drafts.map((draft, i) =>
      i === 1
        ? {
            ...draft,
            conditions: [...gold.conditions, { kind: 'date' as const, minStrength: '8' }],
          }
        : draft,
    );
    const next = applyTierPrices(defaultTierRules, edited);
    expect(next?.tiers[1]?.matchAny.at(-1)).toEqual({ kind: 'date', minStrength: 8 });
    expect(next?.tiers[1]?.matchAny).toHaveLength(gold.conditions.length + 1);
  });

  it('refuses a strength past 11, and a tier above the last left without a pattern', () => {
    const drafts = tierPriceDrafts(defaultTierRules);
    const tooStrong = drafts.map((draft, i) =>
      i === 0 ? { ...draft, conditions: [{ kind: 'repeat' as const, minStrength: '12' }] } : draft,
    );
    expect(applyTierPrices(defaultTierRules, tooStrong)).toBeNull();
    const empty = drafts.map((draft, i) => (i === 0 ? { ...draft, conditions: [] } : draft));
    expect(applyTierPrices(defaultTierRules, empty)).toBeNull();
    const lastEmpty = drafts.map((draft, i) =>
      i === drafts.length - 1 ? { ...draft, conditions: [] } : draft,
    );
    expect(applyTierPrices(defaultTierRules, lastEmpty)).not.toBeNull();
  });

  it('saves nothing when one amount is not a number', () => {
    const drafts = tierPriceDrafts(defaultTierRules);
    const broken = drafts.map((draft, i) => (i === 1 ? { ...draft, minPlan: 'lots' } : draft));
    expect(applyTierPrices(defaultTierRules, broken)).toBeNull();
  });
});

describe('refused import rows in words', () => {
  const stores = new Map<string, Store>([
    ['gz-tianhe', { id: 'gz-tianhe', name: '广州天河店' } as Store],
  ]);
  const zh = translatorFor('zh');
  const row = { line: 3, raw: 'x', message: 'm' };

  it('names the store that holds the number', () => {
    const text = refusalText(
      { ...row, reason: 'alreadyInOtherStore', storeId: 'gz-tianhe' },
      stores,
      zh,
    );
    expect(text).toBe('已属于其他门店（广州天河店）');
  });

  it('points at the line a duplicate repeats', () => {
    expect(refusalText({ ...row, reason: 'duplicateInFile', firstLine: 2 }, stores, zh)).toBe(
      '与第 2 行重复',
    );
  });

  it('has a sentence for every other reason, in both languages', () => {
    for (const language of ['zh', 'en'] as const) {
      const t = translatorFor(language);
      const text = refusalText({ ...row, reason: 'notOperatorSegment' }, stores, t);
      expect(text).not.toContain('numbers.import');
      expect(text.length).toBeGreaterThan(3);
    }
  });
});

describe('numbers typed or pasted for withdrawal', () => {
  it('finds each 11-digit number once, whatever separates them', () => {
    expect(numbersIn('13012345678, 186-0000-1111\n13012345678；155 1041 8888')).toEqual([
      '13012345678',
      '18600001111',
      '15510418888',
    ]);
  });

  it('finds nothing in text without a whole mobile number', () => {
    expect(numbersIn('1301234567 230123456789 hello')).toEqual([]);
  });
});
