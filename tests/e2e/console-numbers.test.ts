import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type DbHandle } from '../../server/db/create-db';
import { handsetOf, handsetPut } from '../integration/support/content-fixtures';
import { honestDraft, orderMutation } from '../integration/support/fixtures';
import { call, enrolKiosk, signIn } from '../integration/support/http-client';
import { launchChromium } from './support/browser';
import { ordersSeenByConsole, signInToConsole } from './support/console';
import { startServer, type RunningServer } from './support/server';

/**
 * The number book in the console, as the store's people use it: a manager imports a file of
 * numbers and reads why some rows were refused; two kiosks sold one number while offline, and
 * a clerk gives the losing customer another number of the same tier, and places at today's
 * total an order priced before HQ changed a price; HQ re-prices a tier.
 */
describe('the number book in the console', () => {
  let server: RunningServer;
  let browser: Browser;
  let db: DbHandle;
  let ticket = '';

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    db = await createDb({ sqliteFile: join(server.dataDir, 'showroom.sqlite') });
  });

  afterAll(async () => {
    await browser?.close();
    await db?.close();
    await server?.dispose();
  });

  async function consoleAs(login: string, password: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    await signInToConsole(page, server.url, login, password);
    await page
      .getByRole('navigation', { name: '主导航' })
      .getByRole('button', { name: '号码' })
      .click();
    return page;
  }

  it('imports a manager’s file, adding the good rows once and saying why the rest were refused', async () => {
    const otherStores = await db.db
      .selectFrom('numbers')
      .select('number')
      .where('store_id', '=', 'gz-tianhe')
      .limit(1)
      .execute();
    const csv = [
      'number',
      '18600001111',
      '13299990000',
      '12345',
      '19912345678',
      '=HYPERLINK("http://evil")',
      otherStores[0]!.number,
      '18600001111',
    ].join('\r\n');
    const page = await consoleAs('bj-xidan-manager', 'showroom-manager');
    await page.getByLabel('号码文件').setInputFiles({
      name: 'numbers.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await page.getByRole('button', { name: /^导入到/ }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: '已导入' }).textContent())
      .toBe('已导入 2 个号码，5 行未导入。');
    const refused = page.getByRole('table', { name: '未导入的行' });
    await expect(refused.getByRole('row').count()).resolves.toBe(6);
    await expect(refused.textContent()).resolves.toContain('不是 11 位号码');
    await expect(refused.textContent()).resolves.toContain('疑似公式');
    await expect(refused.textContent()).resolves.toContain('已属于其他门店');
    await expect(refused.textContent()).resolves.toContain('与第 2 行重复');
    const added = await db.db
      .selectFrom('numbers')
      .select(['number', 'store_id'])
      .where('number', 'in', ['18600001111', '13299990000'])
      .execute();
    expect(added.map((row) => row.store_id)).toEqual(['bj-xidan', 'bj-xidan']);
    await page.context().close();
  });

  it('lets a clerk give the losing customer another number of the same tier', async () => {
    const hq = await signIn(server.url, 'hq', 'showroom-hq');
    const [first, second] = [
      await enrolKiosk(server.url, hq, 'bj-xidan'),
      await enrolKiosk(server.url, hq, 'bj-xidan'),
    ];
    const contested = '18600001111';
    const winner = await honestDraft(db.db, { storeId: 'bj-xidan', number: contested });
    const loser = await honestDraft(db.db, { storeId: 'bj-xidan', number: contested });
    ticket = loser.ticket;
    const push = (token: string, draft: typeof winner) =>
      call(server.url, '/api/sync/push', {
        token,
        body: { mutations: [orderMutation(draft, draft.id)], sentAt: Date.now() },
      });
    expect((await push(first!.token, winner)).body.results[0].status).toBe('applied');
    expect((await push(second!.token, loser)).body.results[0].status).toBe('conflict');

    const page = await consoleAs('bj-xidan-clerk1', 'showroom-clerk');
    const queue = page.getByRole('table', { name: '订单冲突' });
    const row = queue.getByRole('row', { name: new RegExp(ticket) });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('186 0000 1111');
    const alternative = await row.getByLabel('改用号码').inputValue();
    expect(alternative).toMatch(/^1\d{10}$/);
    await row.getByRole('button', { name: '改用此号' }).click();
    await page.getByRole('button', { name: '全部', exact: true }).click();
    await expect
      .poll(() => queue.getByRole('row', { name: new RegExp(ticket) }).textContent())
      .toContain('已改号');

    const orders = await ordersSeenByConsole(page);
    const placed = orders.filter((order) => order.ticket === ticket);
    expect(placed).toHaveLength(1);
    expect(placed[0]!.number).toBe(alternative);
    const sold = await db.db
      .selectFrom('numbers')
      .select('status')
      .where('number', '=', alternative)
      .executeTakeFirstOrThrow();
    expect(sold.status).toBe('sold');
    await page.context().close();
  });

  it('lets a clerk place an order priced before HQ changed a price, at today’s total', async () => {
    const hq = await signIn(server.url, 'hq', 'showroom-hq');
    const kiosk = await enrolKiosk(server.url, hq, 'bj-xidan');
    const handset = await handsetOf(db.db);
    // Priced offline with yesterday's price; HQ raises it before the kiosk comes back online.
    const stale = await honestDraft(db.db, { storeId: 'bj-xidan', handsetId: handset.id });
    const published = await call(server.url, '/api/content/versions', {
      cookie: hq,
      body: {
        note: 'New price',
        storeIds: null,
        changes: [handsetPut({ ...handset, priceFen: handset.priceFen + 100_00 })],
      },
    });
    expect(published.status).toBe(200);
    const today = await honestDraft(db.db, { storeId: 'bj-xidan', handsetId: handset.id });
    const pushed = await call(server.url, '/api/sync/push', {
      token: kiosk.token,
      body: { mutations: [orderMutation(stale)], sentAt: Date.now() },
    });
    expect(pushed.body.results[0]).toMatchObject({ status: 'conflict', reason: 'price_changed' });

    const page = await consoleAs('bj-xidan-clerk1', 'showroom-clerk');
    const queue = page.getByRole('table', { name: '订单冲突' });
    const row = queue.getByRole('row', { name: new RegExp(stale.ticket) });
    await row.waitFor();
    const text = await row.textContent();
    expect(text).toContain('价格已调整');
    expect(text).toContain('体验机');
    expect(text).toContain('今日');
    await row.getByRole('button', { name: '按今日价格下单' }).click();
    await page.getByRole('button', { name: '全部', exact: true }).click();
    await expect
      .poll(() => queue.getByRole('row', { name: new RegExp(stale.ticket) }).textContent())
      .toContain('已按今日价格下单');

    const placed = (await ordersSeenByConsole(page)).filter((o) => o.ticket === stale.ticket);
    expect(placed).toHaveLength(1);
    const stored = await db.db
      .selectFrom('orders')
      .select('total_fen')
      .where('id', '=', stale.id)
      .executeTakeFirstOrThrow();
    expect(stored.total_fen).toBe(today.totalFen);
    await page.context().close();
  });

  it('lets HQ re-price a tier, and the unsold numbers of that tier follow', async () => {
    const page = await consoleAs('hq', 'showroom-hq');
    const tiers = page.getByRole('table', { name: '靓号等级' });
    await tiers.getByLabel('金号 选号费（元）').fill('1288');
    await page.getByRole('button', { name: '保存并重新定价' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: '已保存' }).textContent())
      .toMatch(/^已保存，[1-9]\d* 个未售号码已重新定价。$/);
    const gold = await db.db
      .selectFrom('numbers')
      .select(['status', 'price_fen'])
      .where('tier_id', '=', 'gold')
      .execute();
    const unsold = gold.filter((row) => row.status === 'available');
    expect(unsold.length).toBeGreaterThan(0);
    expect(unsold.every((row) => row.price_fen === 128_800)).toBe(true);
    await page.context().close();
  });

  it('lets a manager withdraw numbers, leaving a sold one where it is', async () => {
    const page = await consoleAs('bj-xidan-manager', 'showroom-manager');
    await page.getByLabel('要下架的号码').fill('132 9999 0000\n186-0000-1111');
    await page.getByRole('button', { name: /^从 .+ 下架 2 个号码$/ }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: '已下架' }).textContent())
      .toBe('已下架 1 个号码，1 个未下架。');
    await expect(
      page.getByRole('listitem').filter({ hasText: '186 0000 1111' }).textContent(),
    ).resolves.toContain('已售出');
    const rows = await db.db
      .selectFrom('numbers')
      .select(['number', 'status'])
      .where('number', 'in', ['13299990000', '18600001111'])
      .orderBy('number')
      .execute();
    expect(rows).toEqual([
      { number: '13299990000', status: 'withdrawn' },
      { number: '18600001111', status: 'sold' },
    ]);
    await page.context().close();
  });
});
