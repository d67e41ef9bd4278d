import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/browser';
import { signInToConsole } from './support/console';
import { openAllHandsets, openKiosk, pollUntil, tapToStart } from './support/kiosk';
import { startServer, type RunningServer } from './support/server';

let server: RunningServer;
let browser: Browser;

// One server and one browser for the file: each case starts its own pages.
beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

/**
 * HQ changes a handset's price in the console and publishes it to every store; a kiosk that
 * is already running shows the new price after its next pull, with no reload.
 */
describe('a price HQ publishes reaches a running kiosk', () => {
  let context: BrowserContext;
  let kiosk: Page;
  let console: Page;

  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 1080, height: 1920 } });
    kiosk = await context.newPage();
    console = await browser.newPage({ viewport: { width: 1440, height: 900 } });
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

  it('lets HQ restore the version before it in one action, and the kiosk drops the new price', async () => {
    await console.getByRole('tab', { name: '版本记录' }).click();
    const versions = console.getByRole('table', { name: '内容版本' });
    const rows = versions.locator('tbody tr');
    await expect.poll(() => rows.first().textContent()).toContain('N8 降价到 ¥1888');
    await rows
      .nth(1)
      .getByRole('button', { name: /^恢复版本/ })
      .click();
    const dialog = console.getByRole('dialog', { name: '恢复此版本？' });
    expect(await dialog.textContent()).toContain('所有门店将恢复为');
    await dialog.getByRole('button', { name: '恢复', exact: true }).click();
    await console.getByText('已恢复。体验机在下次同步时更新。').waitFor();
    await expect.poll(() => rows.first().textContent()).toContain('恢复：');

    const label = await pollUntil(
      'the N8 back at its old price',
      async () => (await n8Card().getAttribute('aria-label')) ?? '',
      (text) => text.startsWith('Nokia N8，') && !text.includes('¥1888'),
      90_000,
    );
    expect(label).not.toContain('¥1888');
  });
});

/**
 * HQ creates a plan from an existing one under a new name and fee, publishes it, sees it in the
 * catalogue every store is offered, then withdraws it and sees it gone.
 */
describe('a plan HQ creates and later withdraws', () => {
  let console: Page;

  beforeAll(async () => {
    console = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  });

  /** The plans every store is offered now, read as the console reads them. */
  const publishedPlans = async () => {
    const body = await console.evaluate(async () => {
      const response = await fetch('/api/content/catalogue', { credentials: 'same-origin' });
      return response.json() as Promise<{ plans: { id: string; monthlyFeeFen: number }[] }>;
    });
    return body.plans;
  };
  const plans = () => console.getByRole('list', { name: '套餐' });
  const publish = async (note: string) => {
    await console.getByLabel('版本说明').fill(note);
    await console.getByRole('button', { name: /^发布 1 项改动/ }).click();
  };

  it('lets HQ base a new plan on 3G Talk 66 and publish it with its own name and fee', async () => {
    await signInToConsole(console, server.url, 'hq', 'showroom-hq');
    await console.getByRole('button', { name: '内容', exact: true }).click();
    await plans()
      .getByRole('button', { name: /^3G 畅聊 66元/ })
      .click();
    await console.getByRole('button', { name: '以所选为模板新建' }).click();
    await console.getByLabel('套餐名称 中文').fill('3G 畅聊 128元');
    await console.getByLabel('套餐名称 英文').fill('3G Talk 128');
    expect(await console.getByLabel('编号').inputValue()).toBe('3g-talk-128');
    await console.getByLabel('月费', { exact: true }).fill('128');
    expect(await console.getByRole('figure', { name: '体验机上的样子' }).textContent()).toContain(
      '128',
    );
    await console.getByRole('button', { name: '加入草稿' }).click();
    const draft = console.getByRole('list', { name: '待发布的改动' });
    await draft.getByText('3G 畅聊 128元').waitFor();
    await publish('新增 3G 畅聊 128元');
    await console.getByText('已发布到全部门店。体验机在下次同步时更新。').waitFor();
    const created = await pollUntil(
      'the new plan in the catalogue',
      publishedPlans,
      (list) => list.some((plan) => plan.id === '3g-talk-128'),
      30_000,
    );
    expect(created.find((plan) => plan.id === '3g-talk-128')?.monthlyFeeFen).toBe(12800);
    expect(created.find((plan) => plan.id === 'talk-66')?.monthlyFeeFen).toBe(6600);
  });

  it('refuses the id of a plan that exists when HQ types it', async () => {
    await console.getByRole('button', { name: '新建套餐' }).click();
    await console.getByLabel('编号').fill('talk-66');
    await console.getByText('编号“talk-66”已被目录或草稿中的其他项使用，请换一个。').waitFor();
    expect(await console.getByRole('button', { name: '加入草稿' }).isDisabled()).toBe(true);
    await console.getByRole('button', { name: '放弃新建' }).click();
  });

  it('lets HQ withdraw the new plan, and the catalogue no longer offers it', async () => {
    await plans()
      .getByRole('button', { name: /^3G 畅聊 128元/ })
      .click();
    await console.getByRole('button', { name: '下架', exact: true }).click();
    await console.getByText('目录中没有其他内容引用它。').waitFor();
    await console.getByRole('button', { name: '把下架加入草稿' }).click();
    const draft = console.getByRole('list', { name: '待发布的改动' });
    await draft.getByText('下架').waitFor();
    await publish('下架 3G 畅聊 128元');
    const left = await pollUntil(
      'the new plan gone from the catalogue',
      publishedPlans,
      (list) => !list.some((plan) => plan.id === '3g-talk-128'),
      30_000,
    );
    expect(left.some((plan) => plan.id === 'talk-66')).toBe(true);
    await plans()
      .getByRole('button', { name: /^3G 畅聊 66元/ })
      .waitFor();
    expect(
      await plans()
        .getByRole('button', { name: /^3G 畅聊 128元/ })
        .count(),
    ).toBe(0);
  });
});

