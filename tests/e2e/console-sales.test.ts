import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/browser';
import { signInToConsole } from './support/console';
import { startServer, type RunningServer } from './support/server';

/**
 * The sales page as HQ reads it on a 1024×768 tablet: sales by store narrowed to partner
 * stores, the CSV holding exactly what the table shows, then the funnel store by store.
 */
describe('sales in the console', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    page = await context.newPage();
    await signInToConsole(page, server.url, 'hq', 'showroom-hq');
    await page
      .getByRole('navigation', { name: '主导航' })
      .getByRole('button', { name: '销售' })
      .click();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  const groupsTable = () => page.getByRole('table', { name: '分组明细' });

  /** Each row of the groups table: its name and its orders. */
  async function tableRows(): Promise<[string, number][]> {
    const rows = await groupsTable().locator('tbody tr').all();
    return Promise.all(
      rows.map(async (row) => [
        (await row.getByRole('rowheader').textContent()) ?? '',
        Number((await row.getByRole('cell').first().textContent())?.replaceAll(',', '')),
      ]),
    );
  }

  it('narrows sales by store to partner stores, and the CSV holds what the table shows', async () => {
    await page.getByLabel('分组', { exact: true }).selectOption('store');
    await expect.poll(async () => (await tableRows()).length).toBe(5);

    await page.getByLabel('门店类型', { exact: true }).selectOption({ label: '合作店' });
    await expect
      .poll(async () => (await tableRows()).map(([name]) => name).sort())
      .toEqual(['成都春熙路合作店', '深圳华强北合作店']);
    await page.getByText('已选 1 项').waitFor();

    const href = await page.getByRole('link', { name: /导出 CSV/ }).getAttribute('href');
    expect(href).toContain('groupBy=store');
    expect(href).toContain('storeType=partner');
    const csv = await page.evaluate(async (path) => (await fetch(path)).text(), href!);
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    const shown = await tableRows();
    const listed = lines.slice(1, 1 + shown.length).map((line) => line.split(','));
    expect(listed.map(([, name, orders]) => [name, Number(orders)])).toEqual(shown);
    expect(lines[1 + shown.length]).toMatch(/^,合计,/);
    expect(lines.at(-1)).toBe('筛选：门店类型,合作店 (partner)');

    await page.getByRole('button', { name: '清除筛选' }).click();
    await expect.poll(async () => (await tableRows()).length).toBe(5);
  });

  it('compares the stores’ funnels, busiest first', async () => {
    await page.getByRole('button', { name: '按门店', exact: true }).click();
    const stores = page.getByRole('table', { name: '按门店' });
    await expect.poll(() => stores.locator('tbody tr').count()).toBe(5);
    const orders = await stores
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) =>
          Number(
            row.querySelectorAll('td')[3]?.querySelector('span')?.textContent?.replaceAll(',', ''),
          ),
        ),
      );
    expect(orders).toEqual([...orders].sort((a, b) => b - a));
    await page.getByRole('button', { name: '按专区', exact: true }).click();
    await page.getByRole('table', { name: '按专区' }).waitFor();
  });
});
