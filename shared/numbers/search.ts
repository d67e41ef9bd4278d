import { classifyNumber, type NumberPattern, patternKindBit } from './patterns';
import type { NumberQuery } from './query';

/** A number a kiosk can offer, with the tier and price the pool gives it. */
export interface OfferedNumber {
  number: string;
  priceFen: number;
  tierId: string;
}

export interface IndexedNumber extends OfferedNumber {
  patterns: readonly NumberPattern[];
  luckyDigits: number;
  score: number;
}

/**
 * A pool classified once and laid out for scanning: entry `i` has its digits at
 * `digits[i * 11 …]` and its filters in the typed arrays at `i`, so a query walks memory
 * without allocating, and stops as soon as it has enough (entries are best first).
 */
export interface NumberIndex {
  /** Most attractive first: score descending, then price ascending, then number. */
  readonly entries: readonly IndexedNumber[];
  readonly digits: Uint8Array;
  /** Bit d is set when digit d appears anywhere in the number. */
  readonly digitMasks: Uint16Array;
  /** One bit per pattern kind found (`patternKindBit`). */
  readonly kindMasks: Uint16Array;
  readonly prices: Float64Array;
  readonly tierCodes: Uint16Array;
  readonly tierCodeOf: ReadonlyMap<string, number>;
  /** Entries left out because they are not 11 digits, or repeat an earlier number. */
  readonly rejected: readonly string[];
}

const numberLength = 11;
const validNumber = /^\d{11}$/;

export function byAttractiveness(a: IndexedNumber, b: IndexedNumber): number {
  return (
    b.score - a.score ||
    a.priceFen - b.priceFen ||
    (a.number < b.number ? -1 : a.number > b.number ? 1 : 0)
  );
}

export function classifyPool(numbers: readonly OfferedNumber[]): NumberIndex {
  const seen = new Set<string>();
  const rejected: string[] = [];
  const entries: IndexedNumber[] = [];
  for (const offered of numbers) {
    if (!validNumber.test(offered.number) || seen.has(offered.number)) {
      rejected.push(offered.number);
      continue;
    }
    seen.add(offered.number);
    const { patterns, luckyDigits, score } = classifyNumber(offered.number);
    entries.push({ ...offered, patterns, luckyDigits, score });
  }
  return indexClassified(entries, rejected);
}

/**
 * Lays out numbers already classified (valid and unique) as an index, sorting them in place;
 * lets a caller classify (and sort) a large pool in slices between frames and pay only this
 * last step at once.
 */
export function indexClassified(
  classified: IndexedNumber[],
  rejected: readonly string[] = [],
): NumberIndex {
  const entries = classified;
  entries.sort(byAttractiveness);

  const size = entries.length;
  const digits = new Uint8Array(size * numberLength);
  const digitMasks = new Uint16Array(size);
  const kindMasks = new Uint16Array(size);
  const prices = new Float64Array(size);
  const tierCodes = new Uint16Array(size);
  const tierCodeOf = new Map<string, number>();
  entries.forEach((entry, i) => {
    for (let k = 0; k < numberLength; k++) {
      const digit = entry.number.charCodeAt(k) - 48;
      digits[i * numberLength + k] = digit;
      digitMasks[i] = (digitMasks[i] ?? 0) | (1 << digit);
    }
    for (const found of entry.patterns)
      kindMasks[i] = (kindMasks[i] ?? 0) | patternKindBit(found.kind);
    prices[i] = entry.priceFen;
    if (!tierCodeOf.has(entry.tierId)) tierCodeOf.set(entry.tierId, tierCodeOf.size);
    tierCodes[i] = tierCodeOf.get(entry.tierId) ?? 0;
  });
  return { entries, digits, digitMasks, kindMasks, prices, tierCodes, tierCodeOf, rejected };
}

/** A query turned into digit arrays and bit masks once, before the scan. */
interface CompiledQuery {
  /** Digit arrays read against the end of the number; -1 takes any digit. */
  endings: Int8Array[];
  /** Digit arrays that must appear somewhere. */
  needles: Int8Array[];
  excludeMask: number;
  kindMask: number;
  /** By tier code: 1 when allowed; null when any tier will do. */
  tiersAllowed: Uint8Array | null;
  maxPriceFen: number;
}

function toDigits(text: string): Int8Array {
  const digits = new Int8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    digits[i] = code >= 48 && code <= 57 ? code - 48 : -1;
  }
  return digits;
}

