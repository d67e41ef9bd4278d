import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { signInToConsole } from '../tests/e2e/support/console';

/**
 * The console's People (accounts and audit log), Fleet (the kiosks, and an enrolment code) and
 * Content (a draft of three edits with the kiosk preview, then the versions after publishing
 * it), as HQ on a desktop and on a 1024×768 tablet. Used by scripts/screenshots.ts.
 */
export async function shootConsoleAdminPages(browser: Browser, url: string, out: string) {
  for (const viewport of [
    { width: 1920, height: 1080 },
    { width: 1024, height: 768 },
  ]) {
    const size = `${viewport.width}x${viewport.height}`;
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    const shoot = async (name: string, fullPage: boolean) => {
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.waitForTimeout(600);
      await page.screenshot({ path: join(out, `${name}-${size}.png`), fullPage });
      console.log(`docs/screenshots/${name}-${size}.png`);
    };
    await signInToConsole(page, url, 'hq', 'showroom-hq');
    await shootPeople(page, viewport.width, shoot);
    await shootFleet(page, shoot);
    await shootContent(page, viewport.width > 1024 ? 0 : 2, shoot);
    await context.close();
  }
}

type Shoot = (name: string, fullPage: boolean) => Promise<void>;

async function shootPeople(page: Page, width: number, shoot: Shoot) {
  await page.getByRole('button', { name: '人员', exact: true }).click();
  await page.getByRole('table', { name: '账号' }).waitFor();
  await shoot('admin-people', true);
  await page.getByRole('button', { name: '添加账号', exact: true }).click();
  const add = page.getByRole('dialog', { name: '添加账号' });
  await add.getByLabel('门店').selectOption({ label: '北京西单旗舰店' });
  await add.getByLabel('姓名').fill('赵敏');
  await add.getByLabel('登录名').fill(`bj-xidan-clerk-${width}`);
  await add.getByLabel('初始密码').fill('showroom-2026a');
  await add.getByLabel('工牌号').fill(width > 1024 ? '1019' : '1018');
  await add.getByRole('button', { name: '添加', exact: true }).click();
  await page.getByRole('status').filter({ hasText: '已添加' }).waitFor();
  await page.getByRole('tab', { name: '审计日志' }).click();
  await page.getByRole('table', { name: '审计日志' }).waitFor();
  await shoot('admin-audit', false);
}

async function shootFleet(page: Page, shoot: Shoot) {
  await page.getByRole('button', { name: '设备', exact: true }).click();
  await page.getByRole('table', { name: '设备' }).waitFor();
  await shoot('admin-devices', true);
  await page.getByRole('button', { name: '注册体验机', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '注册一台体验机' });
  await dialog.getByLabel('门店').selectOption({ label: '北京西单旗舰店' });
  await dialog.getByRole('button', { name: '生成注册码', exact: true }).click();
  await page.getByLabel('注册码', { exact: true }).waitFor();
  await shoot('admin-fleet-enrol', false);
  await page.getByRole('button', { name: '关闭', exact: true }).click();
}

/** `bump` keeps the second size's edits different from what the first one published. */
async function shootContent(page: Page, bump: number, shoot: Shoot) {
  await page.getByRole('button', { name: '内容', exact: true }).click();
  await page.getByRole('list', { name: '套餐' }).getByRole('button').first().click();
  await page.getByLabel('月费', { exact: true }).fill(String(66 + bump));
  await page.getByRole('button', { name: '加入草稿', exact: true }).click();
  await page.getByRole('tab', { name: '手机' }).click();
  await page.getByLabel('搜索手机').fill('nokia n8');
  await page.getByRole('list', { name: '手机' }).getByRole('button').first().click();
  await page.getByLabel('售价').fill(String(2999 - bump));
  await page.getByRole('button', { name: '加入草稿', exact: true }).click();
  await page.getByRole('tab', { name: '礼盒' }).click();
  await page.getByRole('list', { name: '礼盒' }).getByRole('button').first().click();
  await page.getByLabel('礼盒价', { exact: true }).fill(String(1999 - bump));
  await page.getByRole('button', { name: '加入草稿', exact: true }).click();
  await page.getByLabel('版本说明').fill('十二月调价');
  await shoot('admin-content', true);
  await page.getByRole('button', { name: /^发布 3 项改动$/ }).click();
  await page.getByRole('status').filter({ hasText: '已发布到全部门店' }).waitFor();
  await page.getByRole('tab', { name: '版本记录' }).click();
  await page.getByRole('table', { name: '内容版本' }).waitFor();
  await shoot('admin-content-versions', false);
}
