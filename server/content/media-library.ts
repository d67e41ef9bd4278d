import { randomBytes } from 'node:crypto';
import { link, mkdir, readdir, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { mediaContentTypeFor, type MediaFile } from '../../shared';
import type { Database } from '../db/schema';
import { describeMedia, findMediaFile } from './version-media';

/** The folder uploads go to: `<uploadRoot>/media`, made at start. */
export async function ensureUploadFolder(uploadRoot: string): Promise<string> {
  const folder = join(uploadRoot, 'media');
  await mkdir(folder, { recursive: true });
  return folder;
}

async function namesIn(root: string): Promise<string[]> {
  try {
    const entries = await readdir(join(root, 'media'), { withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
      .map((e) => e.name);
  } catch {
    return [];
  }
}

/** Every `/media/` file of every root, the first root winning a name, with who shows it. */
export async function listMedia(
  db: Kysely<Database>,
  roots: readonly string[],
): Promise<MediaFile[]> {
  const paths = new Set<string>();
  for (const root of roots) for (const name of await namesIn(root)) paths.add(`/media/${name}`);
  const { media } = await describeMedia(roots, paths);
  const rows = await db
    .selectFrom('experiences')
    .select(['id', 'media'])
    .where('media', 'is not', null)
    .orderBy('id')
    .execute();
  return media.map((file) => ({
    path: file.path,
    bytes: file.bytes,
    sha256: file.sha256,
    contentType: mediaContentTypeFor(file.path) ?? 'application/octet-stream',
    usedBy: rows.filter((row) => row.media === file.path).map((row) => row.id),
  }));
}

/**
 * Writes a new file under `<uploadRoot>/media/<name>`: to a hidden temporary file first, then
 * hard-linked into place, which fails rather than replace a file of that name. False when the
 * name is taken in any root: a published version's kiosks check its files by hash.
 */
export async function saveNewMedia(
  roots: readonly string[],
  uploadRoot: string,
  name: string,
  bytes: Buffer,
): Promise<boolean> {
  if (await findMediaFile(roots, `/media/${name}`)) return false;
  const folder = await ensureUploadFolder(uploadRoot);
  const temporary = join(folder, `.upload-${randomBytes(8).toString('hex')}.tmp`);
  await writeFile(temporary, bytes, { flag: 'wx' });
  try {
    await link(temporary, join(folder, name));
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    await unlink(temporary);
  }
}
