import { describe, expect, it } from 'vitest';
import {
  classifyNumber,
  classifyPool,
  defaultTierRules,
  type NumberQuery,
  numberQuerySchema,
  searchNumbers,
  surpriseMe,
  tierOf,
} from '../../shared';

const poolNumbers = [
  '13088888888',
  '13012358888',
  '13012354444',
  '13012345678',
  '13058585858',
  '13012345566',
  '13012345858',
  '13219900512',
  '13119900512',
  '13052015201',
  '13012378889',
  '13112378889',
  '13012341231',
  '18612335670',
  '14512341234',
  '13013572468',
  '13098698619',
  '15688881239',
  '18612348888',
];

function offered(number: string) {
  const tier = tierOf(number, defaultTierRules);
  return { number, priceFen: tier.priceFen, tierId: tier.id };
}

const index = classifyPool(poolNumbers.map(offered));

function search(query: NumberQuery, limit = 100) {
  return searchNumbers(index, numberQuerySchema.parse(query), limit).map((found) => found.number);
}

/** Every pool number that `keep` accepts, most attractive first, by the ordering's definition. */
function expected(keep: (number: string) => boolean): string[] {
  return poolNumbers
    .filter(keep)
    .map(offered)
    .map((entry) => ({ ...entry, score: classifyNumber(entry.number).score }))
    .sort(
      (a, b) => b.score - a.score || a.priceFen - b.priceFen || a.number.localeCompare(b.number),
    )
    .map((entry) => entry.number);
}

