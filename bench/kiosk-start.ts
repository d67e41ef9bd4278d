import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { build } from 'vite';
import { injectManifest } from 'workbox-build';
import { startServer } from '../tests/e2e/support/server';
import { fmt, median, printTable, type Row } from './support/report';

/**
 * The kiosk's start and stamina in Debian's Chromium (`npx vite build` first):
 * (a) offline cold start served by the service worker, to the home screen interactive, median
 *     of 10 browser launches, beside a bare React + Workbox page built and measured the same way;
 * (b) gzip size of the JavaScript the attract loop and the home need, and of the lazy chunks;
 * (c) a soak of session start → zone → experience → idle reset, with the JS heap, DOM nodes and
 *     event listeners before/after.
 */
const root = resolve(import.meta.dirname, '..');
const runs = Number(process.env.BENCH_START_RUNS ?? 10);
const soakCycles = Number(process.env.BENCH_SOAK_CYCLES ?? 500);
const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic'];
const mime: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
};

const launch = (profile: string) =>
  chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: chromiumArgs,
    viewport: { width: 1080, height: 1920 },
  });

/** A page with React and a Workbox precache and nothing else: the floor for (a). */
async function buildBaseline(dir: string): Promise<void> {
  const src = join(dir, 'src');
  mkdirSync(src, { recursive: true });
  writeFileSync(
    join(src, 'index.html'),
    '<!doctype html><html><body><div id="root"></div><script type="module" src="./main.js"></script></body></html>',
  );
  writeFileSync(
    join(src, 'main.js'),
    `import { createElement as h, useState } from 'react';
import { createRoot } from 'react-dom/client';
function App() {
  const [home, setHome] = useState(false);
  return home ? h('h1', null, 'Home') : h('button', { onClick: () => setHome(true) }, 'Start');
}
createRoot(document.getElementById('root')).render(h(App));
navigator.serviceWorker.register('/baseline/sw.js', { scope: '/baseline/' });`,
  );
  writeFileSync(
    join(src, 'sw.js'),
    `import { precacheAndRoute, createHandlerBoundToURL } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { clientsClaim } from 'workbox-core';
self.skipWaiting();
clientsClaim();
precacheAndRoute(self.__WB_MANIFEST);
registerRoute(new NavigationRoute(createHandlerBoundToURL('/baseline/index.html')));`,
  );
  const out = join(dir, 'baseline');
  const common = { configFile: false as const, logLevel: 'warn' as const, root: src };
  await build({ ...common, base: '/baseline/', build: { outDir: out, emptyOutDir: true } });
  await build({
    ...common,
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: join(dir, 'sw'),
      lib: { entry: join(src, 'sw.js'), formats: ['iife'], name: 'sw', fileName: () => 'sw.js' },
    },
  });
  await injectManifest({
    swSrc: join(dir, 'sw', 'sw.js'),
    swDest: join(out, 'sw.js'),
    globDirectory: out,
    globPatterns: ['index.html', 'assets/*.js'],
    modifyURLPrefix: { '': '/baseline/' },
  });
}

function serveStatic(dir: string): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': mime[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      done({ url: `http://127.0.0.1:${port}`, server });
    }),
  );
}

/** Launches the browser on a warm profile with the network off; ms from navigation to "home". */
async function coldStarts(
  url: string,
  install: (page: Page) => Promise<void>,
  reachHome: (page: Page) => Promise<void>,
): Promise<number[]> {
  const profile = mkdtempSync(join(tmpdir(), 'showroom-bench-start-'));
  try {
    const first = await launch(profile);
    await install(first.pages()[0] ?? (await first.newPage()));
    await first.close();
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const context = await launch(profile);
      await context.setOffline(true);
      const page = context.pages()[0] ?? (await context.newPage());
      const started = performance.now();
      await page.goto(url);
      await reachHome(page);
      times.push(performance.now() - started);
      await context.close();
    }
    return times;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/**
 * Taps the middle of a control once it is on screen, as a finger would: Playwright's own
 * click also waits for the control to hold still over animation frames, which on a machine
 * without a GPU measures the renderer, not the kiosk.
 */
async function tap(page: Page, control: Locator): Promise<void> {
  await control.waitFor({ timeout: 120_000 });
  const box = await control.boundingBox();
  if (!box) throw new Error('The control has no box to tap');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

async function untilControlled(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 60_000,
  });
}

