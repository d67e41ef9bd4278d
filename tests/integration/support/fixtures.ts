import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { orderConsentVersion, priceCart, ticketFromUuid, type OrderDraft } from '../../../shared';
import type { Database } from '../../../server/db/schema';

/** A well-formed ID number (the GB 11643 standard's own example). */
export const validIdNumber = '11010519491231002X';

export const tables = [
  'stores',
  'users',
  'sessions',
  'devices',
  'enrolment_codes',
  'zones',
  'experiences',
  'handsets',
  'plans',
  'numbers',
  'stock',
  'changes',
  'applied_mutations',
  'orders',
  'order_events',
  'analytics_events',
  'content_overrides',
  'content_versions',
  'number_holds',
  'number_tier_rules',
  'number_conflicts',
] as const satisfies readonly (keyof Database)[];

/** Row count of every table: compared before and after a request that must write nothing. */
export async function countRows(db: Kysely<Database>): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow();
    counts[table] = Number(row.count);
  }
  return counts;
}

/** Numbers of the store with `status` and price. */
export async function storeNumbers(
  db: Kysely<Database>,
  storeId: string,
  status = 'available',
  priceFen = 0,
) {
  const rows = await db
    .selectFrom('numbers')
    .select('number')
    .where('store_id', '=', storeId)
    .where('status', '=', status as 'available')
    .where('price_fen', '=', priceFen)
    .orderBy('number')
    .execute();
  return rows.map((row) => row.number);
}

/** An order draft priced with the server's current prices, as an honest kiosk makes it. */
export async function honestDraft(
  db: Kysely<Database>,
  input: { storeId: string; number?: string | null; handsetId?: string; planId?: string | null },
): Promise<OrderDraft> {
  const handset = await db
    .selectFrom('handsets')
    .select(['id', 'price_fen', 'colours'])
    .$if(input.handsetId !== undefined, (q) => q.where('id', '=', input.handsetId ?? ''))
    .orderBy('id')
    .executeTakeFirstOrThrow();
  const planId = input.planId === undefined ? 'biz-186' : input.planId;
  const plan = planId
    ? await db.selectFrom('plans').selectAll().where('id', '=', planId).executeTakeFirstOrThrow()
    : null;
  const numberRow = input.number
    ? await db
        .selectFrom('numbers')
        .selectAll()
        .where('number', '=', input.number)
        .executeTakeFirstOrThrow()
    : null;
  const priced = priceCart({
    handset: { id: handset.id, priceFen: handset.price_fen },
    plan: plan && {
      id: plan.id,
      monthlyFeeFen: plan.monthly_fee_fen,
      handsetSubsidyFen: plan.handset_subsidy_fen,
      contractMonths: plan.contract_months,
    },
    number: numberRow && { number: numberRow.number, priceFen: numberRow.price_fen },
  });
  const id = randomUUID();
  return {
    id,
    ticket: ticketFromUuid(id),
    storeId: input.storeId,
    handsetId: handset.id,
    colour: null,
    planId: plan?.id ?? null,
    number: numberRow?.number ?? null,
    bundleId: null,
    zoneId: null,
    serviceIds: [],
    clerkBadge: null,
    customer: { name: '张三', idNumber: validIdNumber, phone: '13800138000' },
    consent: { textVersion: orderConsentVersion, givenAt: Date.now() - 35_000 },
    lines: priced.lines,
    totalFen: priced.totalFen,
    createdAt: Date.now() - 5_000,
  };
}

export function orderMutation(draft: OrderDraft, id: string = randomUUID()) {
  return { id, type: 'order.place', payload: draft, createdAt: draft.createdAt };
}
