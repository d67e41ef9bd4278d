import type { Language } from '../../shared';

/**
 * Every store is in mainland China, which keeps one offset all year (UTC+8, no daylight saving).
 * Stores carry no time zone yet; when one does, this module is the only place to change.
 */
export const storeTimeZone = 'Asia/Shanghai';
const storeOffsetMs = 8 * 60 * 60 * 1000;
const dayMs = 24 * 60 * 60 * 1000;

/** A calendar day as an `<input type="date">` gives it: YYYY-MM-DD. */
export type StoreDay = string;

function parseDay(day: StoreDay): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utcMidnight = Date.UTC(year, month - 1, date);
  const check = new Date(utcMidnight);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== date) return null;
  return utcMidnight;
}

/** The first millisecond of a day in the stores' time, or null for an invalid day. */
export function storeDayStartMs(day: StoreDay): number | null {
  const utcMidnight = parseDay(day);
  return utcMidnight === null ? null : utcMidnight - storeOffsetMs;
}

/** The first millisecond after a day: the exclusive end of a range that includes the day. */
export function storeDayEndExclusiveMs(day: StoreDay): number | null {
  const start = storeDayStartMs(day);
  return start === null ? null : start + dayMs;
}

/** The stores' calendar day that contains an instant. */
export function storeDayOf(epochMs: number): StoreDay {
  return new Date(epochMs + storeOffsetMs).toISOString().slice(0, 10);
}

/** The day `days` before (negative: after) a day, in the stores' calendar. */
export function shiftStoreDay(day: StoreDay, days: number): StoreDay {
  const utcMidnight = parseDay(day);
  if (utcMidnight === null) return day;
  return new Date(utcMidnight - days * dayMs).toISOString().slice(0, 10);
}

const formatters = new Map<Language, Intl.DateTimeFormat>();

/** Date and time as the store's clock showed it, e.g. 2026/11/25 14:03. */
export function formatStoreTime(epochMs: number, language: Language): string {
  let formatter = formatters.get(language);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(language === 'zh' ? 'zh-CN' : 'en-GB', {
      timeZone: storeTimeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(language, formatter);
  }
  return formatter.format(epochMs);
}
