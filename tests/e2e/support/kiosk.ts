import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * A person's script for the kiosk, by roles and accessible names (kiosk/README.md), in the
 * default language (zh). Each step is what a customer does with a finger; nothing here
 * reaches into the app's state.
 */

export interface CustomerDetails {
  name: string;
  idNumber: string;
  phone: string;
}

export const sampleCustomer: CustomerDetails = {
  name: '王小明',
  idNumber: '11010519491231002X',
  phone: '13912345678',
};

/** The status mark's text, e.g. `在线` or `离线 · 2 单待发送`. */
export async function statusText(page: Page): Promise<string> {
  return ((await page.getByRole('status').textContent()) ?? '').trim();
}

/**
 * Polls `read` until `accept` holds (usable in hooks too, unlike expect.poll); the error
 * names the last value seen.
 */
export async function pollUntil<T>(
  what: string,
  read: () => Promise<T> | T,
  accept: (value: T) => boolean,
  timeout = 60_000,
): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: T | undefined;
  for (;;) {
    last = await read();
    if (accept(last)) return last;
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeout} ms waiting for ${what}; last ${String(last)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Waits until the status mark reads `expected` (exact text or a pattern). */
export async function waitForStatus(page: Page, expected: string | RegExp, timeout = 60_000) {
  const matcher = typeof expected === 'string' ? new RegExp(`^${expected}$`) : expected;
  await pollUntil(
    `status ${matcher}`,
    () => statusText(page),
    (t) => matcher.test(t),
    timeout,
  );
}

/**
 * Opens the kiosk and waits until it is enrolled, online, installed for offline use and
 * ready for a customer (its first content fully arrived: the start button shows).
 */
export async function openKiosk(page: Page, baseUrl: string) {
  await page.goto(`${baseUrl}/kiosk/`);
  await waitForStatus(page, /^在线/, 60_000);
  await page.getByRole('button', { name: '轻触开始' }).waitFor({ timeout: 120_000 });
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await pollUntil(
    'the service worker to control the page',
    () => page.evaluate(() => navigator.serviceWorker.controller !== null),
    (controlled) => controlled,
    30_000,
  );
}

export async function tapToStart(page: Page) {
  await page.getByRole('button', { name: '轻触开始' }).click();
}

export async function openAllHandsets(page: Page) {
  await page.getByRole('button', { name: '浏览全部手机' }).click();
}

/** Searches the catalogue and opens the handset whose card name starts with `brandModel`. */
export async function chooseHandset(page: Page, search: string, brandModel: string) {
  await page.getByRole('searchbox', { name: '搜索品牌或型号' }).fill(search);
  const card = page.getByRole('button', { name: new RegExp(`^${brandModel}，`) });
  await pollUntil(
    `one card ${brandModel}`,
    () => card.count(),
    (n) => n === 1,
    30_000,
  );
  await card.click();
  await page.getByRole('dialog', { name: brandModel }).waitFor();
}

export async function orderThisHandset(page: Page) {
  await page.getByRole('button', { name: '下单', exact: true }).click();
}

export async function fillCustomer(page: Page, customer: CustomerDetails = sampleCustomer) {
  await page.getByLabel('姓名').fill(customer.name);
  await page.getByLabel('身份证号').fill(customer.idNumber);
  await page.getByLabel('联系电话').fill(customer.phone);
  await page.getByRole('checkbox', { name: '我同意门店为办理本单使用以上信息' }).check();
}

/** Reviews and submits the order; returns the ticket shown on the confirmation. */
export async function submitOrder(page: Page): Promise<string> {
  await page.getByRole('button', { name: '核对订单' }).click();
  await page.getByRole('button', { name: '提交订单' }).click();
  const ticket = page.getByTestId('ticket');
  await ticket.waitFor();
  const text = ((await ticket.textContent()) ?? '').trim();
  expect(text).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  return text;
}

export async function finish(page: Page) {
  await page.getByRole('button', { name: '完成', exact: true }).click();
  await page.getByRole('button', { name: '轻触开始' }).waitFor();
}

/** A whole visit: start, find the handset, order it, give details, submit, done. */
export async function placeOrder(
  page: Page,
  handset: { search: string; name: string } = { search: 'N8', name: 'Nokia N8' },
  customer: CustomerDetails = sampleCustomer,
): Promise<string> {
  await tapToStart(page);
  await openAllHandsets(page);
  await chooseHandset(page, handset.search, handset.name);
  await orderThisHandset(page);
  await fillCustomer(page, customer);
  const ticket = await submitOrder(page);
  await finish(page);
  return ticket;
}
