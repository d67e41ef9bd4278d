import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatSignedMoney, recentPeriods } from '../../admin/commission/commission-format';
import { launchChromium } from './support/browser';
import { signInToConsole } from './support/console';
import { startServer, type RunningServer } from './support/server';

interface LedgerRow {
  id: number;
  ticket: string;
  clerk_id: string;
  display_name: string;
}

/**
 * Commission as the store's people use it: a clerk opens their month, sees only their own
 * lines and disputes one; the manager answers it with an adjustment, which the clerk then
 * finds on their statement. The database is read beside the browser, read-only.
 */
describe('the commission statement in the console', () => {
  let server: RunningServer;
  let browser: Browser;
  let sqlite: Database.Database;
  let period = '';
  let ticket = '';
  const clerkId = 'user-bj-xidan-clerk1';

  const linesOf = (where: string, ...params: string[]) =>
    sqlite
      .prepare(
        `select l.id, o.ticket, l.clerk_id, u.display_name from commission_ledger l
         join orders o on o.id = l.order_id join users u on u.id = l.clerk_id
         where l.period = ? and ${where} order by o.corrected_at, l.id`,
      )
      .all(period, ...params) as LedgerRow[];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    sqlite = new Database(join(server.dataDir, 'showroom.sqlite'), {
      readonly: true,
      fileMustExist: true,
    });
    // The newest month in the picker where this clerk and another of the store both earned.
    period =
      recentPeriods(Date.now()).find((candidate) => {
        period = candidate;
        const own = linesOf('l.clerk_id = ?', clerkId);
        const others = linesOf(`l.store_id = 'bj-xidan' and l.clerk_id <> ?`, clerkId);
        return own.length > 0 && others.length > 0;
      }) ?? '';
    expect(period).not.toBe('');
  });

  afterAll(async () => {
    sqlite?.close();
    await browser?.close();
    await server?.dispose();
  });

  async function commissionAs(login: string, password: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    await signInToConsole(page, server.url, login, password);
    await page
      .getByRole('navigation', { name: '主导航' })
      .getByRole('button', { name: '佣金' })
      .click();
    await page.getByLabel('月份').selectOption(period);
    return page;
  }

  it('shows a clerk every line of their month and nobody else’s, and takes a dispute', async () => {
    const page = await commissionAs('bj-xidan-clerk1', 'showroom-clerk');
    const table = page.getByRole('table', { name: '佣金明细' });
    const own = linesOf('l.clerk_id = ?', clerkId);
    await expect.poll(() => table.locator('tbody tr').count()).toBe(own.length);
    const shown = await table.locator('tbody tr th').allTextContents();
    expect(shown).toEqual(own.map((line) => line.ticket));

    const others = linesOf(`l.store_id = 'bj-xidan' and l.clerk_id <> ?`, clerkId);
    const text = (await page.locator('main').textContent()) ?? '';
    for (const line of others) expect(text).not.toContain(line.ticket);
    for (const name of new Set(others.map((line) => line.display_name))) {
      expect(text).not.toContain(name);
    }

    ticket = own[0]!.ticket;
    await table
      .getByRole('button', { name: `申诉单号 ${ticket} 的所得` })
      .first()
      .click();
    const dialog = page.getByRole('dialog', { name: `申诉 ${ticket} 的这条佣金` });
    await dialog.getByLabel('哪里不对？').fill('这单是 186 元套餐，应按高档套餐计佣。');
    await dialog.getByRole('button', { name: '提交申诉' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => table.locator('tbody tr').first().textContent()).toContain('申诉中');
    const disputes = page.getByRole('table', { name: '佣金申诉' });
    await expect.poll(() => disputes.textContent()).toContain('这单是 186 元套餐');
    const stored = sqlite
      .prepare('select status, clerk_id, line_id from commission_disputes')
      .all() as { status: string; clerk_id: string; line_id: number }[];
    expect(stored).toEqual([{ status: 'open', clerk_id: clerkId, line_id: own[0]!.id }]);
    await page.context().close();
  });

  it('lets the manager answer it with an adjustment the clerk then sees', async () => {
    const page = await commissionAs('bj-xidan-manager', 'showroom-manager');
    const clerks = page.getByRole('table', { name: '本店店员的佣金合计' });
    await expect.poll(() => clerks.textContent()).toContain('1');
    const disputes = page.getByRole('table', { name: '佣金申诉' });
    await disputes
      .getByRole('button', { name: new RegExp(`的申诉$`) })
      .first()
      .click();
    const dialog = page.getByRole('dialog', { name: /^答复 .* 的申诉$/ });
    await dialog.getByLabel('支持').check();
    await dialog.getByLabel('答复', { exact: true }).fill('核实无误，补发 15 元。');
    await dialog.getByLabel(/^调整金额/).fill('15');
    await dialog.getByRole('button', { name: '提交答复' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => disputes.textContent()).toContain('已支持');
    const answered = sqlite
      .prepare(
        `select d.status, l.kind, l.amount_fen, l.clerk_id from commission_disputes d
         join commission_ledger l on l.id = d.adjustment_line_id`,
      )
      .all();
    expect(answered).toEqual([
      { status: 'upheld', kind: 'adjustment', amount_fen: 1500, clerk_id: clerkId },
    ]);
    await page.context().close();

    const clerk = await commissionAs('bj-xidan-clerk1', 'showroom-clerk');
    const table = clerk.getByRole('table', { name: '佣金明细' });
    const rows = table.locator('tbody tr').filter({ hasText: ticket });
    await expect.poll(() => rows.filter({ hasText: '调整' }).textContent()).toContain('¥15');
    await expect(rows.first().textContent()).resolves.toContain('已支持');
    await clerk.context().close();
  });

  it('lets HQ recompute the month and find the same figures as the ledger', async () => {
    const page = await commissionAs('hq', 'showroom-hq');
    const rule = sqlite
      .prepare(
        `select count(*) as lines, coalesce(sum(amount_fen), 0) as fen from commission_ledger
         where period = ? and kind <> 'adjustment'`,
      )
      .get(period) as { lines: number; fen: number };
    expect(rule.lines).toBeGreaterThan(0);
    await page.getByRole('button', { name: /^重算核对 · / }).click();
    const verdict = page.getByRole('status').filter({ hasText: '重算' });
    await expect.poll(() => verdict.textContent()).toContain('重算与账本一致');
    const text = (await verdict.textContent()) ?? '';
    expect(text).toContain(`${rule.lines} 行`);
    expect(text).toContain(`合计 ${formatSignedMoney(rule.fen, 'zh')}`);
    await page.context().close();
  });
});
