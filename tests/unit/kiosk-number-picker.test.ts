import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { classifyPool, type PoolNumber } from '../../shared';
import { KioskDatabase, writeMeta } from '../../kiosk/db';
import { takeNumberHold } from '../../kiosk/numbers/holdActors';
import { buildNumberIndex, NumberIndexCache } from '../../kiosk/numbers/numberIndex';
import {
  findNumbers,
  highlightRuns,
  nextBestOfTier,
  queryOf,
  surpriseNumbers,
  typeKey,
  type PickerFilter,
} from '../../kiosk/numbers/numberSearch';
import { createKioskApi } from '../../kiosk/sync/api';

const pooled = (
  number: string,
  tierId = 'ordinary',
  priceFen = 0,
  status: PoolNumber['status'] = 'available',
): PoolNumber => ({
  number,
  storeId: 'store-1',
  status,
  priceFen,
  tierId,
  minPlanFeeFen: priceFen > 0 ? 9_600 : 0,
});

const pool = [
  pooled('13012348888', 'gold', 100_000),
  pooled('13012346666', 'gold', 100_000),
  pooled('13012345678', 'silver', 20_000),
  pooled('13055501234', 'silver', 20_000),
  pooled('13012340518'),
  pooled('13012347731'),
  pooled('13012349999', 'gold', 100_000, 'sold'),
  pooled('13012341111', 'gold', 100_000, 'withdrawn'),
];
const noYield = () => Promise.resolve();
const filter = (over: Partial<PickerFilter>): PickerFilter => ({
  mode: 'endsWith',
  digits: '',
  tierIds: [],
  maxPriceFen: null,
  ...over,
});

describe('the picker index', () => {
  it('classifies the pool in slices into the same order as classifyPool, without sold numbers', async () => {
    const index = await buildNumberIndex(pool, noYield);
    const expected = classifyPool(pool.filter((n) => n.status === 'available'));
    expect(index.entries.map((e) => e.number)).toEqual(expected.entries.map((e) => e.number));
    expect(index.entries.map((e) => e.number)).not.toContain('13012349999');
  });

  it('skips a bad record instead of throwing', async () => {
    const index = await buildNumberIndex([...pool, { number: 'not a number' }], noYield);
    expect(index.entries).toHaveLength(6);
  });

  it('builds once per pool version', async () => {
    const db = new KioskDatabase(`kiosk-number-index-${Math.random()}`);
    await db.numbers.bulkPut(pool);
    const cache = new NumberIndexCache(db, noYield);
    const first = await cache.indexFor(1);
    expect(await cache.indexFor(1)).toBe(first);
    await db.numbers.put(pooled('13077778888', 'gold', 100_000));
    const second = await cache.indexFor(2);
    expect(second).not.toBe(first);
    expect(second.entries.map((e) => e.number)).toContain('13077778888');
    db.close();
  });
});

