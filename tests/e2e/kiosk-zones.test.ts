import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/browser';
import { startServer, type RunningServer } from './support/server';

/**
 * A customer's walk through the showroom with the store's network down: every zone and at
 * least one experience of each, by the names on screen. Back online, the zone views,
 * experience starts and finishes and "get this" taps reach the server.
 */
describe('the scenario zones and their experiences, offline', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let kiosk: Page;
  let takeAwayUrl = '';

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

  const heading = (name: string) => kiosk.getByRole('heading', { level: 1, name, exact: true });
  const button = (name: string | RegExp) =>
    kiosk.getByRole('button', { name, exact: typeof name === 'string' });

  async function openZone(zone: string) {
    await button(zone).click();
    await heading(zone).waitFor();
  }

  async function openExperience(title: string) {
    await button(title).click();
    await heading(title).waitFor();
  }

  async function backToHome() {
    await button('首页').click();
    await button('商务区').waitFor();
  }

  it('loads online, installs itself and takes the published content', async () => {
    await kiosk.goto(`${server.url}/kiosk/`);
    await expect
      .poll(() => kiosk.getByRole('status').first().textContent(), { timeout: 60_000 })
      .toContain('在线');
    await expect
      .poll(() => kiosk.evaluate(() => navigator.serviceWorker.controller !== null), {
        timeout: 60_000,
      })
      .toBe(true);
    // The attract loop shows only once a whole content version (media included) is here.
    await button('轻触开始').waitFor({ timeout: 90_000 });
    await context.setOffline(true);
  });

  it('starts at home with the five zones, each listing its experiences', async () => {
    await button('轻触开始').click();
    for (const zone of ['商务区', '旅途区', '娱乐区', '生活区', '达人区']) {
      await expect.poll(() => button(zone).isVisible()).toBe(true);
    }
    await expect.poll(() => button('商务区').textContent()).toContain('手机炒股');
  });

  it('business: live quotes move on, and a mail gets a reply', async () => {
    await openZone('商务区');
    await openExperience('手机炒股');
    const board = kiosk.getByRole('list', { name: '自选股' });
    await expect.poll(() => board.getByRole('button').count()).toBe(6);
    const firstPrice = () => board.getByRole('button').first().textContent();
    const before = await firstPrice();
    await expect.poll(firstPrice, { timeout: 10_000 }).not.toBe(before);

    await button('返回').click();
    await openExperience('手机邮箱');
    await button(/李娜/).click();
    await button('回复').click();
    await button('收到，已确认，谢谢！').click();
    await button('发送').click();
    await expect
      .poll(() => kiosk.getByRole('status').filter({ hasText: '已回复' }).count())
      .toBe(1);

    await button('返回').click();
    await openExperience('视频会议');
    // No camera on this machine: the call goes on with a placeholder, never an error.
    await expect
      .poll(() => kiosk.getByRole('img', { name: '您的画面' }).textContent(), { timeout: 10_000 })
      .toMatch(/本机无摄像头|未获允许使用摄像头/);
    await expect.poll(() => kiosk.getByText(/^00:0\d$/).count(), { timeout: 10_000 }).toBe(1);
  });

  it('switches to English inside an experience and back, keeping it open', async () => {
    await button('English').click();
    await heading('Video meeting').waitFor();
    await button('中文').click();
    await heading('视频会议').waitFor();
  });

  it('offers a QR code to take the experience away', async () => {
    await button('带走信息').click();
    const dialog = kiosk.getByRole('dialog', { name: '扫码带走' });
    await expect
      .poll(() => dialog.getByRole('img', { name: '视频会议 的二维码' }).isVisible())
      .toBe(true);
    takeAwayUrl = (await dialog.getByText(/\/info\/experience\//).textContent()) ?? '';
    expect(takeAwayUrl).toMatch(/\/info\/experience\/exp-business-video-call$/);
    await dialog.getByRole('button', { name: '关闭' }).click();
    await backToHome();
  });

  it('travel: trains and flights by city, and roaming rates by destination', async () => {
    await openZone('旅途区');
    await openExperience('车次航班');
    await kiosk
      .getByRole('radiogroup', { name: '出发城市' })
      .getByRole('radio', { name: '北京' })
      .click();
    await kiosk
      .getByRole('radiogroup', { name: '到达城市' })
      .getByRole('radio', { name: '上海' })
      .click();
    const results = kiosk.getByRole('list', { name: '班次' });
    await expect.poll(() => results.getByRole('listitem').count()).toBe(6);
    await kiosk
      .getByRole('radiogroup', { name: '交通方式' })
      .getByRole('radio', { name: '飞机' })
      .click();
    await expect.poll(() => results.getByRole('listitem').count()).toBe(2);
    await expect.poll(() => results.textContent()).toContain('CA1501');

    await button('返回').click();
    await openExperience('国际漫游');
    await kiosk.getByRole('searchbox', { name: '搜索国家或地区' }).fill('日本');
    await kiosk.getByRole('radio', { name: '日本' }).click();
    const card = kiosk.getByRole('article', { name: '日本' });
    await expect(card.textContent()).resolves.toContain('NTT DOCOMO');
    await backToHome();
  });

  it('entertainment: mobile TV runs under two seconds behind the broadcast, and a game plays', async () => {
    await openZone('娱乐区');
    await openExperience('手机电视');
    const meter = kiosk.getByRole('status', { name: '手机延时' });
    const delay = async () => Number((await meter.textContent())?.match(/([\d.]+)\s*秒/)?.[1]);
    await kiosk.waitForTimeout(4_000);
    await expect.poll(delay, { timeout: 15_000 }).toBeGreaterThan(0.5);
    await expect.poll(delay, { timeout: 15_000 }).toBeLessThan(2);

    await button('返回').click();
    await openExperience('手机游戏');
    await button('第 1 张牌').click();
    await button('第 2 张牌').click();
    await expect
      .poll(() => kiosk.getByRole('status').filter({ hasText: '回合' }).textContent())
      .toContain('1 回合');
    await backToHome();
  });

  it('life: a tap-to-pay takes the price from the wallet', async () => {
    await openZone('生活区');
    await openExperience('手机支付');
    await kiosk.getByRole('radio', { name: /^街角咖啡/ }).click();
    await button('手机碰一碰，付款').click();
    await expect
      .poll(() => kiosk.getByRole('status').filter({ hasText: '支付' }).textContent(), {
        timeout: 10_000,
      })
      .toBe('已向 街角咖啡 支付 ¥28');
    await expect.poll(() => kiosk.getByText('¥172', { exact: true }).isVisible()).toBe(true);
    await backToHome();
  });

  it('trend: "get this" on a new handset goes straight to the order, and back returns', async () => {
    await openZone('达人区');
    await openExperience('新机首发');
    const orderButtons = kiosk.getByRole('button', { name: /^立即办理：/ });
    await expect.poll(() => orderButtons.count(), { timeout: 15_000 }).toBe(6);
    await orderButtons.first().click();
    const plans = kiosk.getByRole('radiogroup', { name: '选择套餐' });
    await expect
      .poll(() => plans.getByRole('radio', { checked: true }).textContent())
      .toContain('3G 尊享 386元');
    await button('返回').click();
    await heading('新机首发').waitFor();
  });

  it('offers large text and high contrast for the visit, and forgets them at the end', async () => {
    await button('无障碍').click();
    await button(/^大字体/).click();
    await button(/^高对比度/).click();
    await expect(kiosk.evaluate(() => document.documentElement.className)).resolves.toMatch(
      /access-large-text.*access-contrast|access-contrast.*access-large-text/,
    );
    await kiosk
      .getByRole('dialog', { name: '无障碍设置' })
      .getByRole('button', { name: '完成' })
      .click();
    await button('结束体验').click();
    await button('轻触开始').waitFor();
    await expect(kiosk.evaluate(() => document.documentElement.className)).resolves.toBe('');
  });

  it('delivers the analytics events once the network is back', async () => {
    await context.setOffline(false);
    const db = new Database(join(server.dataDir, 'showroom.sqlite'), { readonly: true });
    try {
      const counts = () =>
        Object.fromEntries(
          (
            db.prepare('select name, count(*) as n from analytics_events group by name').all() as {
              name: string;
              n: number;
            }[]
          ).map((row) => [row.name, row.n]),
        );
      await expect
        .poll(() => counts()['getThis.tapped'] ?? 0, { timeout: 90_000, interval: 1_000 })
        .toBeGreaterThanOrEqual(1);
      await expect
        .poll(() => counts()['experience.finished'] ?? 0, { timeout: 30_000 })
        .toBeGreaterThanOrEqual(9);
      expect(counts()['experience.started']).toBeGreaterThanOrEqual(9);
      const zones = db
        .prepare("select distinct zone_id from analytics_events where name = 'zone.viewed'")
        .all() as { zone_id: string }[];
      expect(zones.map((row) => row.zone_id).sort()).toEqual([
        'zone-business',
        'zone-entertainment',
        'zone-life',
        'zone-travel',
        'zone-trend',
      ]);
    } finally {
      db.close();
    }
  });

  it('opens the take-away page on a phone: details, and 404 for an unknown id', async () => {
    const phone = await context.newPage();
    const response = await phone.goto(takeAwayUrl);
    expect(response?.status()).toBe(200);
    await phone.getByRole('heading', { level: 1, name: '视频会议' }).waitFor();
    await expect(
      phone.getByRole('link').filter({ hasText: '3G 商旅 186元' }).count(),
    ).resolves.toBe(1);
    const missing = await phone.goto(`${server.url}/info/handset/no-such-phone`);
    expect(missing?.status()).toBe(404);
    await phone.close();
  });
});
