import { existsSync, readFileSync, rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build, defineConfig, type Plugin, type ResolvedConfig } from 'vite';
import { injectManifest } from 'workbox-build';

/**
 * One build, two PWAs: the kiosk (/kiosk/) and the console (/admin/), each with its own
 * service worker precaching only its own shell. vite-plugin-pwa drives one service worker per
 * instance and wants to own the HTML of the build; two Workbox builds of our own are simpler
 * and easy to verify (kiosk/README.md, "Service workers", has the note).
 */
const apps = ['kiosk', 'admin'] as const;
type App = (typeof apps)[number];

const root = import.meta.dirname;
const packageVersion = (
  JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string }
).version;

interface ManifestChunk {
  file: string;
  css?: string[];
  assets?: string[];
  imports?: string[];
  dynamicImports?: string[];
}

/** Every file the app's HTML entry needs, lazy chunks included (the attract player is lazy). */
function shellFilesOf(manifest: Record<string, ManifestChunk>, entry: string): string[] {
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) return;
    if (!chunk.file.endsWith('.html')) files.add(chunk.file);
    for (const file of [...(chunk.css ?? []), ...(chunk.assets ?? [])]) files.add(file);
    for (const next of [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])]) visit(next);
  };
  visit(entry);
  return [...files];
}

/** Bundles `<app>/sw.ts` on its own (one classic script), then lets Workbox inject the precache list. */
async function buildServiceWorker(app: App, outDir: string, shellFiles: string[]) {
  const tempDir = await mkdtemp(join(tmpdir(), `showroom-${app}-sw-`));
  try {
    await build({
      configFile: false,
      logLevel: 'warn',
      publicDir: false,
      define: { 'process.env.NODE_ENV': JSON.stringify('production') },
      build: {
        outDir: tempDir,
        emptyOutDir: true,
        copyPublicDir: false,
        minify: true,
        lib: {
          entry: resolve(root, app, 'sw.ts'),
          formats: ['iife'],
          name: `${app}ServiceWorker`,
          fileName: () => 'sw.js',
        },
      },
    });
    const { count, size, warnings } = await injectManifest({
      swSrc: join(tempDir, 'sw.js'),
      swDest: join(outDir, app, 'sw.js'),
      globDirectory: outDir,
      globPatterns: [
        `${app}/index.html`,
        `${app}/manifest.webmanifest`,
        `icons/${app}-*.svg`,
        ...shellFiles,
      ],
      // Entries are site-root paths; the worker lives in /<app>/, so make them absolute.
      modifyURLPrefix: { '': '/' },
      // Hashed file names need no revision; the HTML and manifest get one from their content.
      dontCacheBustURLsMatching: /^\/?assets\//,
      maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
    });
    for (const warning of warnings) console.warn(`[${app} sw] ${warning}`);
    console.log(
      `[${app} sw] /${app}/sw.js precaches ${count} files, ${Math.round(size / 1024)} kB`,
    );
  } finally {
    rmSync(tempDir, { recursive: true, force: true });
  }
}

function serviceWorkers(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'showroom-service-workers',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      const outDir = resolve(config.root, config.build.outDir);
      const manifestPath = join(outDir, '.vite', 'manifest.json');
      if (!existsSync(manifestPath)) throw new Error(`No build manifest at ${manifestPath}`);
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<
        string,
        ManifestChunk
      >;
      for (const app of apps) {
        await buildServiceWorker(app, outDir, shellFilesOf(manifest, `${app}/index.html`));
      }
      // The build manifest is for this step only; dist/ is served as it is.
      rmSync(join(outDir, '.vite'), { recursive: true, force: true });
    },
  };
}

export default defineConfig({
  root,
  base: '/',
  publicDir: 'public',
  plugins: [react(), serviceWorkers()],
  define: { __APP_VERSION__: JSON.stringify(packageVersion) },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    manifest: true,
    assetsDir: 'assets',
    // video.js is one lazy ~700 kB chunk, loaded only by the attract loop.
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      input: Object.fromEntries(apps.map((app) => [app, resolve(root, app, 'index.html')])),
    },
  },
  server: {
    proxy: { '/api': 'http://localhost:8080' },
  },
});
