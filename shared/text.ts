import { z } from 'zod';

/** Every customer-facing string ships in both languages; zh-CN is the default. */
export const localTextSchema = z.object({
  zh: z.string().min(1).max(2000),
  en: z.string().min(1).max(2000),
});
export type LocalText = z.infer<typeof localTextSchema>;

export const languages = ['zh', 'en'] as const;
export type Language = (typeof languages)[number];

/** Identifiers of content and people: short, printable, no path or markup characters. */
export const idSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_.:-]+$/, 'Use letters, digits and . _ : - only');

/** Money is integer fen (1 yuan = 100 fen), never a float. */
export const fenSchema = z.number().int().min(0).max(100_000_000_00);

/** Times are UTC epoch milliseconds. */
export const epochMsSchema = z.number().int().min(0).max(8_640_000_000_000_000);
