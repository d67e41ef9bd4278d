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

/**
 * What a form's handset search lists: nothing until something is typed (the catalogue holds
 * 1,000+), else the matches, each marked when the item already has it (`chosen`).
 */
export function handsetChoices(
  handsets: readonly Handset[],
  query: string,
  chosen: readonly string[],
  limit: number,
): { shown: { handset: Handset; chosen: boolean }[]; matched: number } {
  if (query.trim() === '') return { shown: [], matched: 0 };
  const { shown, matched } = searchHandsets(handsets, query, limit);
  return {
    shown: shown.map((handset) => ({ handset, chosen: chosen.includes(handset.id) })),
    matched,
  };
}
