import type { BuildFigures, SearchFigures, SearchType } from './numbers-search-page';
import { launchChromium } from '../tests/e2e/support/browser';
import { fmt, median, percentile, printTable, type Row } from './support/report';
import { bundlePageScript } from './support/page-script';

/**
 * The kiosk's number search in Debian's Chromium: a pool of 100,000 numbers, median and p95
 * per query for each search type, beside a plain linear scan of the raw rows (a string or
 * regex test per number) for the same queries in the same page; and the index build.
 */
// Knobs: BENCH_NUMBERS_POOL (numbers, default 100,000), BENCH_NUMBERS_QUERIES (per type, 200).
const poolSize = Number(process.env.BENCH_NUMBERS_POOL ?? 100_000);
const queries = Number(process.env.BENCH_NUMBERS_QUERIES ?? 200);
const types: SearchType[] = [
  'endsWith',
  'contains',
  'pattern',
  'excludeDigits',
  'birthday',
  'tierPrice',
  'surprise',
];

export async function benchNumbersSearch(): Promise<{
  built: BuildFigures;
  searches: SearchFigures[];
}> {
  const script = await bundlePageScript('numbers-search-page.ts', 'showroomNumbersBench');
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><title>numbers bench</title>');
    await page.addScriptTag({ content: script });
    await page.evaluate((size) => window.numbersBench.makePool(size, 20_261_203), poolSize);
    const built = await page.evaluate(() => window.numbersBench.build());
    const searches: SearchFigures[] = [];
    for (const [i, type] of types.entries()) {
      searches.push(
        await page.evaluate(
          ([t, n, seed]) =>
            window.numbersBench.search(t as SearchType, n as number, seed as number),
          [type, queries, 1_000 + i] as const,
        ),
      );
    }

    const rows: Row[] = searches.map(({ type, indexed, linear, meanResults }) => {
      const p95 = percentile(indexed, 95);
      const baseP95 = percentile(linear, 95);
      return {
        figure: `${type}: p95 ms (median ${fmt(median(indexed), 2)}; ${fmt(meanResults, 0)} results/query)`,
        value: fmt(p95, 2),
        baseline: `${fmt(baseP95, 2)} (median ${fmt(median(linear), 2)})`,
        ratio: `${fmt(p95 / baseP95, 2)}×`,
        target: '≤ 0.5×, < 16 ms',
      };
    });
    rows.push(
      {
        figure: `index build, ${fmt(built.size)} numbers, classifyPool in one block (ms)`,
        value: fmt(built.classifyPoolMs),
        baseline: '—',
        ratio: '—',
        target: 'not on a tap',
      },
      {
        figure: `kiosk build in ${built.slices.length} slices: total ms`,
        value: fmt(built.slicedTotalMs),
        baseline: '—',
        ratio: '—',
        target: 'at idle, off the tap',
      },
      {
        figure: 'kiosk build: slice median / p95 / max ms',
        value: `${fmt(median(built.slices), 1)} / ${fmt(percentile(built.slices, 95), 1)} / ${fmt(Math.max(...built.slices), 1)}`,
        baseline: '—',
        ratio: '—',
        target: 'p95 < 16 ms',
      },
      {
        figure: 'kiosk build: final layout of sorted entries, best of 3 (ms)',
        value: fmt(built.layoutMs, 1),
        baseline: '—',
        ratio: '—',
        target: '< 100 ms',
      },
    );
    printTable(
      `Number search, ${fmt(poolSize)} numbers, ${queries} queries per type (Chromium)`,
      rows,
    );
    return { built, searches };
  } finally {
    await browser.close();
  }
}
