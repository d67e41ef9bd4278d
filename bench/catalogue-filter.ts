import { performance } from 'node:perf_hooks';
import type { Handset } from '../shared';
import {
  brandCounts,
  emptyHandsetFilter,
  featureKeys,
  filterHandsets,
  indexCatalogue,
  priceBandKeys,
  priceBands,
  sortKeys,
  type HandsetFilter,
  type StockByHandset,
} from '../kiosk/catalogue/filterHandsets';
import { seededRandom, type Random } from '../server/seed/random';
import { loadDemoHandsets } from '../server/seed/handsets-csv';
import { fmt, median, percentile, printTable, type Row } from './support/report';

/**
 * The kiosk catalogue's filter and sort (kiosk/catalogue/filterHandsets.ts) over the real
 * 1,219 handsets, and over ten copies of them: random customer taps (a feature chip, a price
 * band, a brand, "in stock", a sort, a word typed, a reset), each timed, beside two baselines
 * measured in the same run on the same filters: the straightforward way (Array.filter with
 * the same tests, then Array.sort) and a bare Array.filter by brand, the least any filter does.
 * Budget: one frame (16.7 ms) per tap, on a kiosk's small CPU, so well under it here.
 */
// Knobs: BENCH_CATALOGUE_TAPS (default 3,000), BENCH_CATALOGUE_SCALE (copies for the big run, 10).
const taps = Number(process.env.BENCH_CATALOGUE_TAPS ?? 3_000);
const scale = Number(process.env.BENCH_CATALOGUE_SCALE ?? 10);
const frameMs = 1000 / 60;

function replicate(handsets: readonly Handset[], copies: number): Handset[] {
  return Array.from({ length: copies }, (_, copy) =>
    handsets.map((handset) => ({ ...handset, id: `${handset.id}~${copy}` })),
  ).flat();
}

function stockFor(handsets: readonly Handset[], random: Random): StockByHandset {
  return new Map(
    handsets.filter(() => random.chance(0.3)).map((handset) => [handset.id, random.int(1, 9)]),
  );
}

/** The next filter after one tap, like a customer at the screen. */
function tap(filter: HandsetFilter, random: Random, brands: string[], words: string[]) {
  const roll = random.int(0, 9);
  if (roll <= 2) {
    const key = random.pick(featureKeys);
    const features = filter.features.includes(key)
      ? filter.features.filter((each) => each !== key)
      : [...filter.features, key];
    return { ...filter, features };
  }
  if (roll === 3)
    return { ...filter, priceBand: random.chance(0.2) ? null : random.pick(priceBandKeys) };
  if (roll === 4) return { ...filter, brand: random.chance(0.2) ? null : random.pick(brands) };
  if (roll === 5) return { ...filter, inStock: !filter.inStock };
  if (roll === 6) return { ...filter, sort: random.pick(sortKeys) };
  if (roll === 7) return { ...filter, query: random.chance(0.3) ? '' : random.pick(words) };
  if (roll === 8 && random.chance(0.3)) return emptyHandsetFilter;
  return { ...filter, brand: null, features: [] };
}

/** The same rule written the obvious way: every test on every tap, then a sort. */
function naiveFilter(
  handsets: readonly Handset[],
  stock: StockByHandset,
  filter: HandsetFilter,
): Handset[] {
  const words = filter.query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const band = filter.priceBand ? priceBands[filter.priceBand] : null;
  const units = (h: Handset) => stock.get(h.id) ?? 0;
  const shown = handsets.filter((h) => {
    if (filter.brand !== null && h.brand !== filter.brand) return false;
    for (const key of filter.features) {
      if (key === 'videoCall' && h.frontCamera !== 'yes') return false;
      if (key === 'bigScreen' && (h.screenIn ?? 0) < 4) return false;
      if (key === 'dualSim' && !h.dualSim) return false;
      if (key === 'smart' && h.os === null) return false;
      if (key === 'camera' && (h.cameraMp ?? 0) < 8) return false;
    }
    if (filter.inStock && units(h) === 0) return false;
    if (band && (h.priceFen < band.minFen || h.priceFen >= band.maxFen)) return false;
    const name = `${h.brand} ${h.model}`.toLowerCase();
    return words.every((word) => name.includes(word));
  });
  const newest = (a: Handset, b: Handset) =>
    b.year - a.year || b.priceFen - a.priceFen || a.id.localeCompare(b.id);
  const compare: Record<HandsetFilter['sort'], (a: Handset, b: Handset) => number> = {
    recommended: (a, b) => Number(units(b) > 0) - Number(units(a) > 0) || newest(a, b),
    priceLow: (a, b) => a.priceFen - b.priceFen || newest(a, b),
    priceHigh: (a, b) => b.priceFen - a.priceFen || newest(a, b),
    newest,
    screen: (a, b) => (b.screenIn ?? 0) - (a.screenIn ?? 0) || newest(a, b),
  };
  return shown.sort(compare[filter.sort]);
}

