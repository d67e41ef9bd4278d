import type { Page } from 'playwright-core';
import { ordersResponseSchema, type OrderSummary } from '../../../shared';

/** Signs in to the console as a person would: the login form, by its labels. */
export async function signInToConsole(
  page: Page,
  baseUrl: string,
  login: string,
  password: string,
) {
  await page.goto(`${baseUrl}/admin/`);
  await page.getByLabel('账号').fill(login);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.getByRole('table', { name: '订单' }).waitFor();
}

/** Every order the signed-in console user may see, read through the same API the console uses. */
export async function ordersSeenByConsole(page: Page): Promise<OrderSummary[]> {
  const orders: OrderSummary[] = [];
  let cursor: string | null = null;
  do {
    const query: string = cursor ? `?limit=500&cursor=${encodeURIComponent(cursor)}` : '?limit=500';
    const body: unknown = await page.evaluate(async (path) => {
      const response = await fetch(path, { credentials: 'same-origin' });
      return response.json();
    }, `/api/orders${query}`);
    const page_ = ordersResponseSchema.parse(body);
    orders.push(...page_.orders);
    cursor = page_.cursor;
  } while (cursor);
  return orders;
}
