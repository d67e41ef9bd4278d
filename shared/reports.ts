import { z } from 'zod';
import { orderStatusSchema } from './order';
import { salesFilterShape, salesFiltersSchema } from './sales-filters';
import { epochMsSchema, idSchema, languages } from './text';

export * from './sales-filters';

/**
 * Sales reports (#8). Ranges are whole store days (Asia/Shanghai, UTC+8 all year, no daylight
 * saving), `from` and `to` both included; sales are dated by the order's corrected time.
 */
const storeOffsetMs = 8 * 3_600_000;
const dayMs = 86_400_000;

/** The widest range one report covers: a year and a bit, so last year's month is comparable. */
export const maxReportDays = 400;

export const salesGroupBys = [
  'day',
  'week',
  'month',
  'store',
  'storeType',
  'district',
  'zone',
  'handset',
  'plan',
  'bundle',
  'clerk',
] as const;
export const salesGroupBySchema = z.enum(salesGroupBys);
export type SalesGroupBy = z.infer<typeof salesGroupBySchema>;

export const timeGroupBys = ['day', 'week', 'month'] as const satisfies readonly SalesGroupBy[];
export function isTimeGroupBy(groupBy: SalesGroupBy): groupBy is (typeof timeGroupBys)[number] {
  return (timeGroupBys as readonly string[]).includes(groupBy);
}

// ── store days ────────────────────────────────────────────────────────────────────────────

/** Days since 1970-01-01 of a YYYY-MM-DD calendar day, or null when it is not a real day. */
export function dayNumberOf(day: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utc = Date.UTC(year, month - 1, date);
  const check = new Date(utc);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1) return null;
  if (check.getUTCDate() !== date) return null;
  return utc / dayMs;
}

export function dayOfNumber(dayNumber: number): string {
  return new Date(dayNumber * dayMs).toISOString().slice(0, 10);
}

/** The store day number of an instant: what `(corrected_at + 8h) / 1 day` gives in SQL. */
export function storeDayNumber(epochMs: number): number {
  return Math.floor((epochMs + storeOffsetMs) / dayMs);
}

export function storeDayOfInstant(epochMs: number): string {
  return dayOfNumber(storeDayNumber(epochMs));
}

/** First millisecond of a store day (its number + 1 gives the exclusive end). */
export function storeDayStartMs(dayNumber: number): number {
  return dayNumber * dayMs - storeOffsetMs;
}

/** The hour (0–23) of an instant on the store's clock. */
export function storeHourOf(epochMs: number): number {
  return Math.floor(((epochMs + storeOffsetMs) % dayMs) / 3_600_000);
}

/** The Monday (ISO week start) of the week holding a day, as YYYY-MM-DD. */
export function weekKeyOf(dayNumber: number): string {
  // Day 0 (1970-01-01) was a Thursday: +3 makes Monday the first day of each 7-day block.
  const monday = dayNumber - ((((dayNumber + 3) % 7) + 7) % 7);
  return dayOfNumber(monday);
}

export function monthKeyOf(dayNumber: number): string {
  return dayOfNumber(dayNumber).slice(0, 7);
}

/** The bucket key a day falls into for a time grouping. */
export function timeBucketKey(groupBy: 'day' | 'week' | 'month', dayNumber: number): string {
  if (groupBy === 'week') return weekKeyOf(dayNumber);
  if (groupBy === 'month') return monthKeyOf(dayNumber);
  return dayOfNumber(dayNumber);
}

/** Every bucket key of a range in order, so a trend shows empty days as zero, not as a gap. */
export function timeBucketKeys(
  groupBy: 'day' | 'week' | 'month',
  fromDay: number,
  toDay: number,
): string[] {
  const keys: string[] = [];
  for (let day = fromDay; day <= toDay; day++) {
    const key = timeBucketKey(groupBy, day);
    if (keys.at(-1) !== key) keys.push(key);
  }
  return keys;
}

// ── queries ───────────────────────────────────────────────────────────────────────────────

