import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/browser';
import {
  chooseHandset,
  fillCustomer,
  finish,
  openAllHandsets,
  openKiosk,
  orderThisHandset,
  pollUntil,
  statusText,
  submitOrder,
  tapToStart,
  waitForStatus,
} from './support/kiosk';
import { startServer, type RunningServer } from './support/server';

/**
 * A customer picks a memorable number with the store's network down: the number pad, an
 * ending, a result from the store's own number book, its price in the order, and the order
 * reaching the server once, with that number, when the network returns.
 */
describe('picking a number offline', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let kiosk: Page;
  let chosen = '';
  let chosenPrice = '';
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

  const button = (name: string | RegExp) => kiosk.getByRole('button', { name, exact: true });
  const results = () => kiosk.getByRole('list', { name: '号码搜索结果' }).getByRole('button');

  it('loads the kiosk online with its number book, then loses the network', async () => {
    await openKiosk(kiosk, server.url);
    await tapToStart(kiosk);
    await pollUntil(
      'the whole catalogue',
      async () => (await kiosk.getByRole('button', { name: /浏览全部手机/ }).textContent()) ?? '',
      (text) => text.includes('1,219'),
      60_000,
    );
    await context.setOffline(true);
    await waitForStatus(kiosk, /^离线/);
  });

  it('opens the number picker from the order', async () => {
    await openAllHandsets(kiosk);
    await chooseHandset(kiosk, 'N8', 'Nokia N8');
    await orderThisHandset(kiosk);
    await button('挑选号码').click();
    await kiosk.getByRole('heading', { level: 1, name: '挑选您的新号码' }).waitFor();
    await pollUntil(
      'the number book',
      () => results().count(),
      (n) => n > 0,
      60_000,
    );
  });

  it('shows a handful of good numbers on "surprise me", and others on "show others"', async () => {
    await button('手气不错').click();
    await pollUntil(
      'surprises',
      () => results().count(),
      (n) => n > 0 && n <= 6,
    );
    const first = await results().allInnerTexts();
    await button('换一批').click();
    await pollUntil(
      'surprises',
      () => results().count(),
      (n) => n > 0 && n <= 6,
    );
    expect(first.length).toBeGreaterThan(0);
  });

  it('finds numbers by their ending, typed on the number pad', async () => {
    const pad = kiosk.getByRole('group', { name: '数字键盘' });
    await kiosk.getByRole('radio', { name: '尾号' }).click();
    await pad.getByRole('button', { name: '8', exact: true }).click();
    await pad.getByRole('button', { name: '8', exact: true }).click();
    await expect(kiosk.getByRole('textbox', { name: '尾号' }).inputValue()).resolves.toBe('88');
    await pollUntil(
      'numbers ending 88',
      () => results().count(),
      (n) => n > 0,
    );
    const names = await Promise.all(
      (await results().all()).map((result) => result.getAttribute('aria-label')),
    );
    for (const name of names) expect(name).toMatch(/^1\d\d \d{4} \d{2}88，/);

    const first = results().first();
    const [number, , price] = ((await first.getAttribute('aria-label')) ?? '').split('，');
    chosen = number ?? '';
    chosenPrice = /¥[\d,]+/.exec(price ?? '')?.[0] ?? '';
    await first.click();
  });

  it('shows the number, its terms and a local hold on the order', async () => {
    await kiosk.getByRole('heading', { level: 1, name: '填写订单' }).waitFor();
    await kiosk.getByText('已在本机为您保留，提交后由门店确认').waitFor();
    const card = kiosk.locator('.chosen-number__card');
    await expect(card.textContent()).resolves.toContain(chosen);
    if (chosenPrice) await expect(card.textContent()).resolves.toContain(chosenPrice);
    // A plan the number allows: plans below its minimum fee are disabled.
    const plans = kiosk.getByRole('radiogroup', { name: '选择套餐' });
    await plans.getByRole('radio', { disabled: false }).last().click();
  });

  it('prices the number into the order and places it offline', async () => {
    await fillCustomer(kiosk);
    await button('核对订单').click();
    await button('提交订单').waitFor();
    const review = (await kiosk.locator('main').textContent()) ?? '';
    expect(review).toContain(chosen);
    if (chosenPrice) expect(review).toContain(chosenPrice);
    await button('返回').click();
    ticket = await submitOrder(kiosk);
    expect(await statusText(kiosk)).toContain('离线 · 1 单待发送');
    await finish(kiosk);
  });

  it('delivers the order with that number exactly once when the network is back', async () => {
    await context.setOffline(false);
    await waitForStatus(kiosk, /^在线$/, 90_000);
    const number = chosen.replaceAll(' ', '');
    const db = new Database(join(server.dataDir, 'showroom.sqlite'), { readonly: true });
    try {
      const orders = db
        .prepare('select ticket, number from orders where number = ?')
        .all(number) as { ticket: string; number: string }[];
      expect(orders).toEqual([{ ticket, number }]);
    } finally {
      db.close();
    }
  });

  it('online, holds the chosen number on the server until the customer leaves', async () => {
    const db = new Database(join(server.dataDir, 'showroom.sqlite'), { readonly: true });
    const holdOf = (number: string) =>
      db.prepare('select expires_at from number_holds where number = ?').get(number) as
        { expires_at: number } | undefined;
    try {
      await tapToStart(kiosk);
      await openAllHandsets(kiosk);
      await chooseHandset(kiosk, 'N8', 'Nokia N8');
      await orderThisHandset(kiosk);
      await button('挑选号码').click();
      await button('手气不错').click();
      await pollUntil(
        'surprises',
        () => results().count(),
        (n) => n > 0,
      );
      const label = (await results().first().getAttribute('aria-label')) ?? '';
      const number = (label.split('，')[0] ?? '').replaceAll(' ', '');
      expect(number).toMatch(/^1\d{10}$/);
      await results().first().click();
      await kiosk.getByText('已为您保留，提交订单前不会被别人选走').waitFor({ timeout: 30_000 });
      const hold = holdOf(number);
      expect(hold?.expires_at ?? 0).toBeGreaterThan(Date.now());

      await button('首页').click();
      await pollUntil(
        'the hold to be released',
        async () => holdOf(number)?.expires_at ?? 0,
        (expiresAt) => expiresAt <= Date.now(),
        30_000,
      );
    } finally {
      db.close();
    }
  });
});
