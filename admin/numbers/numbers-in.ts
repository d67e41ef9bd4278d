/**
 * The 11-digit mobile numbers in what was typed or pasted, once each, in order. Commas,
 * semicolons, line breaks and tabs separate entries; spaces and dashes inside an entry are
 * how people group digits (`186-0000-1111`, `155 1041 8888`), and an entry of several whole
 * numbers written one after another counts each.
 */
export function numbersIn(text: string): string[] {
  const found = new Set<string>();
  for (const entry of text.split(/[,;，；、\r\n\t]+/)) {
    const digits = entry.replace(/[\s-]/g, '');
    if (!/^(1\d{10})+$/.test(digits)) continue;
    for (let at = 0; at < digits.length; at += 11) found.add(digits.slice(at, at + 11));
  }
  return [...found];
}