describe('picker searches', () => {
  it.each([
    ['endsWith', '888', ['13012348888']],
    ['contains', '555', ['13055501234']],
    ['pattern', '6*6*', ['13012346666']],
    ['birthday', '0518', ['13012340518']],
  ] as const)('%s %s', async (mode, digits, expected) => {
    const index = await buildNumberIndex(pool, noYield);
    const search = queryOf(filter({ mode, digits }));
    if (!('query' in search)) throw new Error('no query');
    expect(findNumbers(index, search.query, new Set()).map((e) => e.number)).toEqual(expected);
  });

  it('excludes digits, filters tiers and price, and passes over held numbers', async () => {
    const index = await buildNumberIndex(pool, noYield);
    const search = queryOf(filter({ mode: 'excludeDigits', digits: '57', maxPriceFen: 0 }));
    if (!('query' in search)) throw new Error('no query');
    expect(findNumbers(index, search.query, new Set()).map((e) => e.number)).toEqual([]);
    const noNine = queryOf(filter({ mode: 'excludeDigits', digits: '9', maxPriceFen: 0 }));
    if (!('query' in noNine)) throw new Error('no query');
    expect(
      findNumbers(index, noNine.query, new Set())
        .map((e) => e.number)
        .sort(),
    ).toEqual(['13012340518', '13012347731']);
    const gold = queryOf(filter({ tierIds: ['gold'] }));
    if (!('query' in gold)) throw new Error('no query');
    const held = new Set(['13012348888']);
    expect(findNumbers(index, gold.query, held).map((e) => e.number)).toEqual(['13012346666']);
  });

  it('waits for a whole birthday and refuses a day that does not exist', () => {
    expect(queryOf(filter({ mode: 'birthday', digits: '051' }))).toEqual({
      problem: 'birthdayIncomplete',
    });
    expect(queryOf(filter({ mode: 'birthday', digits: '0231' }))).toEqual({
      problem: 'birthdayInvalid',
    });
  });

  it('takes * only in a pattern and each excluded digit once', () => {
    expect(typeKey('endsWith', '8', '*')).toBe('8');
    expect(typeKey('pattern', '8', '*')).toBe('8*');
    expect(typeKey('excludeDigits', '4', '4')).toBe('4');
    expect(typeKey('birthday', '19900518', '1')).toBe('19900518');
  });

  it('surprises with good numbers within the price set', async () => {
    const index = await buildNumberIndex(pool, noYield);
    const picks = surpriseNumbers(index, filter({ maxPriceFen: 20_000 }), new Set(), () => 0.5);
    expect(picks.length).toBeGreaterThan(0);
    expect(picks.every((e) => e.priceFen <= 20_000)).toBe(true);
  });

  it('offers the next best number of the same tier when one is lost', async () => {
    const index = await buildNumberIndex(pool, noYield);
    expect(nextBestOfTier(index, 'gold', '13012348888', new Set())?.number).toBe('13012346666');
    expect(nextBestOfTier(index, 'gold', '13012348888', new Set(['13012346666']))).toBeNull();
  });

  it('groups the digits 3-4-4 and marks the runs asked for', () => {
    const marked = Array.from({ length: 11 }, (_, i) => i >= 7);
    expect(highlightRuns('13012348888', marked)).toEqual([
      { text: '130 1234 ', marked: false },
      { text: '8888', marked: true },
    ]);
  });
});

describe('asking the server for a hold', () => {
  let db: KioskDatabase;
  beforeEach(async () => {
    db = new KioskDatabase(`kiosk-number-hold-api-${Math.random()}`);
    await writeMeta(db, 'identity', { deviceId: 'd1', storeId: 'store-1', token: 't'.repeat(40) });
  });
  afterEach(() => db.close());

  const apiAnswering = (status: number, body: unknown) =>
    createKioskApi({
      fetch: async () =>
        new Response(body === null ? null : JSON.stringify(body), {
          status,
          headers: { 'content-type': 'application/json' },
        }),
    });

  it('returns the lease the server granted', async () => {
    const api = apiAnswering(200, { number: '13012348888', deviceId: 'd1', expiresAt: 42 });
    expect(await takeNumberHold(db, api, '13012348888')).toEqual({
      outcome: 'held',
      expiresAt: 42,
    });
  });

  it.each(['numberHeld', 'numberUnavailable'] as const)(
    'reads a 409 %s as refused',
    async (code) => {
      const api = apiAnswering(409, { error: { code, message: 'no' } });
      expect(await takeNumberHold(db, api, '13012348888')).toEqual({
        outcome: 'refused',
        reason: code,
      });
    },
  );

  it.each([
    [404, { error: { code: 'notFound', message: 'Route not found' } }],
    [500, null],
    [409, { error: { code: 'somethingElse', message: '?' } }],
  ])('holds locally on HTTP %s', async (status, body) => {
    expect(await takeNumberHold(db, apiAnswering(status, body), '13012348888')).toEqual({
      outcome: 'unreachable',
    });
  });

  it('holds locally when there is no network', async () => {
    const api = createKioskApi({
      fetch: async () => {
        throw new TypeError('Failed to fetch');
      },
    });
    expect(await takeNumberHold(db, api, '13012348888')).toEqual({ outcome: 'unreachable' });
  });
});

describe('the index cache', () => {
  it('builds once more, not once per version, when versions arrive during a build', async () => {
    const db = new KioskDatabase(`kiosk-number-index-burst-${Math.random()}`);
    await db.numbers.bulkPut(pool);
    let reads = 0;
    const table = db.numbers;
    const toArray = table.toArray.bind(table);
    table.toArray = (() => {
      reads++;
      return toArray();
    }) as typeof table.toArray;
    const cache = new NumberIndexCache(db, noYield);
    const builds = [1, 2, 3, 4, 5].map((version) => cache.indexFor(version));
    const indexes = await Promise.all(builds);
    expect(reads).toBe(2);
    expect(indexes[4]).toBe(indexes[1]);
    expect(await cache.indexFor(5)).toBe(indexes[4]);
    db.close();
  });
});
