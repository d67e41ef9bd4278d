import { z } from 'zod';
import { orderStatusSchema } from './order';
import { storeTypeSchema } from './people';
import { idSchema } from './text';

/**
 * What a sales report can be narrowed to (#8), on top of its range and store: any of these,
 * combined with "and". The same names are the query's parameters, the report's `filters` and
 * the console's state, so a CSV is always the chart on screen.
 */

/** A district as reports key it: `city/district`, as the stores table holds the two. */
export const districtKeySchema = z
  .string()
  .min(3)
  .max(101)
  .regex(/^[^/<>"&\p{Cc}]+\/[^/<>"&\p{Cc}]+$/u, 'A district looks like 广州/天河区');

export const salesFilterShape = {
  storeType: storeTypeSchema.optional(),
  district: districtKeySchema.optional(),
  zoneId: idSchema.optional(),
  handsetId: idSchema.optional(),
  planId: idSchema.optional(),
  bundleId: idSchema.optional(),
  clerkId: idSchema.optional(),
  status: orderStatusSchema.optional(),
};
export const salesFiltersSchema = z.strictObject(salesFilterShape);
export type SalesFilters = z.infer<typeof salesFiltersSchema>;
export type SalesFilterName = keyof SalesFilters;

export const salesFilterNames = Object.keys(salesFilterShape) as SalesFilterName[];

/** Filters on a store's own attributes: the per-store rollup can answer them. */
export const storeFilterNames = ['storeType', 'district', 'status'] as const;
/** Filters on what was sold and by whom: only the full-key rollup carries these columns. */
export const itemFilterNames = ['zoneId', 'handsetId', 'planId', 'bundleId', 'clerkId'] as const;

/** Only the filters that are set, in the canonical order (for a path, a CSV, a comparison). */
export function activeSalesFilters(
  filters: Partial<Record<SalesFilterName, unknown>>,
): SalesFilters {
  const active: Record<string, unknown> = {};
  for (const name of salesFilterNames) {
    const value = filters[name];
    if (value !== undefined && value !== null && value !== '') active[name] = value;
  }
  return active as SalesFilters;
}

export function hasItemFilter(filters: SalesFilters): boolean {
  return itemFilterNames.some((name) => filters[name] !== undefined);
}

/** `city/district` of a store, the key the district grouping and filter use. */
export function districtKeyOf(store: { city: string; district: string }): string {
  return `${store.city}/${store.district}`;
}