function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('searchNumbers', () => {
  it('returns the whole pool for an empty query, most attractive first', () => {
    const all = search({});
    expect(all).toEqual(expected(() => true));
    expect(all[0]).toBe('13088888888');
    const scores = searchNumbers(index, {}, 100).map((found) => found.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it.each<[string, NumberQuery, (number: string) => boolean]>([
    ['ends with 8888', { endsWith: '8888' }, (n) => n.endsWith('8888')],
    ['ends with a whole number', { endsWith: '13012345678' }, (n) => n === '13012345678'],
    ['contains 520', { contains: '520' }, (n) => n.includes('520')],
    ['contains 1234', { contains: '1234' }, (n) => n.includes('1234')],
    ['a full pattern', { pattern: '1**8888****' }, (n) => n.slice(3, 7) === '8888'],
    ['a short pattern read at the end', { pattern: '8*8*' }, (n) => n[7] === '8' && n[9] === '8'],
    ['? like *', { pattern: '??5?5?' }, (n) => n[7] === '5' && n[9] === '5'],
    ['no 4', { excludeDigits: '4' }, (n) => !n.includes('4')],
    ['no 4 and no 7', { excludeDigits: '47' }, (n) => !/[47]/.test(n)],
    ['a birthday MMDD', { birthday: '0512' }, (n) => n.includes('0512')],
    ['a birthday YYYYMMDD', { birthday: '19900512' }, (n) => n.includes('19900512')],
    ['one tier', { tierIds: ['gold'] }, (n) => tierOf(n, defaultTierRules).id === 'gold'],
    [
      'two tiers',
      { tierIds: ['silver', 'bronze'] },
      (n) => ['silver', 'bronze'].includes(tierOf(n, defaultTierRules).id),
    ],
    ['any tier when none is chosen', { tierIds: [] }, () => true],
    ['an unknown tier', { tierIds: ['platinum'] }, () => false],
    [
      'a pattern kind',
      { patternKinds: ['aabb', 'repeatedGroup'] },
      (n) =>
        classifyNumber(n).patterns.some((p) => p.kind === 'aabb' || p.kind === 'repeatedGroup'),
    ],
    [
      'a price limit',
      { maxPriceFen: 20_000 },
      (n) => tierOf(n, defaultTierRules).priceFen <= 20_000,
    ],
    ['free numbers', { maxPriceFen: 0 }, (n) => tierOf(n, defaultTierRules).priceFen === 0],
    [
      'several conditions at once',
      { endsWith: '8', excludeDigits: '4', maxPriceFen: 100_000 },
      (n) => n.endsWith('8') && !n.includes('4') && tierOf(n, defaultTierRules).priceFen <= 100_000,
    ],
  ])('finds by %s', (name, query, keep) => {
    const found = search(query);
    expect(found).toEqual(expected(keep));
    // The pool is built so that every filter keeps some numbers and drops others.
    if (name === 'an unknown tier') expect(found).toEqual([]);
    else if (name === 'any tier when none is chosen')
      expect(found).toHaveLength(poolNumbers.length);
    else expect(found.length).toBeGreaterThan(0);
    if (name !== 'any tier when none is chosen')
      expect(found.length).toBeLessThan(poolNumbers.length);
  });

  it('finds something for most kinds of query in this pool', () => {
    expect(search({ endsWith: '8888' })).toHaveLength(3);
    expect(search({ pattern: '1**8888****' })).toEqual(['13088888888', '15688881239']);
    expect(search({ birthday: '19900512' }).sort()).toEqual(['13119900512', '13219900512']);
    expect(search({ excludeDigits: '4' }).some((n) => n.includes('4'))).toBe(false);
  });

  it('breaks ties in score by price, then by number', () => {
    const tied = classifyPool([
      { number: '13112378889', priceFen: 500, tierId: 'x' },
      { number: '13012378889', priceFen: 500, tierId: 'x' },
      { number: '13212378889', priceFen: 100, tierId: 'x' },
    ]);
    const scores = new Set(tied.entries.map((entry) => entry.score));
    expect(scores.size).toBe(1);
    expect(searchNumbers(tied, {}, 10).map((found) => found.number)).toEqual([
      '13212378889',
      '13012378889',
      '13112378889',
    ]);
  });

  it('stops at the limit with the best ones', () => {
    expect(search({}, 3)).toEqual(expected(() => true).slice(0, 3));
    expect(search({}, 0)).toEqual([]);
  });

  it('passes over numbers held since the index was built', () => {
    const held = new Set(['13088888888', '13012358888']);
    const found = searchNumbers(index, { endsWith: '8888' }, 10, held);
    expect(found.map((entry) => entry.number)).toEqual(['18612348888']);
  });

  it('returns the tier, price and patterns with each number', () => {
    const [best] = searchNumbers(index, { endsWith: '88888888' }, 1);
    expect(best).toMatchObject({ number: '13088888888', tierId: 'diamond', priceFen: 500_000 });
    expect(best?.patterns[0]?.kind).toBe('repeat');
  });

  it('leaves out malformed and repeated numbers when indexing', () => {
    const built = classifyPool([
      offered('13012358888'),
      offered('13012358888'),
      { number: '1301235888', priceFen: 0, tierId: 'x' },
      { number: '1301235888a', priceFen: 0, tierId: 'x' },
    ]);
    expect(built.entries.map((entry) => entry.number)).toEqual(['13012358888']);
    expect(built.rejected).toEqual(['13012358888', '1301235888', '1301235888a']);
  });

  it('finds the right numbers in a pool of 20,000', () => {
    const random = mulberry32(7);
    const numbers = new Set<string>();
    while (numbers.size < 20_000) {
      numbers.add(`130${String(Math.floor(random() * 100_000_000)).padStart(8, '0')}`);
    }
    const big = classifyPool([...numbers].map((number) => ({ number, priceFen: 0, tierId: 'x' })));
    const found = searchNumbers(big, { contains: '520', excludeDigits: '4' }, 100_000);
    const brute = [...numbers].filter((n) => n.includes('520') && !n.includes('4'));
    expect(found.map((entry) => entry.number).sort()).toEqual(brute.sort());
    expect(brute.length).toBeGreaterThan(0);
  });
});

describe('numberQuerySchema', () => {
  it.each([
    [{ endsWith: '8a' }],
    [{ endsWith: '' }],
    [{ contains: '123456789012' }],
    [{ pattern: '1**8888****8' }],
    [{ pattern: '1%%8' }],
    [{ excludeDigits: '4x' }],
    [{ birthday: '0230' }],
    [{ birthday: '1301' }],
    [{ birthday: '19900230' }],
    [{ birthday: '20230229' }],
    [{ birthday: '990512' }],
    [{ patternKinds: ['sevens'] }],
    [{ maxPriceFen: 9.99 }],
  ])('refuses %j', (query) => {
    expect(numberQuerySchema.safeParse(query).success).toBe(false);
  });

  it.each([[{ birthday: '0229' }], [{ birthday: '20240229' }], [{ pattern: '?*8' }], [{}]])(
    'accepts %j',
    (query) => {
      expect(numberQuerySchema.safeParse(query).success).toBe(true);
    },
  );
});

describe('surpriseMe', () => {
  it('gives the same handful for the same random source', () => {
    const first = surpriseMe(index, 4, mulberry32(42)).map((found) => found.number);
    const again = surpriseMe(index, 4, mulberry32(42)).map((found) => found.number);
    expect(first).toHaveLength(4);
    expect(again).toEqual(first);
    expect(new Set(first).size).toBe(4);
  });

  it('draws differently with another random source', () => {
    const draws = new Set(
      [1, 2, 3, 4, 5].map((seed) =>
        surpriseMe(index, 3, mulberry32(seed))
          .map((found) => found.number)
          .join(),
      ),
    );
    expect(draws.size).toBeGreaterThan(1);
  });

  it('takes the best numbers when the source always says 0', () => {
    const picked = surpriseMe(index, 3, () => 0).map((found) => found.number);
    expect(picked).toEqual(search({}, 3));
  });

  it('draws only from the best of a large pool, sorted for display', () => {
    const numbers = Array.from(
      { length: 2_000 },
      (_, i) => `1301${String(i * 3_331).padStart(7, '0')}`,
    );
    const big = classifyPool(numbers.map((number) => ({ number, priceFen: 0, tierId: 'x' })));
    const best = new Set(searchNumbers(big, {}, 50).map((found) => found.number));
    const picked = surpriseMe(big, 5, mulberry32(9));
    expect(picked).toHaveLength(5);
    for (const found of picked) expect(best.has(found.number)).toBe(true);
    const scores = picked.map((found) => found.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('respects the query and returns what there is when there are fewer', () => {
    const picked = surpriseMe(index, 10, mulberry32(3), { maxPriceFen: 0 });
    expect(picked.map((found) => found.number).sort()).toEqual(search({ maxPriceFen: 0 }).sort());
    expect(picked.every((found) => found.priceFen === 0)).toBe(true);
  });

  it('survives a random source that returns 1', () => {
    expect(surpriseMe(index, 2, () => 1)).toHaveLength(2);
    expect(surpriseMe(index, 0, () => 0.5)).toEqual([]);
  });
});