function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

interface RunFigures {
  size: number;
  indexed: number[];
  naive: number[];
  bare: number[];
  build: number[];
  meanShown: number;
}

function runTaps(handsets: readonly Handset[], seed: number): RunFigures {
  const random = seededRandom(seed);
  const stock = stockFor(handsets, random);
  const brands = brandCounts(handsets)
    .slice(0, 12)
    .map((each) => each.brand);
  const words = handsets.slice(0, 200).map((h) => h.model.split(/\s+/)[0]?.toLowerCase() ?? '');
  const build: number[] = [];
  let index = indexCatalogue(handsets, stock);
  for (let i = 0; i < 30; i++) build.push(time(() => (index = indexCatalogue(handsets, stock))));

  const filters: HandsetFilter[] = [];
  let filter = emptyHandsetFilter;
  for (let i = 0; i < taps; i++) filters.push((filter = tap(filter, random, brands, words)));
  // Warm every path up before the clock counts.
  for (const each of filters.slice(0, 300)) {
    filterHandsets(index, each);
    naiveFilter(handsets, stock, each);
  }

  const indexed: number[] = [];
  const naive: number[] = [];
  const bare: number[] = [];
  let shownTotal = 0;
  for (const each of filters) {
    let shown: Handset[] = [];
    indexed.push(time(() => (shown = filterHandsets(index, each))));
    shownTotal += shown.length;
    const expected = naiveFilter(handsets, stock, each);
    naive.push(time(() => naiveFilter(handsets, stock, each)));
    const brand = each.brand ?? brands[0];
    bare.push(time(() => handsets.filter((h) => h.brand === brand)));
    if (expected.length !== shown.length || expected.some((h, i) => h !== shown[i])) {
      throw new Error(`filterHandsets disagrees with the plain rule for ${JSON.stringify(each)}`);
    }
  }
  return { size: handsets.length, indexed, naive, bare, build, meanShown: shownTotal / taps };
}

function rowsOf(figures: RunFigures): Row[] {
  const { size, indexed, naive, bare, build, meanShown } = figures;
  const p95 = percentile(indexed, 95);
  const naiveP95 = percentile(naive, 95);
  const bareP95 = percentile(bare, 95);
  return [
    {
      figure: `${fmt(size)} handsets, filter + sort per tap: p95 ms (median ${fmt(median(indexed), 3)}; ${fmt(meanShown, 0)} shown/tap)`,
      value: fmt(p95, 3),
      baseline: `Array.filter + sort ${fmt(naiveP95, 3)}`,
      ratio: `${fmt(p95 / naiveP95, 2)}×`,
      target: `< ${fmt(frameMs, 1)} ms (one frame)`,
    },
    {
      figure: `${fmt(size)} handsets, same taps against a bare Array.filter by brand (p95 ms)`,
      value: fmt(p95, 3),
      baseline: `bare filter ${fmt(bareP95, 3)}`,
      ratio: `${fmt(p95 / bareP95, 2)}×`,
      target: 'same order of magnitude',
    },
    {
      figure: `${fmt(size)} handsets, index build (names, feature bits, 5 sort orders) p95 ms, once per catalogue or stock change`,
      value: fmt(percentile(build, 95), 2),
      baseline: `one tap ${fmt(p95, 3)}`,
      ratio: `${fmt(percentile(build, 95) / p95, 0)}×`,
      target: `< ${fmt(frameMs * 6, 0)} ms (off the tap path)`,
    },
  ];
}

export async function benchCatalogueFilter(): Promise<RunFigures[]> {
  const handsets = loadDemoHandsets();
  const runs = [runTaps(handsets, 20_261_203), runTaps(replicate(handsets, scale), 20_261_204)];
  printTable(
    `Catalogue filter and sort (${fmt(taps)} random taps, Node ${process.version})`,
    runs.flatMap(rowsOf),
  );
  return runs;
}
