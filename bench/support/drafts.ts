import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { orderConsentVersion, priceCart, ticketFromUuid, type OrderDraft } from '../../shared';
import type { Database } from '../../server/db/schema';

/**
 * `count` honest orders for a store, priced by the shared rules from the seeded handsets and
 * plans (the benches' own `bench-…` plans left out), made within the last hour.
 */
export async function makeDrafts(
  db: Kysely<Database>,
  storeId: string,
  count: number,
): Promise<OrderDraft[]> {
  const handsets = await db.selectFrom('handsets').select(['id', 'price_fen']).limit(50).execute();
  const plans = await db
    .selectFrom('plans')
    .selectAll()
    .where('id', 'not like', 'bench-%')
    .execute();
  const start = Date.now() - 3_600_000;
  return Array.from({ length: count }, (_, i): OrderDraft => {
    const handset = handsets[i % handsets.length]!;
    const plan = plans[i % plans.length]!;
    const priced = priceCart({
      handset: { id: handset.id, priceFen: handset.price_fen },
      plan: {
        id: plan.id,
        monthlyFeeFen: plan.monthly_fee_fen,
        handsetSubsidyFen: plan.handset_subsidy_fen,
        contractMonths: plan.contract_months,
      },
      number: null,
    });
    const id = randomUUID();
    return {
      id,
      ticket: ticketFromUuid(id),
      storeId,
      handsetId: handset.id,
      colour: null,
      planId: plan.id,
      number: null,
      bundleId: null,
      zoneId: null,
      serviceIds: [],
      clerkBadge: null,
      customer: { name: '王小明', idNumber: '11010519491231002X', phone: '13012345678' },
      consent: { textVersion: orderConsentVersion, givenAt: start + i - 30_000 },
      lines: priced.lines,
      totalFen: priced.totalFen,
      createdAt: start + i,
    };
  });
}
