import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../tests/e2e/support/browser';
import { signInToConsole } from '../tests/e2e/support/console';
import { shootConsoleAdminPages } from './console-shots';
import { queueDemoConflicts } from './conflict-shots';
import { shootContentCreating } from './content-shots';
import {
  chooseHandset,
  fillCustomer,
  openAllHandsets,
  openKiosk,
  orderThisHandset,
  tapToStart,
} from '../tests/e2e/support/kiosk';
import { startServer } from '../tests/e2e/support/server';

/**
 * `npx tsx scripts/screenshots.ts [portrait] [landscape] [console]` (after `npx vite build`;
 * no argument takes them all): the kiosk's attract loop, home, one experience per zone, all
 * handsets, a handset, the order with a chosen number, the number picker, the catalogue with
 * filters and the compare tray, compare, gift boxes, services, the plan helper, review and
 * confirmation, portrait 1080×1920 and landscape 1920×1080, as a customer sees them with the
 * store's network down; and the console's orders, numbers, sales, people, content (with
 * creating and withdrawing items) and fleet-enrolment pages; into docs/screenshots/. Needs a
 * CJK font on the machine, as a store's kiosk has (Debian: `apt-get install -y fonts-noto-cjk`).
 */
const out = resolve(import.meta.dirname, '..', 'docs', 'screenshots');
const sizes = {
  portrait: { width: 1080, height: 1920 },
  landscape: { width: 1920, height: 1080 },
} as const;
const parts = ['portrait', 'landscape', 'console'] as const;
const wanted = new Set(process.argv.slice(2));
for (const part of wanted) {
  if (!(parts as readonly string[]).includes(part)) throw new Error(`Unknown part ${part}`);
}
const takes = (part: (typeof parts)[number]) => wanted.size === 0 || wanted.has(part);
const experiences = [
  { zone: '商务区', title: '手机炒股', file: 'business' },
  { zone: '旅途区', title: '车次航班', file: 'travel' },
  { zone: '娱乐区', title: '手机电视', file: 'entertainment' },
  { zone: '生活区', title: '手机支付', file: 'life' },
  { zone: '达人区', title: '新机首发', file: 'trend' },
] as const;

async function shoot(page: Page, name: string): Promise<void> {
  // Let entrance transitions and lazy chunks settle before the picture.
  await page.waitForTimeout(1_200);
  await page.screenshot({ path: join(out, `${name}.png`) });
  console.log(`docs/screenshots/${name}.png`);
}

/** Issue #7: filters and compare, gift boxes, services, the plan helper, review. */
async function shootChoosing(page: Page, orientation: string): Promise<void> {
  const button = (name: string | RegExp) => page.getByRole('button', { name, exact: true });
  await button('首页').click();
  await openAllHandsets(page);
  await page.getByRole('searchbox', { name: '搜索品牌或型号' }).fill('');
  await button('视频通话').click();
  await button('智能系统').click();
  await page.getByRole('radio', { name: '¥1000–2000' }).click();
  const compare = page.getByRole('button', { name: /^对比：/ });
  for (const n of [0, 1, 2]) await compare.nth(n).click();
  await shoot(page, `kiosk-catalogue-${orientation}`);
  await button('开始对比').click();
  await shoot(page, `kiosk-compare-${orientation}`);
  await button('首页').click();
  await button(/^礼盒优惠/).click();
  await shoot(page, `kiosk-bundles-${orientation}`);
  await page
    .getByRole('button', { name: /^选这个礼盒：/ })
    .first()
    .click();
  await page.getByRole('group', { name: '增值业务' }).scrollIntoViewIfNeeded();
  await button('银行短信提醒').click();
  await shoot(page, `kiosk-services-${orientation}`);
  await button('哪个套餐适合我？').click();
  const answers = [
    ['每月打电话多吗？', '经常'],
    ['手机上网多吗？', '很多'],
    ['会用视频通话吗？', '偶尔'],
    ['发短信多吗？', '偶尔'],
  ] as const;
  for (const [question, level] of answers) {
    const group = page.getByRole('radiogroup', { name: question });
    await group.getByRole('radio', { name: new RegExp(`^${level}`) }).click();
  }
  await shoot(page, `kiosk-plan-helper-${orientation}`);
  await button('返回').click();
  await fillCustomer(page);
  await button('核对订单').click();
  await shoot(page, `kiosk-review-${orientation}`);
  await button('提交订单').click();
  await page.getByTestId('ticket').waitFor();
  await shoot(page, `kiosk-confirmation-${orientation}`);
  await button('完成').click();
}

