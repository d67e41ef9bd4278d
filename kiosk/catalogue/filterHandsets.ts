import type { Handset } from '../../shared';

export const featureKeys = ['videoCall', 'smart', 'bigScreen', 'camera', 'budget'] as const;
export type FeatureKey = (typeof featureKeys)[number];

export interface HandsetFilter {
  brand: string | null;
  feature: string | null;
  query: string;
}

const featureTests: Record<FeatureKey, (handset: Handset) => boolean> = {
  videoCall: (handset) => handset.frontCamera === 'yes',
  smart: (handset) => handset.os !== null,
  bigScreen: (handset) => (handset.screenIn ?? 0) >= 4,
  camera: (handset) => (handset.cameraMp ?? 0) >= 8,
  budget: (handset) => handset.priceFen < 100_000,
};

function isFeatureKey(value: string): value is FeatureKey {
  return (featureKeys as readonly string[]).includes(value);
}

/** The catalogue's filter: brand, one feature chip and search words (all must match). */
export function filterHandsets(handsets: readonly Handset[], filter: HandsetFilter): Handset[] {
  const words = filter.query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const feature =
    filter.feature && isFeatureKey(filter.feature) ? featureTests[filter.feature] : null;
  return handsets.filter((handset) => {
    if (filter.brand && handset.brand !== filter.brand) return false;
    if (feature && !feature(handset)) return false;
    if (words.length === 0) return true;
    const name = `${handset.brand} ${handset.model}`.toLowerCase();
    return words.every((word) => name.includes(word));
  });
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