const storeDaySchema = z
  .string()
  .refine((day) => dayNumberOf(day) !== null, 'A day looks like 2026-11-30');

/** from ≤ to and at most `maxReportDays` days, reported on `to`. */
function checkRange(query: { from: string; to: string }, context: z.RefinementCtx): void {
  const from = dayNumberOf(query.from);
  const to = dayNumberOf(query.to);
  if (from === null || to === null) return;
  if (to < from)
    context.addIssue({ code: 'custom', path: ['to'], message: 'Ends before it starts' });
  else if (to - from + 1 > maxReportDays)
    context.addIssue({
      code: 'custom',
      path: ['to'],
      message: `A report covers at most ${maxReportDays} days`,
    });
}

const rangeQuerySchema = z.strictObject({
  from: storeDaySchema,
  to: storeDaySchema,
  storeId: idSchema.optional(),
});

const salesQueryShape = rangeQuerySchema.extend({
  groupBy: salesGroupBySchema.default('day'),
  ...salesFilterShape,
});
export const salesQuerySchema = salesQueryShape.superRefine(checkRange);
export type SalesQuery = z.infer<typeof salesQuerySchema>;

/** The same report as a spreadsheet, its headings and names in one language. */
export const salesCsvQuerySchema = salesQueryShape
  .extend({ lang: z.enum(languages).default('zh') })
  .superRefine(checkRange);
export type SalesCsvQuery = z.infer<typeof salesCsvQuerySchema>;

export const funnelQuerySchema = rangeQuerySchema.superRefine(checkRange);
export type FunnelQuery = z.infer<typeof funnelQuerySchema>;

/** What the sales page's filters offer for a store scope (none: every store, HQ only). */
export const salesOptionsQuerySchema = z.strictObject({ storeId: idSchema.optional() });
export type SalesOptionsQuery = z.infer<typeof salesOptionsQuerySchema>;

export const todayQuerySchema = z.strictObject({ storeId: idSchema.optional() });
export type TodayQuery = z.infer<typeof todayQuerySchema>;

// ── answers ───────────────────────────────────────────────────────────────────────────────

const countSchema = z.number().int().min(0);
const nameSchema = z.object({ zh: z.string(), en: z.string() });
export type ReportName = z.infer<typeof nameSchema>;

/** Orders counts every order of the range; revenue leaves cancelled orders out. */
export const salesTotalsSchema = z.object({
  orders: countSchema,
  revenueFen: z.number().int(),
  activated: countSchema,
  cancelled: countSchema,
});
export type SalesTotals = z.infer<typeof salesTotalsSchema>;

export const emptySalesTotals: SalesTotals = {
  orders: 0,
  revenueFen: 0,
  activated: 0,
  cancelled: 0,
};

export function addSalesTotals(a: SalesTotals, b: SalesTotals): SalesTotals {
  return {
    orders: a.orders + b.orders,
    revenueFen: a.revenueFen + b.revenueFen,
    activated: a.activated + b.activated,
    cancelled: a.cancelled + b.cancelled,
  };
}

/** One group: `key` null is "none" (a store's own sale, no zone, no plan, no bundle). */
export const salesGroupSchema = salesTotalsSchema.extend({
  key: z.string().nullable(),
  name: nameSchema,
});
export type SalesGroup = z.infer<typeof salesGroupSchema>;

export const salesReportSchema = z.object({
  from: z.string(),
  to: z.string(),
  storeId: idSchema.nullable(),
  groupBy: salesGroupBySchema,
  status: orderStatusSchema.nullable(),
  /** Every filter applied (status included), nothing else: what the CSV repeats under its total. */
  filters: salesFiltersSchema,
  totals: salesTotalsSchema,
  /** Time groupings: every bucket in order. Others: by revenue, then orders, largest first. */
  groups: z.array(salesGroupSchema),
});
export type SalesReport = z.infer<typeof salesReportSchema>;

