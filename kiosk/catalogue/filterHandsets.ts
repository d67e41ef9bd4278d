import type { Handset } from '../../shared';

/**
 * The catalogue's filter and sort, pure and built for a finger that taps fast: the work that
 * does not depend on the filter (lower-cased names, feature bits, the five sort orders) is
 * done once per catalogue in `indexCatalogue`; each tap then walks one pre-sorted order once.
 */

export const featureKeys = ['videoCall', 'bigScreen', 'dualSim', 'smart', 'camera'] as const;
export type FeatureKey = (typeof featureKeys)[number];

const featureTests: Record<FeatureKey, (handset: Handset) => boolean> = {
  videoCall: (handset) => handset.frontCamera === 'yes',
  bigScreen: (handset) => (handset.screenIn ?? 0) >= 4,
  dualSim: (handset) => handset.dualSim,
  smart: (handset) => handset.os !== null,
  camera: (handset) => (handset.cameraMp ?? 0) >= 8,
};

/** Price bands in fen, upper bound excluded. */
export const priceBands = {
  under1000: { minFen: 0, maxFen: 100_000 },
  from1000: { minFen: 100_000, maxFen: 200_000 },
  from2000: { minFen: 200_000, maxFen: 300_000 },
  from3000: { minFen: 300_000, maxFen: Number.POSITIVE_INFINITY },
} as const;
export type PriceBand = keyof typeof priceBands;
export const priceBandKeys = Object.keys(priceBands) as PriceBand[];

export const sortKeys = ['recommended', 'priceLow', 'priceHigh', 'newest', 'screen'] as const;
export type SortKey = (typeof sortKeys)[number];

export interface HandsetFilter {
  brand: string | null;
  /** Every feature must hold (AND). */
  features: readonly FeatureKey[];
  priceBand: PriceBand | null;
  /** Only handsets this store has on its shelf now. */
  inStock: boolean;
  query: string;
  sort: SortKey;
}

export const emptyHandsetFilter: HandsetFilter = {
  brand: null,
  features: [],
  priceBand: null,
  inStock: false,
  query: '',
  sort: 'recommended',
};

/** Units of each handset in this kiosk's store; a handset not in the map is not stocked. */
export type StockByHandset = ReadonlyMap<string, number>;

export interface CatalogueIndex {
  handsets: readonly Handset[];
  /** `brand model`, lower-cased, by position. */
  names: readonly string[];
  /** One bit per feature key, by position. */
  featureBits: Uint8Array;
  inStock: Uint8Array;
  /** Positions in each sort order. */
  orders: Record<SortKey, Uint32Array>;
}

const bitOf = (key: FeatureKey) => 1 << featureKeys.indexOf(key);

function featureBitsOf(handset: Handset): number {
  let bits = 0;
  for (const key of featureKeys) if (featureTests[key](handset)) bits |= bitOf(key);
  return bits;
}

/** Everything about the catalogue the filter needs, computed once per catalogue or stock change. */
export function indexCatalogue(
  handsets: readonly Handset[],
  stock: StockByHandset = new Map(),
): CatalogueIndex {
  const count = handsets.length;
  const featureBits = new Uint8Array(count);
  const inStock = new Uint8Array(count);
  const names: string[] = new Array<string>(count);
  handsets.forEach((handset, i) => {
    names[i] = `${handset.brand} ${handset.model}`.toLowerCase();
    featureBits[i] = featureBitsOf(handset);
    inStock[i] = (stock.get(handset.id) ?? 0) > 0 ? 1 : 0;
  });
  const at = (i: number) => handsets[i] as Handset;
  const positions = () => Uint32Array.from({ length: count }, (_, i) => i);
  // The one string comparison: every other order breaks its ties by this rank.
  const newest = positions().sort(
    (a, b) =>
      at(b).year - at(a).year ||
      at(b).priceFen - at(a).priceFen ||
      at(a).id.localeCompare(at(b).id),
  );
  const rank = new Uint32Array(count);
  newest.forEach((position, order) => (rank[position] = order));
  const byKey = (key: (i: number) => number) => {
    const keys = Float64Array.from({ length: count }, (_, i) => key(i));
    return positions().sort(
      (a, b) => (keys[a] ?? 0) - (keys[b] ?? 0) || (rank[a] ?? 0) - (rank[b] ?? 0),
    );
  };
  return {
    handsets,
    names,
    featureBits,
    inStock,
    orders: {
      // On the shelf first (a customer can take it home today), then newest.
      recommended: byKey((i) => -(inStock[i] ?? 0)),
      priceLow: byKey((i) => at(i).priceFen),
      priceHigh: byKey((i) => -at(i).priceFen),
      newest,
      screen: byKey((i) => -(at(i).screenIn ?? 0)),
    },
  };
}

export function filterHandsets(index: CatalogueIndex, filter: HandsetFilter): Handset[] {
  const words = filter.query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  let wanted = 0;
  for (const key of filter.features) wanted |= bitOf(key);
  const band = filter.priceBand ? priceBands[filter.priceBand] : null;
  const { handsets, names, featureBits, inStock } = index;
  const shown: Handset[] = [];
  for (const i of index.orders[filter.sort]) {
    if (((featureBits[i] ?? 0) & wanted) !== wanted) continue;
    if (filter.inStock && inStock[i] === 0) continue;
    const handset = handsets[i] as Handset;
    if (filter.brand !== null && handset.brand !== filter.brand) continue;
    if (band && (handset.priceFen < band.minFen || handset.priceFen >= band.maxFen)) continue;
    if (words.length > 0) {
      const name = names[i] ?? '';
      if (!words.every((word) => name.includes(word))) continue;
    }
    shown.push(handset);
  }
  return shown;
}

/** Whether the customer narrowed the catalogue at all (the sort alone does not count). */
export function isFiltered(filter: HandsetFilter): boolean {
  return (
    filter.brand !== null ||
    filter.features.length > 0 ||
    filter.priceBand !== null ||
    filter.inStock ||
    filter.query.trim() !== ''
  );
}

export interface BrandCount {
  brand: string;
  count: number;
}

/** Brands by how many handsets they have, the biggest first. */
export function brandCounts(handsets: readonly Handset[]): BrandCount[] {
  const counts = new Map<string, number>();
  for (const handset of handsets) counts.set(handset.brand, (counts.get(handset.brand) ?? 0) + 1);
  return [...counts]
    .map(([brand, count]) => ({ brand, count }))
    .sort((a, b) => b.count - a.count || a.brand.localeCompare(b.brand));
}
