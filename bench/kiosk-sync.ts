import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Kysely } from 'kysely';
import type { Browser, Page } from 'playwright-core';
import type { Database } from '../server/db/schema';
import type { KioskBench } from './kiosk-sync-page';
import { launchChromium } from '../tests/e2e/support/browser';
import { startKioskBenchServer } from './kiosk-sync-server';
import { makeDrafts } from './support/drafts';
import { fmt, printTable, type Row } from './support/report';
import { bundlePageScript } from './support/page-script';

/**
 * The kiosk's sync in Debian's Chromium against the real server (`npx vite build` first):
 * (a) catch-up of a full catalogue by a new kiosk, (b) drain of 10,000 orders queued offline,
 * (c) p95 of checkout's local commit; each beside a raw IndexedDB baseline in the same page.
 */
const root = resolve(import.meta.dirname, '..');
// Knobs: BENCH_KIOSK_ROUNDS (catch-ups, default 2), BENCH_KIOSK_DRAIN (orders, 10,000),
// BENCH_KIOSK_TRACE=1 (log each sync request of the drain), BENCH_KIOSK_PROFILE=<file> (a
// Chromium CPU profile of the drain, for DevTools).
const rounds = Number(process.env.BENCH_KIOSK_ROUNDS ?? 2);
const drainOrders = Number(process.env.BENCH_KIOSK_DRAIN ?? 10_000);
const commitSamples = 520;

declare global {
  interface Window {
    showroomBench: KioskBench;
  }
}

