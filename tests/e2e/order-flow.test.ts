import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/browser';
import { signInToConsole } from './support/console';
import {
  chooseHandset,
  fillCustomer,
  openAllHandsets,
  openKiosk,
  pollUntil,
  tapToStart,
} from './support/kiosk';
import { startServer, type RunningServer } from './support/server';

interface OrderRow {
  id: string;
  status: string;
  handset_id: string;
  device_created_at: number;
  consent_text_version: string | null;
  consent_given_at: number | null;
  bundle_id: string | null;
  service_ids: string;
  clerk_id: string | null;
  number: string | null;
  plan_id: string | null;
}

/**
 * A customer and a clerk from the first tap to an activated line: filter the catalogue to
 * dual-SIM phones, compare three, take the two-number gift box, let the helper pick the plan,
 * add ring-back tones, choose a number, be assisted by clerk 1011, check out (told to pay at
 * the counter); the clerk then sees the consent, confirms (ID checked, handset out of stock)
 * and activates in the console, and the customer's phone follows the ticket without a word of
 * personal data. A second customer reads a handset's bands, compares three and takes one
 * straight from the compare screen.
 */
describe('from the catalogue to an activated order', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let kiosk: Page;
  let ticket = '';
  let stockBefore = 0;

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

  const button = (name: string | RegExp) =>
    kiosk.getByRole('button', { name, exact: typeof name === 'string' });
  const heading = (name: string) => kiosk.getByRole('heading', { level: 1, name, exact: true });
  /** Names of the handset cards on screen ("Brand Model，price…"). */
  const cardNames = () =>
    kiosk
      .locator('.handset-card[aria-label]')
      .evaluateAll((cards) => cards.map((card) => card.getAttribute('aria-label') ?? ''));
  const db = () => new Database(join(server.dataDir, 'showroom.sqlite'), { readonly: true });
  const orderByTicket = (wanted = ticket): OrderRow | undefined => {
    const handle = db();
    try {
      return handle.prepare('select * from orders where ticket = ?').get(wanted) as
        OrderRow | undefined;
    } finally {
      handle.close();
    }
  };
  const payHere = '此处无需付款：店员确认订单后，请到柜台付款并领取手机。';
  const payAtCounter = '店员确认后，请到柜台付款';
  const consentText = '我同意门店为办理本单使用以上信息';
  /** The values of one row of the compare table, by its label. */
  const compareRow = (label: string) =>
    kiosk
      .getByRole('row', { name: new RegExp(`^${label}`) })
      .getByRole('cell')
      .allTextContents();

  it('filters the catalogue to dual-SIM phones and compares three of them', async () => {
    await openKiosk(kiosk, server.url);
    await tapToStart(kiosk);
    await openAllHandsets(kiosk);
    const features = kiosk.getByRole('group', { name: '功能' });
    await features.getByRole('button', { name: '双卡双待' }).click();
    const names = await pollUntil(
      'only dual-SIM cards',
      cardNames,
      (list) => list.length >= 3 && list.every((name) => /duos|dual/i.test(name)),
      30_000,
    );
    expect(names.length).toBeLessThan(20);

    await button(/^排序/).click();
    await kiosk.getByRole('radio', { name: '价格从低到高' }).click();
    const prices = await pollUntil(
      'cards in rising price',
      async () =>
        (await cardNames()).map((name) => Number(/¥([\d,]+)/.exec(name)?.[1]?.replace(/,/g, ''))),
      (list) => list.length >= 3 && list.every((p, i) => i === 0 || p >= (list[i - 1] ?? 0)),
      30_000,
    );
    expect(prices[0]).toBeLessThanOrEqual(prices.at(-1) ?? 0);

    const toggles = kiosk.getByRole('button', { name: /^对比：/ });
    await toggles.nth(0).click();
    await toggles.nth(1).click();
    await toggles.nth(2).click();
    await button('开始对比').click();
    await heading('手机对比').waitFor();
    expect(await kiosk.getByText('不同', { exact: true }).count()).toBeGreaterThan(0);
    expect(await kiosk.getByRole('button', { name: /^就选这款：/ }).count()).toBe(3);
    // Each phone's WCDMA bands side by side, not only "GSM/WCDMA/HSPA".
    const bands = await compareRow('3G 频段');
    expect(bands).toHaveLength(3);
    for (const each of bands) expect(each).toMatch(/^WCDMA \d{3,4}( \/ \d{3,4})* MHz$/);
    expect(await compareRow('内存')).toHaveLength(3);
    await button('首页').click();
  });

  it('takes the two-number gift box, with its services included', async () => {
    await button(/礼盒优惠/).click();
    await heading('礼盒优惠').waitFor();
    await button('选这个礼盒：双卡双号礼盒').click();
    await heading('填写订单').waitFor();
    await kiosk.getByText('您选的礼盒').waitFor();
    const services = kiosk.getByRole('group', { name: '增值业务' });
    const secondNumber = services.getByRole('button', { name: '一卡双号' });
    expect(await secondNumber.getAttribute('aria-pressed')).toBe('true');
    const handle = db();
    try {
      const row = handle
        .prepare(
          `select s.quantity from stock s join bundles b on b.id = 'box-two-numbers'
           where s.store_id = 'bj-xidan' and s.handset_id = json_extract(b.data, '$.handsetId')`,
        )
        .get() as { quantity: number } | undefined;
      stockBefore = row?.quantity ?? 0;
    } finally {
      handle.close();
    }
  });

  it('lets the helper choose the plan from four answers, then adds ring-back tones and a number', async () => {
    await button('哪个套餐适合我？').click();
    await heading('哪个套餐适合我？').waitFor();
    const answer = async (question: string, level: string) =>
      kiosk
        .getByRole('radiogroup', { name: question })
        .getByRole('radio', { name: new RegExp(`^${level}`) })
        .click();
    await answer('每月打电话多吗？', '偶尔');
    await answer('手机上网多吗？', '经常');
    await answer('会用视频通话吗？', '不用');
    await answer('发短信多吗？', '偶尔');
    const choose = kiosk.getByRole('button', { name: /^选这个套餐：/ }).first();
    const chosenName = ((await choose.getAttribute('aria-label')) ?? '').replace(
      '选这个套餐：',
      '',
    );
    expect(chosenName).not.toBe('');
    await choose.click();
    await heading('填写订单').waitFor();
    const plans = kiosk.getByRole('radiogroup', { name: '选择套餐' });
    expect(await plans.getByRole('radio', { checked: true }).textContent()).toContain(chosenName);

    const ringback = kiosk
      .getByRole('group', { name: '增值业务' })
      .getByRole('button', { name: '炫铃' });
    await ringback.click();
    await expect.poll(() => ringback.getAttribute('aria-pressed')).toBe('true');

    // A free (ordinary) number: it asks for no dearer plan than the one the helper chose.
    await button('挑选号码').click();
    await kiosk
      .getByRole('radiogroup', { name: '号码价格上限' })
      .getByRole('radio', { name: '免费号码' })
      .click();
    const results = kiosk.getByRole('list', { name: '号码搜索结果' }).getByRole('button');
    await results.first().click();
    await heading('填写订单').waitFor();
  });

  it('checks out with clerk 1011 attached, says to pay at the counter, and shows the ticket', async () => {
    await kiosk.getByText(payHere).waitFor();
    await fillCustomer(kiosk);
    await button('核对订单').click();
    await heading('核对订单').waitFor();
    await kiosk.getByText(payHere).waitFor();
    await button('店员协助').click();
    const sheet = kiosk.getByRole('dialog', { name: '店员协助' });
    const pad = sheet.getByRole('group', { name: '工号键盘' });
    for (const digit of '1011') await pad.getByRole('button', { name: digit, exact: true }).click();
    await sheet.getByRole('button', { name: '确认', exact: true }).click();
    await kiosk.getByText('店员 李娜 为您服务').waitFor();
    await kiosk.getByText('礼盒').first().waitFor();
    await button('提交订单').click();
    const shown = kiosk.getByTestId('ticket');
    await shown.waitFor();
    ticket = ((await shown.textContent()) ?? '').trim();
    expect(ticket).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    await kiosk.getByText('用手机扫码，随时查看订单进度').waitFor();
    await kiosk.getByText(payAtCounter).waitFor();

    const order = await pollUntil('the order on the server', orderByTicket, (row) => !!row, 60_000);
    expect(order).toMatchObject({
      status: 'received',
      bundle_id: 'box-two-numbers',
      clerk_id: 'user-bj-xidan-clerk1',
    });
    expect(JSON.parse(order?.service_ids ?? '[]')).toEqual(
      expect.arrayContaining(['vas-second-number', 'vas-bank-alerts', 'vas-ringback']),
    );
    expect(order?.number).toMatch(/^1\d{10}$/);
    expect(order?.plan_id).not.toBeNull();
    // The consent went with the order: its wording's version, ticked before the order was made.
    expect(order?.consent_text_version).toBe('order-consent-1');
    expect(order?.consent_given_at).toBeLessThanOrEqual(order?.device_created_at ?? 0);
    expect(order?.consent_given_at).toBeGreaterThan((order?.device_created_at ?? 0) - 10 * 60_000);
  });

  it('is confirmed and activated by the clerk in the console, stock taken', async () => {
    const console = await context.newPage();
    await console.setViewportSize({ width: 1280, height: 900 });
    await signInToConsole(console, server.url, 'bj-xidan-clerk1', 'showroom-clerk');
    await console.getByRole('button', { name: ticket, exact: true }).click();
    const drawer = console.getByRole('dialog', { name: `订单 ${ticket}` });
    await drawer.getByText('李娜').first().waitFor();
    await drawer.getByText('顾客同意').waitFor();
    await drawer.getByText(/在自助终端勾选（终端时钟），同意文本版本 order-consent-1/).waitFor();
    await drawer.getByText(consentText).waitFor();
    // The timeline starts where the customer did, on the kiosk, then the server's steps.
    const timeline = drawer.getByRole('list', { name: '处理记录' });
    const steps = await timeline.locator('li').allTextContents();
    expect(steps[0]).toContain('下单');
    expect(steps[0]).toContain('顾客在体验机上提交');
    expect(steps[1]).toContain('已接收');
    await drawer.getByLabel('已当面核对顾客身份证原件').check();
    const confirm = drawer.getByRole('button', { name: '确认（已核对证件、已收款，出库）' });
    // The customer pays at the counter: no confirming before the payment is ticked.
    expect(await confirm.isDisabled()).toBe(true);
    await drawer.getByText('请先在柜台收款并勾选“已收款”。').waitFor();
    const due = (await drawer.getByText(/^待收款 /).textContent()) ?? '';
    const amount = /¥[\d,.]+/.exec(due)?.[0] ?? '';
    expect(amount).not.toBe('');
    await drawer.getByLabel(`已在柜台收款 ${amount}`).check();
    await confirm.click();
    await drawer.getByText('已确认，库存已扣减。').waitFor();
    // The tick is gone with the step; the order's facts now say what was taken.
    await drawer.getByLabel(`已在柜台收款 ${amount}`).waitFor({ state: 'detached' });
    await drawer.getByText(`已在柜台收款 ${amount}`).waitFor();
    await drawer.getByRole('button', { name: '开通' }).click();
    await drawer.getByText('已开通，佣金已记入。').waitFor();
    await pollUntil(
      'activated',
      () => orderByTicket()?.status,
      (s) => s === 'activated',
    );

    const handle = db();
    try {
      const stock = handle
        .prepare(
          `select s.quantity from stock s join orders o on o.handset_id = s.handset_id
           where s.store_id = 'bj-xidan' and o.ticket = ?`,
        )
        .get(ticket) as { quantity: number };
      expect(stock.quantity).toBe(stockBefore - 1);
      const earned = handle
        .prepare(
          `select sum(amount_fen) as total from commission_ledger l join orders o on o.id = l.order_id
           where o.ticket = ? and l.clerk_id = 'user-bj-xidan-clerk1'`,
        )
        .get(ticket) as { total: number | null };
      expect(earned.total ?? 0).toBeGreaterThan(0);
    } finally {
      handle.close();
    }
    await console.close();
  });

  it('lets the customer follow the ticket from a phone: activated, nothing personal', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await phone.goto(`${server.url}/t/${ticket}`);
    const text = (await phone.locator('body').textContent()) ?? '';
    expect(text).toContain(ticket);
    // The status line (not the list of steps, which names every step).
    expect(await phone.locator('[data-status]').getAttribute('data-status')).toBe('activated');
    expect(text).not.toContain('王小明');
    expect(text).not.toContain('13912345678');
    expect(text).not.toContain('11010519491231002X');
    await phone.close();
  });

  it('lets a second customer read a handset’s bands, compare three and take one from the compare screen', async () => {
    await button('完成').click();
    await tapToStart(kiosk);
    await openAllHandsets(kiosk);
    await chooseHandset(kiosk, 'N8', 'Nokia N8');
    const sheet = kiosk.getByRole('dialog', { name: 'Nokia N8' });
    const terms = await sheet.getByRole('term').allTextContents();
    const values = await sheet.getByRole('definition').allTextContents();
    expect(terms).toEqual(expect.arrayContaining(['网络', '3G 频段', '内存']));
    expect(values[terms.indexOf('3G 频段')]).toBe('WCDMA 2100 / 1900 / 1700 / 900 / 850 MHz');
    expect(values[terms.indexOf('内存')]).toBe('256 MB');
    await sheet.getByRole('button', { name: '对比', exact: true }).click();
    await sheet.getByRole('button', { name: '关闭', exact: true }).click();

    await kiosk.getByRole('searchbox', { name: '搜索品牌或型号' }).fill('Nokia');
    const others = kiosk.getByRole('button', { name: /^对比：Nokia (?!N8$)/ });
    await pollUntil(
      'other Nokia cards',
      () => others.count(),
      (n) => n >= 2,
      30_000,
    );
    const names: string[] = [];
    for (const index of [0, 1]) {
      const toggle = others.nth(index);
      names.push(((await toggle.getAttribute('aria-label')) ?? '').replace('对比：', ''));
      await toggle.click();
    }
    await button('开始对比').click();
    await heading('手机对比').waitFor();
    const choices = kiosk.getByRole('button', { name: /^就选这款：/ });
    expect(await choices.count()).toBe(3);
    const picked = names[1] ?? '';
    expect(picked).not.toBe('');
    await button(`就选这款：${picked}`).click();

    await heading('填写订单').waitFor();
    await kiosk.getByText(picked, { exact: true }).first().waitFor();
    expect(await kiosk.getByText('您选的礼盒').count()).toBe(0);
    await kiosk.getByText(payHere).waitFor();
    await fillCustomer(kiosk);
    await button('核对订单').click();
    await heading('核对订单').waitFor();
    await kiosk.getByText(payHere).waitFor();
    await button('提交订单').click();
    const shown = kiosk.getByTestId('ticket');
    await shown.waitFor();
    const second = ((await shown.textContent()) ?? '').trim();
    expect(second).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    expect(second).not.toBe(ticket);
    await kiosk.getByText(payAtCounter).waitFor();

    const order = await pollUntil(
      'the second order on the server',
      () => orderByTicket(second),
      (row) => !!row,
      60_000,
    );
    const handle = db();
    try {
      const handset = handle
        .prepare(`select id from handsets where brand || ' ' || model = ?`)
        .get(picked) as { id: string } | undefined;
      expect(order).toMatchObject({
        handset_id: handset?.id,
        bundle_id: null,
        consent_text_version: 'order-consent-1',
      });
    } finally {
      handle.close();
    }
  });
});