/** A filter's choice; `group` gathers choices under a heading (a handset's brand, a clerk's store). */
const filterOptionSchema = z.object({
  key: z.string(),
  name: nameSchema,
  group: z.string().optional(),
});
export type SalesFilterOption = z.infer<typeof filterOptionSchema>;

/**
 * Each filter's choices, sorted by group and name: the store types, districts and clerks of the
 * stores in scope; every zone, handset, plan and bundle the catalogue holds or held.
 */
export const salesOptionsSchema = z.object({
  storeId: idSchema.nullable(),
  storeTypes: z.array(filterOptionSchema),
  districts: z.array(filterOptionSchema),
  zones: z.array(filterOptionSchema),
  handsets: z.array(filterOptionSchema),
  plans: z.array(filterOptionSchema),
  bundles: z.array(filterOptionSchema),
  clerks: z.array(filterOptionSchema),
});
export type SalesOptions = z.infer<typeof salesOptionsSchema>;

export const funnelStepsSchema = z.object({
  views: countSchema,
  plays: countSchema,
  taps: countSchema,
  orders: countSchema,
});
export type FunnelSteps = z.infer<typeof funnelStepsSchema>;

export const funnelZoneSchema = funnelStepsSchema.extend({
  zoneId: idSchema,
  name: nameSchema,
  /** plays/views, taps/plays, orders/taps, orders/views; null when the step before is 0. */
  playRate: z.number().nullable(),
  tapRate: z.number().nullable(),
  orderRate: z.number().nullable(),
  overallRate: z.number().nullable(),
});
export type FunnelZone = z.infer<typeof funnelZoneSchema>;

export const funnelReportSchema = z.object({
  from: z.string(),
  to: z.string(),
  storeId: idSchema.nullable(),
  totals: funnelZoneSchema.omit({ zoneId: true, name: true }),
  zones: z.array(funnelZoneSchema),
  /** The same steps per store and zone (HQ's all-stores view compares stores). */
  stores: z.array(
    z.object({ storeId: idSchema, name: z.string(), zones: z.array(funnelZoneSchema) }),
  ),
});
export type FunnelReport = z.infer<typeof funnelReportSchema>;

export function ratio(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

export function funnelRates(steps: FunnelSteps) {
  return {
    playRate: ratio(steps.plays, steps.views),
    tapRate: ratio(steps.taps, steps.plays),
    orderRate: ratio(steps.orders, steps.taps),
    overallRate: ratio(steps.orders, steps.views),
  };
}

/** A recent order on the live strip: what was sold, never who bought it. */
export const todayOrderSchema = z.object({
  ticket: z.string(),
  storeId: idSchema,
  storeName: z.string(),
  at: epochMsSchema,
  handset: z.string().nullable(),
  plan: nameSchema.nullable(),
  totalFen: z.number().int(),
  status: orderStatusSchema,
});
export type TodayOrder = z.infer<typeof todayOrderSchema>;

export const todayReportSchema = z.object({
  day: z.string(),
  storeId: idSchema.nullable(),
  totals: salesTotalsSchema,
  /** 24 entries, hour 0–23 of the store's clock. */
  byHour: z.array(salesTotalsSchema.extend({ hour: z.number().int().min(0).max(23) })),
  latest: z.array(todayOrderSchema),
  serverTime: epochMsSchema,
});
export type TodayReport = z.infer<typeof todayReportSchema>;

// ── CSV ───────────────────────────────────────────────────────────────────────────────────

/** Excel reads a UTF-8 file as the local code page unless it starts with a byte order mark. */
export const csvByteOrderMark = '\uFEFF';

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote, CR or LF, quotes doubled.
 * A text starting with = + - @ gets a leading apostrophe, so a spreadsheet never runs it.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Rows joined with CRLF, the BOM in front. */
export function encodeCsv(rows: readonly (readonly (string | number | null)[])[]): string {
  return csvByteOrderMark + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Fen as yuan with two decimals, for a spreadsheet (negative stays negative). */
export function fenAsYuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
