import {
  defaultTierRules,
  numberQuerySchema,
  ordinaryTier,
  searchNumbers,
  surpriseMe,
  type IndexedNumber,
  type NumberIndex,
  type NumberQuery,
  type NumberTier,
} from '../../shared';
import { asPickerNumbers, type PickerNumber } from './numberIndex';

export const searchModes = [
  'endsWith',
  'contains',
  'pattern',
  'excludeDigits',
  'birthday',
] as const;
export type SearchMode = (typeof searchModes)[number];

/** What the customer set on the picker; digits are what the pad typed for the mode. */
export interface PickerFilter {
  mode: SearchMode;
  digits: string;
  tierIds: readonly string[];
  maxPriceFen: number | null;
}

export const emptyPickerFilter: PickerFilter = {
  mode: 'endsWith',
  digits: '',
  tierIds: [],
  maxPriceFen: null,
};

/** Price ceilings offered as chips, in fen (null: any price). */
export const priceCeilings = [null, 0, 5_000, 20_000, 100_000] as const;

export const resultLimit = 60;
export const surpriseCount = 6;

const maxDigits: Record<SearchMode, number> = {
  endsWith: 11,
  contains: 11,
  pattern: 11,
  excludeDigits: 10,
  birthday: 8,
};

/** One key of the pad applied to what was typed; `*` only means something in a pattern. */
export function typeKey(mode: SearchMode, digits: string, key: string): string {
  if (key === '*' && mode !== 'pattern') return digits;
  if (mode === 'excludeDigits' && digits.includes(key)) return digits;
  if (digits.length >= maxDigits[mode]) return digits;
  return digits + key;
}

export type QueryProblem = 'birthdayIncomplete' | 'birthdayInvalid';

/** The picker's filter as the shared query, or why it cannot be searched yet. */
export function queryOf(filter: PickerFilter): { query: NumberQuery } | { problem: QueryProblem } {
  const query: NumberQuery = {};
  if (filter.tierIds.length > 0) query.tierIds = [...filter.tierIds];
  if (filter.maxPriceFen !== null) query.maxPriceFen = filter.maxPriceFen;
  if (filter.digits !== '') {
    if (filter.mode === 'birthday' && filter.digits.length !== 4 && filter.digits.length !== 8) {
      return { problem: 'birthdayIncomplete' };
    }
    query[filter.mode] = filter.digits;
  }
  const parsed = numberQuerySchema.safeParse(query);
  if (!parsed.success) return { problem: 'birthdayInvalid' };
  return { query: parsed.data };
}

/** Numbers for the filter, most attractive first; held and sold ones are passed over. */
export function findNumbers(
  index: NumberIndex,
  query: NumberQuery,
  unavailable: ReadonlySet<string>,
  limit = resultLimit,
): readonly PickerNumber[] {
  return asPickerNumbers(searchNumbers(index, query, limit, unavailable));
}

/** A handful of good numbers within the tiers and price the customer set. */
export function surpriseNumbers(
  index: NumberIndex,
  filter: PickerFilter,
  unavailable: ReadonlySet<string>,
  random: () => number = Math.random,
): readonly PickerNumber[] {
  const query: NumberQuery = {};
  if (filter.tierIds.length > 0) query.tierIds = [...filter.tierIds];
  if (filter.maxPriceFen !== null) query.maxPriceFen = filter.maxPriceFen;
  return asPickerNumbers(surpriseMe(index, surpriseCount, random, query, unavailable));
}

/** The best available number of the same tier, offered when the customer's one was taken. */
export function nextBestOfTier(
  index: NumberIndex,
  tierId: string,
  lost: string,
  unavailable: ReadonlySet<string>,
): PickerNumber | null {
  const skip = new Set(unavailable);
  skip.add(lost);
  return findNumbers(index, { tierIds: [tierId] }, skip, 1)[0] ?? null;
}

/**
 * The tier's name and deposit come from the default tier rules the kiosk ships with; the price
 * and minimum plan of each number come from the pool (HQ's rules in force).
 */
export function tierOf(tierId: string): NumberTier {
  return defaultTierRules.tiers.find((tier) => tier.id === tierId) ?? ordinaryTier;
}

export const pickerTiers: readonly NumberTier[] = defaultTierRules.tiers;

/** Which digits to emphasise: the strongest pattern, and where the search matched. */
export function highlightedDigits(entry: IndexedNumber, query: NumberQuery): boolean[] {
  const marked = Array.from({ length: entry.number.length }, () => false);
  const mark = (start: number, end: number) => {
    for (let i = Math.max(0, start); i < Math.min(end, marked.length); i++) marked[i] = true;
  };
  const strongest = entry.patterns.find((found) => found.kind !== 'noFour');
  if (strongest) mark(strongest.start, strongest.end);
  const ending = query.endsWith ?? query.pattern;
  if (ending) mark(entry.number.length - ending.length, entry.number.length);
  for (const needle of [query.contains, query.birthday]) {
    if (!needle) continue;
    const at = entry.number.indexOf(needle);
    if (at >= 0) mark(at, at + needle.length);
  }
  return marked;
}

/** 130 1234 5678: the way people read a mobile number aloud. */
export function groupDigits(number: string): string {
  return `${number.slice(0, 3)} ${number.slice(3, 7)} ${number.slice(7)}`;
}

/** The grouped number as runs of marked and plain digits, for rendering with <mark>. */
export function highlightRuns(
  number: string,
  marked: readonly boolean[],
): { text: string; marked: boolean }[] {
  const runs: { text: string; marked: boolean }[] = [];
  for (let i = 0; i < number.length; i++) {
    const isMarked = marked[i] ?? false;
    const last = runs[runs.length - 1];
    // The gap between groups is marked only inside a marked run.
    const gap = (i === 3 || i === 7) && last ? ' ' : '';
    if (last && last.marked === isMarked) {
      last.text += gap + (number[i] ?? '');
    } else {
      if (last) last.text += gap;
      runs.push({ text: number[i] ?? '', marked: isMarked });
    }
  }
  return runs;
}
