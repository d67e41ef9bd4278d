import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { signInToConsole } from '../tests/e2e/support/console';

/**
 * The content editor's create and withdraw actions (issue #8), as HQ on a desktop and on a
 * 768×1024 tablet: the warning before a plan bundles still name is withdrawn, then a new plan
 * based on another beside the draft holding that withdrawal. Nothing is published.
 */
export async function shootContentCreating(browser: Browser, url: string, out: string) {
  for (const viewport of [
    { width: 1920, height: 1080 },
    { width: 768, height: 1024 },
  ]) {
    const size = `${viewport.width}x${viewport.height}`;
    const page = await browser.newPage({ viewport });
    const shoot = async (name: string) => {
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.waitForTimeout(600);
      await page.screenshot({ path: join(out, `${name}-${size}.png`), fullPage: true });
      console.log(`docs/screenshots/${name}-${size}.png`);
    };
    await signInToConsole(page, url, 'hq', 'showroom-hq');
    await page.getByRole('button', { name: '内容', exact: true }).click();
    const plans = page.getByRole('list', { name: '套餐' });
    await plans.getByRole('button', { name: /^3G 畅聊 66元/ }).click();
    await page.getByRole('button', { name: '下架', exact: true }).click();
    await shoot('admin-content-withdraw');
    await page.getByRole('button', { name: '把下架加入草稿' }).click();
    await plans.getByRole('button', { name: /^3G 畅听 76元/ }).click();
    await page.getByRole('button', { name: '以所选为模板新建' }).click();
    await page.getByLabel('套餐名称 中文').fill('3G 畅听 88元');
    await page.getByLabel('套餐名称 英文').fill('3G Listen 88');
    await page.getByLabel('月费', { exact: true }).fill('88');
    await shoot('admin-content-new');
    await page.close();
  }
}
