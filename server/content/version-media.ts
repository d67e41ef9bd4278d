import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { VersionMedia } from '../../shared';

/** Where `/media/…` files are looked up: the built `dist/` (what is served), then `public/`. */
export function defaultMediaRoots(distDir?: string): string[] {
  return [
    distDir ?? fileURLToPath(new URL('../../dist', import.meta.url)),
    fileURLToPath(new URL('../../public', import.meta.url)),
  ];
}

interface FileFacts {
  size: number;
  mtimeMs: number;
  sha256: string;
}

// A cache of file hashes keyed by path, size and mtime: recomputed whenever the file changes.
const hashes = new Map<string, FileFacts>();

/** The file behind a `/media/…` path in the first root that has it; null when none does. */
export async function findMediaFile(
  roots: readonly string[],
  mediaPath: string,
): Promise<{ file: string; size: number; mtimeMs: number } | null> {
  if (!mediaPath.startsWith('/media/') || mediaPath.includes('..')) return null;
  for (const root of roots) {
    const base = resolve(root);
    const file = resolve(join(base, mediaPath));
    if (!file.startsWith(base + sep)) continue;
    try {
      const facts = await stat(file);
      if (facts.isFile()) return { file, size: facts.size, mtimeMs: facts.mtimeMs };
    } catch {
      // not in this root
    }
  }
  return null;
}

function sha256Of(file: string): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const hash = createHash('sha256');
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolvePromise(hash.digest('hex')))
      .on('error', reject);
  });
}

/**
 * Path, size and SHA-256 of each media file, sorted by path, for a version's marker: what a
 * kiosk must hold before it shows the version. Paths with no file behind them are returned
 * apart, so the caller can refuse or report them.
 */
export async function describeMedia(
  roots: readonly string[],
  paths: Iterable<string>,
): Promise<{ media: VersionMedia[]; missing: string[] }> {
  const media: VersionMedia[] = [];
  const missing: string[] = [];
  for (const path of [...new Set(paths)].sort()) {
    const found = await findMediaFile(roots, path);
    if (!found) {
      missing.push(path);
      continue;
    }
    let facts = hashes.get(found.file);
    if (!facts || facts.size !== found.size || facts.mtimeMs !== found.mtimeMs) {
      facts = { size: found.size, mtimeMs: found.mtimeMs, sha256: await sha256Of(found.file) };
      hashes.set(found.file, facts);
    }
    media.push({ path, sha256: facts.sha256, bytes: facts.size });
  }
  return { media, missing };
}
