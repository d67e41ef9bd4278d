import { z } from 'zod';
import { digitsValue, isCalendarDate, isMonthDay } from './calendar';

/**
 * What number shops look for, read mostly in the last eight digits (the part after the segment):
 * - `repeat`: the number ends in one digit three or more times (AAA, AAAA, AAAAA…)
 * - `repeatInside`: four or more of one digit inside the last eight, not at the end
 * - `ascending` / `descending`: the number ends in a run of four or more steps (1234, 98765)
 * - `aabb`: the ending is doubled digits, each pair unlike the next (AABB, AABBCC…)
 * - `abab`: the ending alternates two digits (ABAB, ABABAB…)
 * - `abba`: an even ending that reads the same backwards (ABBA, ABCCBA, ABCDDCBA); odd ones
 *   would repeat `abab` (58585)
 * - `repeatedGroup`: a group of 2–4 digits repeated at the end (5858, 168168, 52015201)
 * - `date`: a YYYYMMDD date (1950–2030) inside, or a month and day as the last four
 * - `lucky`: four or more of 6, 8 and 9 in the last eight
 * - `noFour`: no 4 anywhere in the number
 */
export const patternKinds = [
  'repeat',
  'repeatInside',
  'ascending',
  'descending',
  'aabb',
  'abab',
  'abba',
  'repeatedGroup',
  'date',
  'lucky',
  'noFour',
] as const;
export const patternKindSchema = z.enum(patternKinds);
export type PatternKind = z.infer<typeof patternKindSchema>;

export interface NumberPattern {
  kind: PatternKind;
  /** Digits in the run, group, mirror or date; the count of 6/8/9 for `lucky`; 1 for `noFour`. */
  strength: number;
  /** The matched digits are `number.slice(start, end)`, for highlighting. */
  start: number;
  end: number;
}

export interface NumberClassification {
  number: string;
  /** Strongest first. */
  patterns: readonly NumberPattern[];
  /** How many of the last eight digits are 6, 8 or 9. */
  luckyDigits: number;
  /** Attractiveness for sorting: higher is better, 0 for a plain number. */
  score: number;
}

const numberLength = 11;
const last = numberLength - 1;
/** Shops read the subscriber part: the eight digits after the three-digit segment. */
const subscriberStart = 3;
const minimumLuckyDigits = 4;
const elevenDigits = /^\d{11}$/;

function pattern(kind: PatternKind, strength: number, start: number, end = numberLength) {
  return { kind, strength, start, end };
}

function repeatEnding(d: Uint8Array): NumberPattern | null {
  let start = last;
  while (start > 0 && d[start - 1] === d[last]) start--;
  const length = numberLength - start;
  return length >= 3 ? pattern('repeat', length, start) : null;
}

function repeatInside(d: Uint8Array): NumberPattern | null {
  let best: NumberPattern | null = null;
  let runStart = subscriberStart;
  // A run that reaches the last digit is the ending, which `repeatEnding` reports.
  for (let i = subscriberStart + 1; i < numberLength; i++) {
    if (d[i] === d[runStart]) continue;
    const length = i - runStart;
    if (length >= 4 && (best === null || length > best.strength)) {
      best = pattern('repeatInside', length, runStart, i);
    }
    runStart = i;
  }
  return best;
}

function stepEnding(d: Uint8Array, kind: 'ascending' | 'descending'): NumberPattern | null {
  const step = kind === 'ascending' ? 1 : -1;
  let start = last;
  while (start > 0 && (d[start] ?? 0) - (d[start - 1] ?? 0) === step) start--;
  const length = numberLength - start;
  return length >= 4 ? pattern(kind, length, start) : null;
}

function pairsEnding(d: Uint8Array): NumberPattern | null {
  let pairs = 0;
  for (let end = last; end - 1 >= subscriberStart; end -= 2) {
    if (d[end] !== d[end - 1]) break;
    if (pairs > 0 && d[end] === d[end + 1]) break;
    pairs++;
  }
  return pairs >= 2 ? pattern('aabb', pairs * 2, numberLength - pairs * 2) : null;
}

function alternatingEnding(d: Uint8Array): NumberPattern | null {
  if (d[last] === d[last - 1]) return null;
  let start = last - 1;
  while (start - 1 >= subscriberStart && d[start - 1] === d[start + 1]) start--;
  const length = numberLength - start;
  return length >= 4 ? pattern('abab', length, start) : null;
}

function sameDigits(d: Uint8Array, a: number, b: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (d[a + k] !== d[b + k]) return false;
  return true;
}

function allOneDigit(d: Uint8Array, start: number, end: number): boolean {
  for (let i = start + 1; i < end; i++) if (d[i] !== d[start]) return false;
  return true;
}

function mirrorEnding(d: Uint8Array): NumberPattern | null {
  for (let length = numberLength - subscriberStart; length >= 4; length -= 2) {
    const start = numberLength - length;
    if (allOneDigit(d, start, numberLength)) continue;
    let mirrored = true;
    for (let k = 0; k < length >> 1 && mirrored; k++) mirrored = d[start + k] === d[last - k];
    if (mirrored) return pattern('abba', length, start);
  }
  return null;
}