/** Gzip size of each JS file the kiosk's HTML loads up front, and of its lazy chunks. */
function bundleSizes(): { upfront: number; lazy: Map<string, number> } {
  const dist = join(root, 'dist');
  const html = readFileSync(join(dist, 'kiosk', 'index.html'), 'utf8');
  const upfrontFiles = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map(
    (m) => m[1]!,
  );
  const gz = (file: string) => gzipSync(readFileSync(join(dist, file))).length;
  const upfront = upfrontFiles.reduce((sum, file) => sum + gz(file), 0);
  const lazy = new Map<string, number>();
  const sw = readFileSync(join(dist, 'kiosk', 'sw.js'), 'utf8');
  for (const match of sw.matchAll(/"url":"\/(assets\/[^"]+\.js)"/g)) {
    const file = `/${match[1]}`;
    if (upfrontFiles.includes(file)) continue;
    const name = file.replace(/^\/assets\//, '').replace(/-[\w-]{8}\.js$/, '');
    lazy.set(name, (lazy.get(name) ?? 0) + gz(file));
  }
  return { upfront, lazy };
}

const journeys: [zone: string, experience: string][] = [
  ['商务区', '手机炒股'],
  ['旅途区', '手机地图'],
  ['娱乐区', '手机电视'],
  ['生活区', '手机支付'],
  ['达人区', '新机首发'],
  ['商务区', '视频会议'],
  ['旅途区', '车次航班'],
  ['娱乐区', '手机游戏'],
  ['生活区', '天气预报'],
  ['达人区', '本月新业务'],
];

interface Footprint {
  heap: number;
  nodes: number;
  listeners: number;
  documents: number;
}

/** JS heap after a full GC, with the DOM nodes, JS event listeners and documents alive. */
async function footprint(context: BrowserContext, page: Page): Promise<Footprint> {
  const cdp = await context.newCDPSession(page);
  // Twice: the first pass runs finalizers and weak callbacks that free more on the second.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  await cdp.detach();
  return {
    heap: usedSize,
    nodes: dom.nodes,
    listeners: dom.jsEventListeners,
    documents: dom.documents,
  };
}

/**
 * Session start → zone → experience → idle reset, with the page's clock run fast. The "before"
 * figure comes after two rounds of every journey, once each lazy chunk has loaded and the JIT
 * has compiled the hot paths; the half-way figure tells warming (growth in the first half
 * only) from a leak (the same growth in both halves).
 */
