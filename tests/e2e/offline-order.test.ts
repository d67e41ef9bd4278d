import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/browser';
import { ordersSeenByConsole, signInToConsole } from './support/console';
import { startServer, type RunningServer } from './support/server';

/**
 * The foundation's promise, as a customer and a manager live it: an order placed while the
 * store's network and the server are both down survives a reload, is delivered once the
 * network returns, and shows in the console exactly once.
 */
describe('an order placed offline', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let kiosk: Page;
  let ticket = '';

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1080, height: 1920 } });
    kiosk = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  const status = () => kiosk.getByRole('status');

  it('loads the kiosk online, enrols it and installs the app for offline use', async () => {
    await kiosk.goto(`${server.url}/kiosk/`);
    await expect.poll(() => status().textContent(), { timeout: 60_000 }).toContain('在线');
    await kiosk.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await expect
      .poll(() => kiosk.evaluate(() => navigator.serviceWorker.controller !== null), {
        timeout: 30_000,
      })
      .toBe(true);
    // The whole catalogue must be on the kiosk before the network goes.
    await kiosk.getByRole('button', { name: '轻触开始' }).click();
    await expect
      .poll(() => kiosk.getByRole('button', { name: /浏览全部手机/ }).textContent(), {
        timeout: 60_000,
      })
      .toContain('1,219');
  });

  it('takes an order with the network off and the server down', async () => {
    await context.setOffline(true);
    await server.kill();

    await kiosk.getByRole('button', { name: /浏览全部手机/ }).click();
    await kiosk.getByRole('searchbox', { name: '搜索品牌或型号' }).fill('N8');
    await kiosk.getByRole('button', { name: /^Nokia N8，/ }).click();
    await kiosk.getByRole('button', { name: '下单' }).click();
    await kiosk.getByLabel('姓名').fill('王小明');
    await kiosk.getByLabel('身份证号').fill('11010519491231002X');
    await kiosk.getByLabel('联系电话').fill('13912345678');
    await kiosk.getByRole('checkbox', { name: '我同意门店为办理本单使用以上信息' }).check();
    await kiosk.getByRole('button', { name: '核对订单' }).click();
    await kiosk.getByRole('button', { name: '提交订单' }).click();

    ticket = (await kiosk.getByTestId('ticket').textContent({ timeout: 10_000 }))?.trim() ?? '';
    expect(ticket).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    await expect.poll(() => status().textContent()).toContain('离线 · 1 单待发送');
  });

  it('still holds the order after a reload while offline', async () => {
    await kiosk.getByRole('button', { name: '完成' }).click();
    await kiosk.reload();
    await expect
      .poll(() => status().textContent(), { timeout: 30_000 })
      .toContain('离线 · 1 单待发送');
    await expect.poll(() => kiosk.getByRole('button', { name: '轻触开始' }).isVisible()).toBe(true);
  });

  it('delivers the order once the network and the server are back', async () => {
    await server.restart();
    await context.setOffline(false);
    await expect
      .poll(() => status().textContent(), { timeout: 90_000, interval: 500 })
      .toMatch(/^在线$/);
  });

  it('shows the order in the console exactly once', async () => {
    const consolePage = await context.newPage();
    await signInToConsole(consolePage, server.url, 'hq', 'showroom-hq');
    await consolePage.getByLabel('门店').selectOption({ label: '全部门店' });
    await expect
      .poll(() => consolePage.getByRole('row', { name: new RegExp(ticket) }).count(), {
        timeout: 30_000,
      })
      .toBe(1);

    const matching = (await ordersSeenByConsole(consolePage)).filter(
      (order) => order.ticket === ticket,
    );
    expect(matching).toHaveLength(1);
    expect(matching[0]?.customerName).toBe('王**');
    expect(matching[0]?.idNumberMasked).toBe('110***********002X');
  });
});
