import { z } from 'zod';
import { idSchema } from './text';

/**
 * The files HQ may upload under `/media/`, by extension. SVG is left out on purpose: it is a
 * document that can carry script, served from the console's own origin.
 */
export const mediaContentTypes = {
  webm: 'video/webm',
  mp4: 'video/mp4',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
} as const;
export type MediaExtension = keyof typeof mediaContentTypes;

/** Lower-case ASCII, no path separators, no leading dot, one of the extensions above. */
export const mediaNameSchema = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9._-]{0,80}\.(webm|mp4|png|jpg|jpeg|webp)$/,
    'A name is lower-case letters, digits, . _ - and a .webm/.mp4/.png/.jpg/.webp ending',
  );

/** The content type a file of this name must be sent with; null for an unknown ending. */
export function mediaContentTypeFor(name: string): string | null {
  const extension = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
  return Object.hasOwn(mediaContentTypes, extension)
    ? mediaContentTypes[extension as MediaExtension]
    : null;
}

/**
 * A file's own name made into a media name, or '' when nothing usable is left: lower-cased,
 * accents and other characters turned into '-', runs of '-' folded, `.jpeg` kept as it is.
 */
export function sanitiseMediaName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  if (dot <= 0) return '';
  const extension = base.slice(dot + 1).toLowerCase();
  if (!Object.hasOwn(mediaContentTypes, extension)) return '';
  const stem = base
    .slice(0, dot)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[^a-z0-9]+/, '')
    .replace(/[._-]+$/, '')
    .slice(0, 80);
  const name = `${stem}.${extension}`;
  return stem && mediaNameSchema.safeParse(name).success ? name : '';
}

export const mediaFileSchema = z.object({
  path: z.string().max(300),
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  contentType: z.string().max(100),
  /** The experiences that show this file. */
  usedBy: z.array(idSchema),
});
export type MediaFile = z.infer<typeof mediaFileSchema>;

export const mediaListResponseSchema = z.object({ files: z.array(mediaFileSchema) });
export type MediaListResponse = z.infer<typeof mediaListResponseSchema>;
