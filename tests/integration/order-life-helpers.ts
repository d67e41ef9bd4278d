import type { Kysely } from 'kysely';
import type { OrderDraft } from '../../shared';
import type { Database } from '../../server/db/schema';
import { honestDraft } from './support/fixtures';
import { call } from './support/http-client';
import { pushDrafts } from './support/number-book';

/** A store, its first clerk's badge, an available number and a handset with `stock` on the shelf. */
export async function placeOrderAt(
  base: string,
  db: Kysely<Database>,
  token: string,
  input: {
    storeId: string;
    stock: number;
    withClerk?: boolean;
    planId?: string | null;
    /** Take one of the store's free numbers (the small demo has a few dozen). */
    withNumber?: boolean;
  },
): Promise<{ draft: OrderDraft; handsetId: string; number: string }> {
  const number =
    input.withNumber === false
      ? { number: '' }
      : await db
          .selectFrom('numbers')
          .select('number')
          .where('store_id', '=', input.storeId)
          .where('status', '=', 'available')
          .where('price_fen', '=', 0)
          .orderBy('number')
          .executeTakeFirstOrThrow();
  const shelf = await db
    .selectFrom('stock')
    .select('handset_id')
    .where('store_id', '=', input.storeId)
    .orderBy('handset_id')
    .executeTakeFirstOrThrow();
  await db
    .updateTable('stock')
    .set({ quantity: input.stock })
    .where('store_id', '=', input.storeId)
    .where('handset_id', '=', shelf.handset_id)
    .execute();
  const clerk = await db
    .selectFrom('users')
    .select('badge')
    .where('login', '=', `${input.storeId}-clerk1`)
    .executeTakeFirstOrThrow();
  const draft = {
    ...(await honestDraft(db, {
      storeId: input.storeId,
      number: number.number || null,
      handsetId: shelf.handset_id,
      planId: input.planId,
    })),
    clerkBadge: input.withClerk === false ? null : clerk.badge,
  };
  const [result] = await pushDrafts(base, token, [draft]);
  if (result?.status !== 'applied') throw new Error(`push: ${JSON.stringify(result)}`);
  return { draft, handsetId: shelf.handset_id, number: number.number };
}

export function step(base: string, cookie: string, orderId: string, action: string, body: unknown) {
  return call(base, `/api/orders/${orderId}/${action}`, { cookie, body });
}

export async function stockOf(db: Kysely<Database>, storeId: string, handsetId: string) {
  const row = await db
    .selectFrom('stock')
    .select('quantity')
    .where('store_id', '=', storeId)
    .where('handset_id', '=', handsetId)
    .executeTakeFirstOrThrow();
  return row.quantity;
}

export async function lifeOf(db: Kysely<Database>, orderId: string) {
  const order = await db
    .selectFrom('orders')
    .select(['status', 'cancel_reason'])
    .where('id', '=', orderId)
    .executeTakeFirstOrThrow();
  const events = await db
    .selectFrom('order_events')
    .select(['status', 'actor', 'note'])
    .where('order_id', '=', orderId)
    .orderBy('id')
    .execute();
  const ledger = await db
    .selectFrom('commission_ledger')
    .selectAll()
    .where('order_id', '=', orderId)
    .orderBy('id')
    .execute();
  return { ...order, events, ledger };
}
