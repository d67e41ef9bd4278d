/**
 * The dataset's `price_eur` is a late street price (2021), not a launch price. A believable
 * shop price in China: EUR × ~9 (yuan) × an age factor (older models fell further since
 * launch), rounded to ¥x99 as shops do.
 */
const ageFactor: Record<number, number> = { 2008: 3.0, 2009: 2.7, 2010: 2.5, 2011: 2.2, 2012: 2.0 };
/** For the 188 rows without a price: a typical 3G handset of that year. */
const typicalYuan: Record<number, number> = {
  2008: 1999,
  2009: 1799,
  2010: 1899,
  2011: 2099,
  2012: 2299,
};

export const minYuan = 299;
export const maxYuan = 9999;

/** ¥x99: 3078 → 3099, 2640 → 2599. */
export function roundToX99(yuan: number): number {
  return Math.max(1, Math.round(yuan / 100)) * 100 - 1;
}

/** Spread for the missing prices, stable per handset: 0.7–1.3 from the id's characters. */
function spreadOf(id: string): number {
  let hash = 0;
  for (const char of id) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return 0.7 + (hash % 61) / 100;
}

export function demoPriceFen(handset: {
  id: string;
  year: number;
  priceEur: number | null;
}): number {
  const factor = ageFactor[handset.year] ?? 2.0;
  const yuan =
    handset.priceEur !== null && handset.priceEur > 0
      ? handset.priceEur * 9 * factor
      : (typicalYuan[handset.year] ?? 1999) * spreadOf(handset.id);
  return Math.min(maxYuan, Math.max(minYuan, roundToX99(yuan))) * 100;
}