/**
 * HQ links content: adds a handset to what an experience offers (found by searching the
 * catalogue's handsets) and changes the plan a gift box requires, then publishes both at once.
 */
describe('an experience offer and a gift box plan HQ changes', () => {
  let console: Page;

  beforeAll(async () => {
    console = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  });

  interface Published {
    handsets: { id: string; brand: string; model: string }[];
    experiences: { id: string; title: { zh: string }; handsetIds: string[] }[];
    bundles: { id: string; planId: string | null }[];
  }
  const published = () =>
    console.evaluate(async () => {
      const response = await fetch('/api/content/catalogue', { credentials: 'same-origin' });
      return response.json() as Promise<Published>;
    });
  const preview = () => console.getByRole('figure', { name: '体验机上的样子' });

  it('lets HQ add the Nokia N8 to the video meeting and require 3G Talk 66 for a box', async () => {
    await signInToConsole(console, server.url, 'hq', 'showroom-hq');
    await console.getByRole('button', { name: '内容', exact: true }).click();
    await console.getByRole('tab', { name: '专区与体验' }).click();
    await console
      .getByRole('list', { name: '专区与体验' })
      .getByRole('button', { name: /^视频会议/ })
      .click();
    await console.getByLabel('添加手机', { exact: true }).fill('nokia n8');
    await console.getByRole('button', { name: '添加 Nokia N8', exact: true }).click();
    const offered = console.getByRole('list', { name: '推荐手机（按体验页上的顺序）' });
    await offered.getByText('Nokia N8', { exact: true }).waitFor();
    await preview().getByText('Nokia N8', { exact: true }).waitFor();
    await console.getByRole('button', { name: '加入草稿' }).click();

    await console.getByRole('tab', { name: '礼盒' }).click();
    await console
      .getByRole('list', { name: '礼盒' })
      .getByRole('button', { name: /^商务精英礼盒/ })
      .click();
    await console.getByLabel('需办理的套餐').selectOption({ label: '3G 畅聊 66元 · ¥66/月' });
    await preview().getByText('需办理 3G 畅聊 66元').waitFor();
    await console.getByRole('button', { name: '加入草稿' }).click();

    await console.getByLabel('版本说明').fill('视频会议推荐 N8；商务礼盒改配 3G 畅聊 66元');
    await console.getByRole('button', { name: /^发布 2 项改动/ }).click();
    await console.getByText('已发布到全部门店。体验机在下次同步时更新。').waitFor();
  });

  it('shows both changes in the catalogue every store is offered', async () => {
    const catalogue = await pollUntil(
      'the box requiring 3G Talk 66',
      published,
      (now) => now.bundles.some((b) => b.id === 'box-business' && b.planId === 'talk-66'),
      30_000,
    );
    const n8 = catalogue.handsets.find((h) => h.brand === 'Nokia' && h.model === 'N8');
    const meeting = catalogue.experiences.find((e) => e.title.zh === '视频会议');
    expect(n8).toBeDefined();
    expect(meeting?.handsetIds.at(-1)).toBe(n8?.id);
    expect(meeting?.handsetIds.filter((id) => id === n8?.id)).toHaveLength(1);
  });
});
