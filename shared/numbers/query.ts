import { z } from 'zod';
import { fenSchema, idSchema } from '../text';
import { isCalendarDate, isMonthDay } from './calendar';
import { patternKindSchema } from './patterns';

const digitsSchema = z.string().regex(/^\d{1,11}$/, 'Digits only, at most 11');

/** MMDD, or YYYYMMDD from 1900 to 2100, and a real day. */
export const birthdaySchema = z
  .string()
  .regex(/^(\d{4}|\d{8})$/, 'A birthday is MMDD or YYYYMMDD')
  .refine((value) => {
    const monthDay = value.slice(-4);
    const month = Number(monthDay.slice(0, 2));
    const day = Number(monthDay.slice(2));
    if (value.length === 4) return isMonthDay(month, day);
    const year = Number(value.slice(0, 4));
    return year >= 1900 && year <= 2100 && isCalendarDate(year, month, day);
  }, 'Not a real date');

/**
 * A kiosk search; every field given must hold (they combine with AND), an empty query takes all.
 * - `endsWith` / `contains`: digits at the end / anywhere in the number
 * - `pattern`: digits with `*` or `?` standing for exactly one digit each; a pattern shorter than
 *   11 is read against the end of the number (`8*8*` takes 1301234 8X8X), `1**8888****` whole
 * - `excludeDigits`: none of these digits anywhere (`4` for "no 4")
 * - `birthday`: MMDD or YYYYMMDD appears in the number
 * - `patternKinds`: shows at least one of these patterns; `tierIds`: filed under one of these tiers
 * - `maxPriceFen`: costs at most this much
 */
export const numberQuerySchema = z.object({
  endsWith: digitsSchema.optional(),
  contains: digitsSchema.optional(),
  pattern: z
    .string()
    .regex(/^[\d*?]{1,11}$/, 'Digits, * and ? only, at most 11')
    .optional(),
  excludeDigits: z
    .string()
    .regex(/^\d{1,10}$/, 'Digits only')
    .optional(),
  birthday: birthdaySchema.optional(),
  patternKinds: z.array(patternKindSchema).max(20).optional(),
  tierIds: z.array(idSchema).max(30).optional(),
  maxPriceFen: fenSchema.optional(),
});
export type NumberQuery = z.infer<typeof numberQuerySchema>;