function compile(index: NumberIndex, query: NumberQuery): CompiledQuery {
  const endings = [query.endsWith, query.pattern].filter((text) => text !== undefined);
  const needles = [query.contains, query.birthday].filter((text) => text !== undefined);
  let excludeMask = 0;
  for (const digit of query.excludeDigits ?? '') excludeMask |= 1 << Number(digit);
  let kindMask = 0;
  for (const kind of query.patternKinds ?? []) kindMask |= patternKindBit(kind);
  let tiersAllowed: Uint8Array | null = null;
  if (query.tierIds && query.tierIds.length > 0) {
    tiersAllowed = new Uint8Array(index.tierCodeOf.size);
    for (const tierId of query.tierIds) {
      const code = index.tierCodeOf.get(tierId);
      if (code !== undefined) tiersAllowed[code] = 1;
    }
  }
  return {
    endings: endings.map(toDigits),
    needles: needles.map(toDigits),
    excludeMask,
    kindMask,
    tiersAllowed,
    maxPriceFen: query.maxPriceFen ?? Number.POSITIVE_INFINITY,
  };
}

function endsWith(digits: Uint8Array, base: number, ending: Int8Array): boolean {
  const offset = base + numberLength - ending.length;
  for (let k = 0; k < ending.length; k++) {
    const wanted = ending[k] ?? -1;
    if (wanted !== -1 && digits[offset + k] !== wanted) return false;
  }
  return true;
}

function contains(digits: Uint8Array, base: number, needle: Int8Array): boolean {
  for (let start = base; start <= base + numberLength - needle.length; start++) {
    let k = 0;
    while (k < needle.length && digits[start + k] === needle[k]) k++;
    if (k === needle.length) return true;
  }
  return false;
}

function matches(index: NumberIndex, i: number, query: CompiledQuery): boolean {
  if ((index.prices[i] ?? 0) > query.maxPriceFen) return false;
  if (query.kindMask !== 0 && ((index.kindMasks[i] ?? 0) & query.kindMask) === 0) return false;
  if (((index.digitMasks[i] ?? 0) & query.excludeMask) !== 0) return false;
  if (query.tiersAllowed && query.tiersAllowed[index.tierCodes[i] ?? 0] !== 1) return false;
  const base = i * numberLength;
  // Indexed loops: no iterator objects in the hot path.
  for (let k = 0; k < query.endings.length; k++) {
    const ending = query.endings[k];
    if (ending && !endsWith(index.digits, base, ending)) return false;
  }
  for (let k = 0; k < query.needles.length; k++) {
    const needle = query.needles[k];
    if (needle && !contains(index.digits, base, needle)) return false;
  }
  return true;
}

/**
 * Up to `limit` numbers meeting the query, most attractive first. Numbers in `unavailable`
 * (held or sold since the index was built) are passed over, so holds need no rebuild.
 */
export function searchNumbers(
  index: NumberIndex,
  query: NumberQuery,
  limit: number,
  unavailable?: ReadonlySet<string>,
): IndexedNumber[] {
  const compiled = compile(index, query);
  const results: IndexedNumber[] = [];
  const size = index.entries.length;
  for (let i = 0; i < size && results.length < limit; i++) {
    if (!matches(index, i, compiled)) continue;
    const entry = index.entries[i];
    if (entry && !unavailable?.has(entry.number)) results.push(entry);
  }
  return results;
}

/** How many of the best matches a surprise draws from, per number shown. */
const surpriseWindowPerNumber = 10;
const minimumSurpriseWindow = 50;

/**
 * A handful of good numbers, drawn at random from the best matches of `query` (pass a
 * `maxPriceFen` to keep the surprise affordable). `random` returns [0, 1), like Math.random.
 */
export function surpriseMe(
  index: NumberIndex,
  count: number,
  random: () => number,
  query: NumberQuery = {},
  unavailable?: ReadonlySet<string>,
): IndexedNumber[] {
  const window = Math.max(count * surpriseWindowPerNumber, minimumSurpriseWindow);
  const candidates = searchNumbers(index, query, window, unavailable);
  const picks = Math.min(Math.max(0, count), candidates.length);
  for (let i = 0; i < picks; i++) {
    const remaining = candidates.length - i;
    const j = i + Math.max(0, Math.min(remaining - 1, Math.floor(random() * remaining)));
    const chosen = candidates[j];
    const displaced = candidates[i];
    if (chosen && displaced) {
      candidates[i] = chosen;
      candidates[j] = displaced;
    }
  }
  return candidates.slice(0, picks).sort(byAttractiveness);
}
