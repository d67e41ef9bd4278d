import type { Kysely } from 'kysely';
import type { OrderDraft } from '../../../shared';
import type { Database } from '../../../server/db/schema';
import { orderMutation } from './fixtures';
import { call, signIn } from './http-client';

export const managerOf = (base: string, storeId: string) =>
  signIn(base, `${storeId}-manager`, 'showroom-manager');
export const clerkOf = (base: string, storeId: string) =>
  signIn(base, `${storeId}-clerk1`, 'showroom-clerk');

/** `count` distinct numbers `<segment><8 digits from start>`, unlike any the demo makes. */
export function freshNumbers(segment: string, start: number, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${segment}${String(start + i).padStart(8, '0')}`);
}

export function importCsv(base: string, cookie: string, storeId: string, csv: string) {
  return call(base, '/api/numbers/import', { cookie, body: { storeId, csv } });
}

/** Pushes orders as one batch; returns the answers in order. */
export async function pushDrafts(
  base: string,
  token: string,
  drafts: OrderDraft[],
): Promise<{ id: string; status: string; reason?: string; alternatives?: string[] }[]> {
  const reply = await call(base, '/api/sync/push', {
    token,
    body: { mutations: drafts.map((draft) => orderMutation(draft)) },
  });
  if (reply.status !== 200) throw new Error(`push: ${reply.status} ${JSON.stringify(reply.body)}`);
  return reply.body.results;
}

export function hold(base: string, token: string, number: string, method = 'POST') {
  return call(base, `/api/numbers/${number}/hold`, { token, method });
}

export async function numberRow(db: Kysely<Database>, number: string) {
  return db.selectFrom('numbers').selectAll().where('number', '=', number).executeTakeFirst();
}

export async function ordersOfNumber(db: Kysely<Database>, number: string) {
  return db.selectFrom('orders').select(['id', 'number']).where('number', '=', number).execute();
}

/** Pulls the whole change log from `since`; returns the changes and the last cursor. */
export async function pullAll(base: string, token: string, since = 0) {
  const changes: { entity: string; key: string; data: Record<string, unknown> | null }[] = [];
  let cursor = since;
  for (;;) {
    const page = await call(base, `/api/sync/pull?since=${cursor}&limit=1000`, { token });
    if (page.status !== 200) throw new Error(`pull: ${page.status}`);
    changes.push(...page.body.changes);
    cursor = page.body.cursor;
    if (!page.body.more) return { changes, cursor };
  }
}