async function soak(
  url: string,
): Promise<{ before: Footprint; halfway: Footprint; after: Footprint; seconds: number }> {
  const profile = mkdtempSync(join(tmpdir(), 'showroom-bench-soak-'));
  const context = await launch(profile);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.clock.install();
    await page.goto(url);
    const start = page.getByRole('button', { name: '轻触开始' });
    const cycle = async (i: number) => {
      const [zone, experience] = journeys[i % journeys.length]!;
      await tap(page, start);
      await tap(page, page.getByRole('button', { name: zone, exact: true }));
      await tap(page, page.getByRole('button', { name: experience, exact: true }));
      await page.getByRole('heading', { level: 1, name: experience }).waitFor();
      await page.clock.fastForward(61_000);
      await page.getByRole('alertdialog').waitFor();
      await page.clock.fastForward(21_000);
      await start.waitFor();
    };
    await start.waitFor({ timeout: 120_000 });
    for (let i = 0; i < 2 * journeys.length; i++) await cycle(i);
    const before = await footprint(context, page);
    const began = performance.now();
    const half = Math.floor(soakCycles / 2);
    for (let i = 0; i < half; i++) await cycle(i);
    const halfway = await footprint(context, page);
    for (let i = half; i < soakCycles; i++) await cycle(i);
    const seconds = (performance.now() - began) / 1000;
    return { before, halfway, after: await footprint(context, page), seconds };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

export async function benchKioskStart(): Promise<void> {
  if (!existsSync(join(root, 'dist', 'kiosk', 'index.html'))) {
    throw new Error('No kiosk build: run `npx vite build` first');
  }
  // Inside the repository, so the baseline's `react` and `workbox-*` imports resolve.
  const cache = join(root, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const baselineDir = mkdtempSync(join(cache, 'showroom-bench-baseline-'));
  const server = await startServer();
  let baseline: { url: string; server: Server } | null = null;
  try {
    await buildBaseline(baselineDir);
    baseline = await serveStatic(baselineDir);
    const kioskUrl = `${server.url}/kiosk/`;
    const kioskTimes = await coldStarts(
      kioskUrl,
      async (page) => {
        await page.goto(kioskUrl);
        await untilControlled(page);
        await page.getByRole('button', { name: '轻触开始' }).waitFor({ timeout: 120_000 });
      },
      async (page) => {
        await tap(page, page.getByRole('button', { name: '轻触开始' }));
        await page.getByRole('button', { name: '商务区', exact: true }).waitFor();
      },
    );
    const baselineUrl = `${baseline.url}/baseline/`;
    const baselineTimes = await coldStarts(
      baselineUrl,
      async (page) => {
        await page.goto(baselineUrl);
        await untilControlled(page);
      },
      async (page) => {
        await tap(page, page.getByRole('button', { name: 'Start' }));
        await page.getByRole('heading', { name: 'Home' }).waitFor();
      },
    );
    const kiosk = median(kioskTimes);
    const bare = median(baselineTimes);
    const sizes = bundleSizes();
    const kb = (bytes: number) => `${fmt(bytes / 1024, 1)} KB`;
    const rows: Row[] = [
      {
        figure: `offline cold start to home, median of ${runs}`,
        value: `${fmt(kiosk)} ms`,
        baseline: `${fmt(bare)} ms (React + Workbox)`,
        ratio: `${fmt(kiosk / bare, 2)}×`,
        target: '≤ 1.5×',
      },
      {
        figure: 'JS for attract loop + home (gzip)',
        value: kb(sizes.upfront),
        baseline: '—',
        ratio: '—',
        target: '≤ 170 KB',
      },
    ];
    printTable('Kiosk start (Chromium)', rows);
    console.log('\nLazy chunks, gzip (loaded on demand, all precached):');
    for (const [name, bytes] of [...sizes.lazy].sort((a, b) => b[1] - a[1])) {
      console.log(`- ${name}: ${kb(bytes)}`);
    }
    const soaked = await soak(kioskUrl);
    const { before, halfway, after } = soaked;
    const mb = (bytes: number) => `${fmt(bytes / 1024 / 1024, 2)} MB`;
    const growth = (from: number, to: number) => `${fmt(((to - from) / from) * 100, 1)} %`;
    const count = (pick: (footprint: Footprint) => number) =>
      `${fmt(pick(before))} → ${fmt(pick(after))}`;
    printTable(`Soak: ${soakCycles} × start → zone → experience → idle reset`, [
      {
        figure: 'JS heap after GC',
        value: `${mb(before.heap)} → ${mb(after.heap)}`,
        baseline: '—',
        ratio: growth(before.heap, after.heap),
        target: 'no growth beyond noise',
      },
      {
        figure: 'JS heap after GC, second half',
        value: `${mb(halfway.heap)} → ${mb(after.heap)}`,
        baseline: '—',
        ratio: growth(halfway.heap, after.heap),
        target: 'no growth beyond noise',
      },
      {
        figure: 'DOM nodes',
        value: count((footprint) => footprint.nodes),
        baseline: '—',
        ratio: growth(before.nodes, after.nodes),
        target: 'no growth',
      },
      {
        figure: 'JS event listeners',
        value: count((footprint) => footprint.listeners),
        baseline: '—',
        ratio: growth(before.listeners, after.listeners),
        target: 'no growth beyond noise',
      },
      {
        figure: 'documents',
        value: count((footprint) => footprint.documents),
        baseline: '—',
        ratio: '—',
        target: 'no growth',
      },
      {
        figure: 'soak duration',
        value: `${fmt(soaked.seconds)} s`,
        baseline: '—',
        ratio: `${fmt((soaked.seconds * 1000) / soakCycles)} ms/cycle`,
        target: '—',
      },
    ]);
  } finally {
    baseline?.server.close();
    await server.dispose();
    rmSync(baselineDir, { recursive: true, force: true });
  }
}