function repeatedGroupEnding(d: Uint8Array): NumberPattern | null {
  let best: NumberPattern | null = null;
  for (let group = 2; group <= 4; group++) {
    const groupStart = numberLength - group;
    if (allOneDigit(d, groupStart, numberLength)) continue;
    let times = 1;
    while (
      numberLength - (times + 1) * group >= subscriberStart &&
      sameDigits(d, numberLength - (times + 1) * group, groupStart, group)
    ) {
      times++;
    }
    const length = group * times;
    if (times >= 2 && (best === null || length > best.strength)) {
      best = pattern('repeatedGroup', length, numberLength - length);
    }
  }
  return best;
}

function dateInside(d: Uint8Array): NumberPattern | null {
  // Only offsets 2 and 3 can hold a year of 1950–2030 chosen by the subscriber digits.
  for (let start = 2; start <= 3; start++) {
    const year = digitsValue(d, start, 4);
    if (year < 1950 || year > 2030) continue;
    if (isCalendarDate(year, digitsValue(d, start + 4, 2), digitsValue(d, start + 6, 2))) {
      return pattern('date', 8, start, start + 8);
    }
  }
  const monthDay = numberLength - 4;
  if (isMonthDay(digitsValue(d, monthDay, 2), digitsValue(d, monthDay + 2, 2))) {
    return pattern('date', 4, monthDay);
  }
  return null;
}

/** Weight by strength (the index); a strength past the end takes the last weight. */
const weights: Record<PatternKind, readonly number[]> = {
  repeat: [0, 0, 0, 30, 120, 300, 600, 1000, 1500],
  repeatInside: [0, 0, 0, 0, 40, 100, 200, 300],
  ascending: [0, 0, 0, 0, 60, 150, 300, 500, 800],
  descending: [0, 0, 0, 0, 50, 120, 240, 400, 640],
  aabb: [0, 0, 0, 0, 60, 60, 200, 200, 500],
  abab: [0, 0, 0, 0, 50, 70, 180, 250, 450],
  abba: [0, 0, 0, 0, 40, 50, 120, 150, 300],
  repeatedGroup: [0, 0, 0, 0, 50, 50, 150, 150, 350],
  date: [0, 0, 0, 0, 15, 15, 15, 15, 80],
  lucky: [0],
  noFour: [0],
};

/** Repeated 8s are worth more than repeated 3s, and repeated 4s (sounds like "death") less. */
const repeatedDigitFactor = [1, 1, 1, 1, 0.5, 1, 1.3, 1, 1.5, 1.3];

function weightOf(found: NumberPattern, d: Uint8Array): number {
  const table = weights[found.kind];
  const weight = table[Math.min(found.strength, table.length - 1)] ?? 0;
  const repeated = found.kind === 'repeat' || found.kind === 'repeatInside';
  return repeated ? weight * (repeatedDigitFactor[d[found.start] ?? 0] ?? 1) : weight;
}

const endingBonus = [0, 0, 0, 0, 0, 0, 5, 0, 10, 5];

function scoreOf(weightsFound: readonly number[], luckyDigits: number, d: Uint8Array): number {
  let best = 0;
  let total = 0;
  for (const weight of weightsFound) {
    best = Math.max(best, weight);
    total += weight;
  }
  let fours = 0;
  for (let i = 0; i < numberLength; i++) if (d[i] === 4) fours++;
  const digitsBonus =
    luckyDigits * 8 + (fours === 0 ? 20 : -6 * fours) + (endingBonus[d[last] ?? 0] ?? 0);
  return Math.max(0, Math.round(best + 0.3 * (total - best) + digitsBonus));
}

/** The patterns in an 11-digit number, and how attractive it is. Anything else scores 0. */
export function classifyNumber(number: string): NumberClassification {
  if (!elevenDigits.test(number)) return { number, patterns: [], luckyDigits: 0, score: 0 };
  const d = new Uint8Array(numberLength);
  for (let i = 0; i < numberLength; i++) d[i] = number.charCodeAt(i) - 48;

  const found: NumberPattern[] = [];
  for (const candidate of [
    repeatEnding(d),
    repeatInside(d),
    stepEnding(d, 'ascending'),
    stepEnding(d, 'descending'),
    pairsEnding(d),
    alternatingEnding(d),
    mirrorEnding(d),
    repeatedGroupEnding(d),
    dateInside(d),
  ]) {
    if (candidate) found.push(candidate);
  }
  let luckyDigits = 0;
  for (let i = subscriberStart; i < numberLength; i++) {
    if (d[i] === 6 || d[i] === 8 || d[i] === 9) luckyDigits++;
  }
  if (luckyDigits >= minimumLuckyDigits) found.push(pattern('lucky', luckyDigits, subscriberStart));
  if (!number.includes('4')) found.push(pattern('noFour', 1, 0));

  const weighed = found.map((p) => ({ p, weight: weightOf(p, d) }));
  weighed.sort((a, b) => b.weight - a.weight);
  const patterns = weighed.map(({ p }) => p);
  const score = scoreOf(
    weighed.map(({ weight }) => weight),
    luckyDigits,
    d,
  );
  return { number, patterns, luckyDigits, score };
}

/** A bit per pattern kind, so a search can test "has any of these kinds" with one `&`. */
export function patternKindBit(kind: PatternKind): number {
  return 1 << patternKinds.indexOf(kind);
}
