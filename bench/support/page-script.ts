import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '..', '..');

/**
 * A bench's in-page helpers (`bench/<entry>`) bundled as one classic script for this run, so
 * Playwright can add it to a page: the same shared code the kiosk runs, built for production.
 */
export async function bundlePageScript(entry: string, globalName: string): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'showroom-bench-page-'));
  try {
    await build({
      configFile: false,
      logLevel: 'warn',
      publicDir: false,
      define: { 'process.env.NODE_ENV': JSON.stringify('production') },
      build: {
        outDir,
        emptyOutDir: true,
        minify: false,
        lib: {
          entry: resolve(root, 'bench', entry),
          formats: ['iife'],
          name: globalName,
          fileName: () => 'page.js',
        },
      },
    });
    return readFileSync(join(outDir, 'page.js'), 'utf8');
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