async function waitUntil(check: () => Promise<boolean>, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function catchUp(browser: Browser, script: string, url: string, expected: object) {
  const context = await browser.newContext();
  await context.addInitScript({ content: script });
  const page = await context.newPage();
  await page.goto(`${url}/kiosk/`);
  const converged = await page.evaluate(
    ([want]) => window.showroomBench.waitForConvergence(want as never, 180_000),
    [expected],
  );
  const baseline = await page.evaluate(() => window.showroomBench.rawCatchUpBaseline());
  return { page, context, converged, baseline };
}

async function drain(page: Page, db: Kysely<Database>, offline: (on: boolean) => Promise<void>) {
  const identity = await page.evaluate(() => window.showroomBench.identity());
  if (!identity) throw new Error('The kiosk is not enrolled');
  const drafts = await makeDrafts(db, identity.storeId, drainOrders);
  await offline(true);
  await page.getByRole('status').filter({ hasText: '离线' }).first().waitFor();
  await page.evaluate((list) => window.showroomBench.queueOrders(list), drafts);
  const profiler = process.env.BENCH_KIOSK_PROFILE
    ? await page.context().newCDPSession(page)
    : null;
  if (profiler) {
    await profiler.send('Profiler.enable');
    await profiler.send('Profiler.setSamplingInterval', { interval: 500 });
    await profiler.send('Profiler.start');
  }
  const started = Date.now();
  if (process.env.BENCH_KIOSK_TRACE) {
    page.on('console', (message) => {
      if (message.text().startsWith('[trace]')) console.log(Date.now() - started, message.text());
    });
    page.on('requestfinished', (request) => {
      if (!request.url().includes('/api/sync/')) return;
      const t = request.timing();
      console.log(
        `${Date.now() - started} ms ${request.url().split('/api/')[1]?.slice(0, 40)}: ` +
          `waited ${Math.round(t.responseStart)} ms, body ${Math.round(t.responseEnd - t.responseStart)} ms`,
      );
    });
  }
  await offline(false);
  await waitUntil(
    async () => (await page.evaluate(() => window.showroomBench.outboxDepth())) === 0,
    300_000,
    'the outbox to drain',
  );
  const seconds = (Date.now() - started) / 1000;
  if (profiler) {
    const { profile } = await profiler.send('Profiler.stop');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(process.env.BENCH_KIOSK_PROFILE!, JSON.stringify(profile));
  }
  const state = await page.evaluate(() => window.showroomBench.deliveredState());
  const onServer = await db
    .selectFrom('orders')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('device_id', '=', identity.deviceId)
    .executeTakeFirstOrThrow();
  const baselineMs = await page.evaluate(
    (list) => window.showroomBench.rawOrdersBaseline(list),
    drafts,
  );
  return { seconds, baselineMs, state, onServer: Number(onServer.count) };
}

export async function benchKioskSync(): Promise<Row[]> {
  if (!existsSync(join(root, 'dist/kiosk/index.html'))) {
    throw new Error('No build in dist/: run `npx vite build` first');
  }
  const script = await bundlePageScript('kiosk-sync-page.ts', 'showroomBenchBundle');
  const server = await startKioskBenchServer();
  const browser = await launchChromium();
  const rows: Row[] = [];
  try {
    const latest = await server.db
      .selectFrom('content_versions')
      .select('id')
      .where('status', '=', 'published')
      .orderBy('marker_seq', 'desc')
      .executeTakeFirstOrThrow();
    const expected = { versionId: latest.id, handsets: 1000, plans: 50, numbers: 20_000 };

    let last: Awaited<ReturnType<typeof catchUp>> | null = null;
    for (let round = 1; round <= rounds; round++) {
      await last?.context.close();
      last = await catchUp(browser, script, server.url, expected);
      const { converged, baseline } = last;
      const pullMs = converged.convergedAt - converged.firstPullAt;
      rows.push({
        figure: `(a) catch-up, new kiosk, round ${round}: first pull → converged (${converged.pulls} pages)`,
        value: `${fmt(pullMs / 1000, 2)} s`,
        baseline: `${fmt(baseline.ms / 1000, 2)} s raw bulk put of ${fmt(baseline.rows)} rows`,
        ratio: `${fmt(pullMs / baseline.ms, 2)}×`,
        target: '≤ 1.5×',
      });
      rows.push({
        figure: `(a) same, page load → converged (boot, enrolment, media)`,
        value: `${fmt(converged.convergedAt / 1000, 2)} s`,
        baseline: `${fmt(baseline.ms / 1000, 2)} s`,
        ratio: `${fmt(converged.convergedAt / baseline.ms, 2)}×`,
        target: '—',
      });
    }

    const { page, context } = last!;
    const drained = await drain(page, server.db, (on) => context.setOffline(on));
    if (drained.onServer !== drainOrders || drained.state.sent < drainOrders) {
      throw new Error(`Drain lost or doubled orders: ${JSON.stringify(drained)}`);
    }
    rows.push({
      figure: `(b) drain ${fmt(drainOrders)} orders queued offline → all acknowledged (server holds ${fmt(drained.onServer)}, ${drained.state.unmasked} unmasked left)`,
      value: `${fmt(drained.seconds, 2)} s`,
      baseline: `${fmt(drained.baselineMs / 1000, 2)} s raw bulk put of ${fmt(drainOrders)} rows`,
      ratio: `${fmt((drained.seconds * 1000) / drained.baselineMs, 2)}×`,
      target: '≤ 3×, < 10 s',
    });
    await context.close();

    // (c) on a same-origin page without the kiosk app, so its sync loop adds no noise.
    const quiet = await browser.newContext();
    await quiet.addInitScript({ content: script });
    const quietPage = await quiet.newPage();
    await quietPage.goto(`${server.url}/api/health`);
    const drafts = await makeDrafts(server.db, 'bench-store', commitSamples);
    const commit = await quietPage.evaluate(
      (list) => window.showroomBench.commitLatency(list),
      drafts,
    );
    rows.push({
      figure: `(c) local order commit (order + outbox), p95 of ${commitSamples - 20} (p50 ${fmt(commit.dexieP50, 2)} ms)`,
      value: `${fmt(commit.dexieP95, 2)} ms`,
      baseline: `${fmt(commit.rawP95, 2)} ms raw transaction (p50 ${fmt(commit.rawP50, 2)} ms)`,
      ratio: `${fmt(commit.dexieP95 / commit.rawP95, 2)}×`,
      target: '≤ 2×',
    });
    await quiet.close();
  } finally {
    await browser.close();
    await server.close();
  }
  printTable('Kiosk sync in Chromium (catch-up, drain, local commit)', rows);
  return rows;
}
