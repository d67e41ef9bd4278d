import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/browser';
import { signInToConsole } from './support/console';
import { openAllHandsets, openKiosk, pollUntil, tapToStart } from './support/kiosk';
import { startServer, type RunningServer } from './support/server';

/**
 * HQ changes a handset's price in the console and publishes it to every store; a kiosk that
 * is already running shows the new price after its next pull, with no reload.
 */
describe('a price HQ publishes reaches a running kiosk', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let kiosk: Page;
  let console: Page;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1080, height: 1920 } });
    kiosk = await context.newPage();
    console = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  const n8Card = () => kiosk.getByRole('button', { name: /^Nokia N8，/ });

  it('shows the N8 at its old price on the kiosk', async () => {
    await openKiosk(kiosk, server.url);
    await tapToStart(kiosk);
    await openAllHandsets(kiosk);
    await kiosk.getByRole('searchbox', { name: '搜索品牌或型号' }).fill('N8');
    const label = await pollUntil(
      'the N8 card',
      async () => ((await n8Card().count()) === 1 ? await n8Card().getAttribute('aria-label') : ''),
      (text) => !!text,
      30_000,
    );
    expect(label).not.toContain('¥1888');
  });

  it('lets HQ put a new price in a draft, preview it and publish it to every store', async () => {
    await signInToConsole(console, server.url, 'hq', 'showroom-hq');
    await console.getByRole('button', { name: '内容', exact: true }).click();
    await console.getByRole('tab', { name: '手机' }).click();
    await console.getByRole('searchbox', { name: '搜索手机' }).fill('Nokia N8');
    await console
      .getByRole('list', { name: '手机' })
      .getByRole('button', { name: /^Nokia N8\b(?!\d)/ })
      .first()
      .click();
    await console.getByLabel('售价', { exact: true }).fill('1888');
    await console.getByRole('button', { name: '加入草稿' }).click();
    const draft = console.getByRole('list', { name: '待发布的改动' });
    await draft.getByText(/1888/).first().waitFor();
    expect(await console.getByRole('figure', { name: '体验机上的样子' }).textContent()).toContain(
      '1888',
    );
    await console.getByLabel('版本说明').fill('N8 降价到 ¥1888');
    await console.getByRole('button', { name: /^发布 1 项改动/ }).click();
    await console.getByText('已发布到全部门店。体验机在下次同步时更新。').waitFor();
  });

  it('shows the new price on the kiosk after its next pull, without a reload', async () => {
    const label = await pollUntil(
      'the N8 at ¥1888',
      async () => (await n8Card().getAttribute('aria-label')) ?? '',
      (text) => text.includes('¥1888'),
      90_000,
    );
    expect(label).toMatch(/^Nokia N8，/);
  });
});
