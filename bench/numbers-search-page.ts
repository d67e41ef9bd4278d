import {
  classifyPool,
  defaultTierRules,
  indexClassified,
  searchNumbers,
  surpriseMe,
  tierOf,
  type NumberIndex,
  type NumberQuery,
  type PoolNumber,
} from '../shared';
import { buildNumberIndex } from '../kiosk/numbers/numberIndex';

/**
 * Runs inside Chromium, injected by bench/numbers-search.ts (bundled on the fly, never
 * shipped): the kiosk's number search over a 100,000-number pool, beside a plain linear scan
 * of the raw rows with a string or regex test per number, for the same queries.
 */

export type SearchType =
  'endsWith' | 'contains' | 'pattern' | 'excludeDigits' | 'birthday' | 'tierPrice' | 'surprise';

export interface SearchFigures {
  type: SearchType;
  indexed: number[];
  linear: number[];
  /** Matches found per query by the index (capped at the limit), for a sanity check. */
  meanResults: number;
}

export interface BuildFigures {
  /** classifyPool over the pool in one go: what a naive kiosk would block the screen for. */
  classifyPoolMs: number;
  /** The kiosk's sliced build (kiosk/numbers/numberIndex.ts): total and its slices. */
  slicedTotalMs: number;
  slices: number[];
  /** The last step alone (`indexClassified` on sorted input), best of three. */
  layoutMs: number;
  size: number;
}

export interface NumbersBench {
  makePool(size: number, seed: number): number;
  build(): Promise<BuildFigures>;
  search(type: SearchType, queries: number, seed: number): SearchFigures;
}

declare global {
  interface Window {
    numbersBench: NumbersBench;
  }
}

/** A small deterministic generator, so every run searches the same pool with the same queries. */
function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const segments = ['130', '131', '132', '155', '156', '185', '186'];
const limit = 60;
let rows: PoolNumber[] = [];
let index: NumberIndex | null = null;
let unavailable = new Set<string>();

function niceEnding(random: () => number): string {
  const digit = () => String(Math.floor(random() * 10));
  const a = digit();
  const b = String((Number(a) + 1 + Math.floor(random() * 8)) % 10);
  switch (Math.floor(random() * 5)) {
    case 0:
      return a.repeat(4);
    case 1: {
      const start = Math.floor(random() * 7);
      return '0123456789'.slice(start, start + 4);
    }
    case 2:
      return a + a + b + b;
    case 3:
      return a + b + a + b;
    default:
      return digit() + digit() + '88';
  }
}

function makePool(size: number, seed: number): number {
  const random = mulberry32(seed);
  const seen = new Set<string>();
  rows = [];
  while (rows.length < size) {
    const segment = segments[Math.floor(random() * segments.length)] ?? '130';
    const middle = String(Math.floor(random() * 10_000)).padStart(4, '0');
    const ending =
      random() < 0.12 ? niceEnding(random) : String(Math.floor(random() * 10_000)).padStart(4, '0');
    const number = segment + middle + ending;
    if (seen.has(number)) continue;
    seen.add(number);
    const tier = tierOf(number, defaultTierRules);
    rows.push({
      number,
      storeId: 'store-bench',
      status: 'available',
      priceFen: tier.priceFen,
      tierId: tier.id,
      minPlanFeeFen: tier.minPlanFeeFen,
    });
  }
  // A few held by other customers: the search passes over them.
  unavailable = new Set(rows.filter((_, i) => i % 1000 === 7).map((row) => row.number));
  return rows.length;
}

async function build(): Promise<BuildFigures> {
  const started = performance.now();
  classifyPool(rows);
  const classifyPoolMs = performance.now() - started;

  const slices: number[] = [];
  let sliceStart = performance.now();
  const yieldNow = async () => {
    slices.push(performance.now() - sliceStart);
    await new Promise((resolve) => setTimeout(resolve, 0));
    sliceStart = performance.now();
  };
  const slicedStart = performance.now();
  index = await buildNumberIndex(rows, yieldNow);
  slices.push(performance.now() - sliceStart);
  const slicedTotalMs = performance.now() - slicedStart;

  let layoutMs = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 3; run++) {
    const sorted = [...index.entries];
    const started = performance.now();
    indexClassified(sorted);
    layoutMs = Math.min(layoutMs, performance.now() - started);
  }
  return { classifyPoolMs, slicedTotalMs, slices, layoutMs, size: index.entries.length };
}

