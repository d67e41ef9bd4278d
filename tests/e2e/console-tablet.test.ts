import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/browser';
import { signInToConsole } from './support/console';
import { startServer, type RunningServer } from './support/server';

/**
 * The console on a store's tablet, held either way: every page HQ opens fits the screen's
 * width (nothing to scroll sideways but a wide table inside its own frame), and every page of
 * the top bar can be reached.
 */
const pages = ['订单', '销售', '佣金', '号码', '设备', '人员', '内容'];
const tablets = [
  { name: 'landscape', width: 1024, height: 768 },
  { name: 'portrait', width: 768, height: 1024 },
];

describe.each(tablets)('the console on a $name tablet ($width×$height)', ({ width, height }) => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width, height } });
    await signInToConsole(page, server.url, 'hq', 'showroom-hq');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it.each(pages)('fits %s to the width, its top-bar button on screen', async (name) => {
    const button = page.getByRole('navigation', { name: '主导航' }).getByRole('button', { name });
    const box = await button.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(width);
    await button.click();
    await expect.poll(() => button.getAttribute('aria-current')).toBe('page');
    // Let the page load what it shows, then measure the document, not a table's own frame.
    await page.waitForLoadState('networkidle');
    const overflow = await page.evaluate(() => ({
      document: document.documentElement.scrollWidth,
      viewport: window.innerWidth,
    }));
    expect(overflow.document, `${name} is wider than the screen`).toBeLessThanOrEqual(
      overflow.viewport,
    );
    const heading = page.getByRole('heading', { level: 1 });
    expect(((await heading.textContent()) ?? '').length).toBeGreaterThan(0);
  });
});
