import type { Handset } from '../../shared';

/**
 * Handsets whose brand and model hold every word typed ("nokia n8", "n8 nok"), in catalogue
 * order, at most `limit`; also how many matched, so the list can say what it left out.
 */
export function searchHandsets(
  handsets: readonly Handset[],
  query: string,
  limit: number,
): { shown: Handset[]; matched: number } {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const shown: Handset[] = [];
  let matched = 0;
  for (const handset of handsets) {
    const text = `${handset.brand} ${handset.model}`.toLowerCase();
    if (!words.every((word) => text.includes(word))) continue;
    matched += 1;
    if (shown.length < limit) shown.push(handset);
  }
  return { shown, matched };
}
