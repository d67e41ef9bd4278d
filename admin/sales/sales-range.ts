import { dayNumberOf, maxReportDays } from '../../shared';
import { shiftStoreDay, storeDayOf, type StoreDay } from '../orders/store-time';

export const rangePresets = ['today', 'last7', 'last30', 'thisMonth'] as const;
export type RangePreset = (typeof rangePresets)[number];

export interface DayRange {
  from: StoreDay;
  to: StoreDay;
}

/** A preset's days, ending today in the stores' calendar. */
export function presetDays(preset: RangePreset, now: number): DayRange {
  const today = storeDayOf(now);
  switch (preset) {
    case 'today':
      return { from: today, to: today };
    case 'last7':
      return { from: shiftStoreDay(today, 6), to: today };
    case 'last30':
      return { from: shiftStoreDay(today, 29), to: today };
    case 'thisMonth':
      return { from: `${today.slice(0, 7)}-01`, to: today };
  }
}

/** The preset a range is, or null: a custom range. */
export function presetOfRange(range: DayRange, now: number): RangePreset | null {
  return (
    rangePresets.find((preset) => {
      const days = presetDays(preset, now);
      return days.from === range.from && days.to === range.to;
    }) ?? null
  );
}

export type RangeProblem = 'invalid' | 'reversed' | 'tooLong';

/** What is wrong with a range typed in, before it is sent: the server would refuse it too. */
export function rangeProblem(range: DayRange): RangeProblem | null {
  const from = dayNumberOf(range.from);
  const to = dayNumberOf(range.to);
  if (from === null || to === null) return 'invalid';
  if (to < from) return 'reversed';
  if (to - from + 1 > maxReportDays) return 'tooLong';
  return null;
}