/** The console's sign-in (wide screens) and orders page for a store manager, on a desktop and on tablets both ways. */
async function shootOrdersPage(browser: Browser, url: string): Promise<void> {
  for (const viewport of [
    { width: 1920, height: 1080 },
    { width: 1024, height: 768 },
    { width: 768, height: 1024 },
  ]) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    if (viewport.width >= viewport.height) {
      await page.goto(`${url}/admin/`);
      await page.getByRole('button', { name: '登录', exact: true }).waitFor();
      await page.waitForTimeout(600);
      const login = `admin-login-${viewport.width}x${viewport.height}.png`;
      await page.screenshot({ path: join(out, login) });
      console.log(`docs/screenshots/${login}`);
    }
    await signInToConsole(page, url, 'bj-xidan-manager', 'showroom-manager');
    await page.waitForTimeout(800);
    const name = `admin-orders-${viewport.width}x${viewport.height}.png`;
    await page.screenshot({ path: join(out, name) });
    console.log(`docs/screenshots/${name}`);
    await context.close();
  }
}

/** The console's sales page for HQ (every store), on a desktop and on a 1024×768 tablet. */
async function shootSalesPage(browser: Browser, url: string): Promise<void> {
  for (const viewport of [
    { width: 1920, height: 1080 },
    { width: 1024, height: 768 },
  ]) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    await signInToConsole(page, url, 'hq', 'showroom-hq');
    await page.getByRole('button', { name: '销售', exact: true }).click();
    await page.getByRole('table', { name: '分组明细' }).waitFor();
    await page.waitForTimeout(1_500); // the charts draw in
    const name = `admin-sales-${viewport.width}x${viewport.height}.png`;
    await page.screenshot({ path: join(out, name), fullPage: true });
    console.log(`docs/screenshots/${name}`);
    await context.close();
  }
}

async function main(): Promise<void> {
  if (execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim() === '') {
    throw new Error('No Chinese font: apt-get install -y fonts-noto-cjk, then run again');
  }
  mkdirSync(out, { recursive: true });
  const server = await startServer();
  const browser = await launchChromium();
  try {
    for (const [orientation, viewport] of Object.entries(sizes)) {
      if (!takes(orientation as keyof typeof sizes)) continue;
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await openKiosk(page, server.url);
      await context.setOffline(true);
      await shoot(page, `kiosk-attract-${orientation}`);
      await tapToStart(page);
      await page.getByRole('button', { name: '商务区', exact: true }).waitFor();
      await shoot(page, `kiosk-home-${orientation}`);
      for (const { zone, title, file } of experiences) {
        await page.getByRole('button', { name: zone, exact: true }).click();
        await page.getByRole('heading', { level: 1, name: zone, exact: true }).waitFor();
        if (file === 'business') await shoot(page, `kiosk-zone-${orientation}`);
        await page.getByRole('button', { name: title, exact: true }).click();
        await page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
        await shoot(page, `kiosk-experience-${file}-${orientation}`);
        await page.getByRole('button', { name: '首页', exact: true }).click();
        await page.getByRole('button', { name: '商务区', exact: true }).waitFor();
      }
      await openAllHandsets(page);
      await shoot(page, `kiosk-handsets-${orientation}`);
      await chooseHandset(page, 'N8', 'Nokia N8');
      await shoot(page, `kiosk-handset-${orientation}`);
      await orderThisHandset(page);
      await page.getByRole('button', { name: '挑选号码', exact: true }).click();
      const pad = page.getByRole('group', { name: '数字键盘' });
      await pad.getByRole('button', { name: '8', exact: true }).click();
      await pad.getByRole('button', { name: '8', exact: true }).click();
      const results = page.getByRole('list', { name: '号码搜索结果' }).getByRole('button');
      await results.first().waitFor();
      await shoot(page, `kiosk-numbers-${orientation}`);
      await results.first().click();
      await page.getByRole('heading', { level: 1, name: '填写订单' }).waitFor();
      const plans = page.getByRole('radiogroup', { name: '选择套餐' });
      await plans.getByRole('radio', { disabled: false }).first().click();
      await page.getByRole('heading', { level: 2, name: '选择套餐' }).scrollIntoViewIfNeeded();
      await shoot(page, `kiosk-order-${orientation}`);
      await shootChoosing(page, orientation);
      await context.close();
    }
    if (!takes('console')) return;
    await shootOrdersPage(browser, server.url);
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    await queueDemoConflicts(server);
    await signInToConsole(page, server.url, 'bj-xidan-manager', 'showroom-manager');
    await page.getByRole('button', { name: '号码', exact: true }).click();
    await page.getByRole('table', { name: '靓号等级' }).waitFor();
    await page.getByRole('table', { name: '订单冲突' }).getByRole('row').nth(2).waitFor();
    await page.screenshot({ path: join(out, 'admin-numbers-1920x1080.png'), fullPage: true });
    console.log('docs/screenshots/admin-numbers-1920x1080.png');
    await context.close();
    await shootSalesPage(browser, server.url);
    await shootConsoleAdminPages(browser, server.url, out);
    await shootContentCreating(browser, server.url, out);
  } finally {
    await browser.close();
    await server.dispose();
  }
}

await main();