/** Queries drawn from the pool itself, so most of them find something. */
function makeQuery(type: SearchType, random: () => number): NumberQuery {
  const pick = () => rows[Math.floor(random() * rows.length)]?.number ?? '13012345678';
  const digit = () => String(Math.floor(random() * 10));
  const tiers = defaultTierRules.tiers.map((tier) => tier.id);
  switch (type) {
    case 'endsWith':
      return { endsWith: pick().slice(-(2 + Math.floor(random() * 3))) };
    case 'contains': {
      const number = pick();
      const length = 3 + Math.floor(random() * 2);
      const start = 3 + Math.floor(random() * (11 - 3 - length));
      return { contains: number.slice(start, start + length) };
    }
    case 'pattern': {
      const tail = pick()
        .slice(-(4 + Math.floor(random() * 3)))
        .split('');
      tail[Math.floor(random() * tail.length)] = '*';
      tail[Math.floor(random() * tail.length)] = '*';
      return { pattern: tail.join('') };
    }
    case 'excludeDigits':
      return { excludeDigits: random() < 0.5 ? digit() : [...new Set(digit() + digit())].join('') };
    case 'birthday': {
      const month = 1 + Math.floor(random() * 12);
      const day = 1 + Math.floor(random() * 28);
      const monthDay = String(month).padStart(2, '0') + String(day).padStart(2, '0');
      return {
        birthday: random() < 0.7 ? monthDay : String(1960 + Math.floor(random() * 45)) + monthDay,
      };
    }
    case 'tierPrice':
    case 'surprise': {
      const chosen = tiers.filter(() => random() < 0.4);
      const query: NumberQuery = {};
      if (chosen.length > 0) query.tierIds = chosen;
      if (random() < 0.6) query.maxPriceFen = [0, 5_000, 20_000, 100_000][Math.floor(random() * 4)];
      return query;
    }
  }
}

/** What a kiosk without an index would do: test every raw row, then keep the first matches. */
function linearScan(query: NumberQuery, random: () => number, surprise: boolean): number {
  const ending = query.pattern ? new RegExp(`${query.pattern.replace(/[*?]/g, '\\d')}$`) : null;
  const excluded = query.excludeDigits ? new RegExp(`[${query.excludeDigits}]`) : null;
  const tiers = query.tierIds ? new Set(query.tierIds) : null;
  const maxPrice = query.maxPriceFen ?? Number.POSITIVE_INFINITY;
  const found: PoolNumber[] = [];
  for (const row of rows) {
    const n = row.number;
    if (row.priceFen > maxPrice) continue;
    if (tiers && !tiers.has(row.tierId)) continue;
    if (query.endsWith && !n.endsWith(query.endsWith)) continue;
    if (query.contains && !n.includes(query.contains)) continue;
    if (query.birthday && !n.includes(query.birthday)) continue;
    if (ending && !ending.test(n)) continue;
    if (excluded && excluded.test(n)) continue;
    if (unavailable.has(n)) continue;
    found.push(row);
  }
  if (surprise) {
    for (let i = 0; i < Math.min(6, found.length); i++) {
      const j = i + Math.floor(random() * (found.length - i));
      [found[i], found[j]] = [found[j] as PoolNumber, found[i] as PoolNumber];
    }
  }
  return found.length;
}

function search(type: SearchType, queries: number, seed: number): SearchFigures {
  if (!index) throw new Error('build() first');
  const random = mulberry32(seed);
  const list = Array.from({ length: queries }, () => makeQuery(type, random));
  const indexed: number[] = [];
  const linear: number[] = [];
  let results = 0;
  // Warm both paths, then alternate them so drift hits both alike.
  for (const query of list.slice(0, 10)) {
    searchNumbers(index, query, limit, unavailable);
    linearScan(query, random, type === 'surprise');
  }
  for (const query of list) {
    let started = performance.now();
    const found =
      type === 'surprise'
        ? surpriseMe(index, 6, random, query, unavailable)
        : searchNumbers(index, query, limit, unavailable);
    indexed.push(performance.now() - started);
    results += found.length;
    started = performance.now();
    linearScan(query, random, type === 'surprise');
    linear.push(performance.now() - started);
  }
  return { type, indexed, linear, meanResults: results / queries };
}

window.numbersBench = { makePool, build, search };
