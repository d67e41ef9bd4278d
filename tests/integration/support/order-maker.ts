import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import {
  orderConsentVersion,
  priceCart,
  ticketFromUuid,
  type OrderDraft,
  type PricingInput,
} from '../../../shared';
import type { Database } from '../../../server/db/schema';
import type { Random } from '../../../server/seed/random';
import { validIdNumber } from './fixtures';

type PricedHandset = NonNullable<PricingInput['handset']>;
type PricedPlan = NonNullable<PricingInput['plan']>;
export interface PoolEntry {
  number: string;
  priceFen: number;
  /** The least monthly plan fee the number's tier asks for. */
  minPlanFeeFen: number;
}

/**
 * The catalogue as a kiosk holds it after a pull, read once from the server's database, so
 * a thousand honest drafts are priced with the shared `priceCart` without a query each.
 */
export interface Catalogue {
  handsets: PricedHandset[];
  plans: PricedPlan[];
  /** Available numbers of a store, in number order. */
  available(storeId: string): PoolEntry[];
}

export async function loadCatalogue(db: Kysely<Database>): Promise<Catalogue> {
  const handsets = await db
    .selectFrom('handsets')
    .select(['id', 'price_fen'])
    .orderBy('id')
    .execute();
  const plans = await db.selectFrom('plans').selectAll().orderBy('id').execute();
  const numbers = await db
    .selectFrom('numbers')
    .select(['number', 'store_id', 'price_fen', 'min_plan_fee_fen'])
    .where('status', '=', 'available')
    .orderBy('number')
    .execute();
  return {
    handsets: handsets.map((h) => ({ id: h.id, priceFen: h.price_fen })),
    plans: plans.map((p) => ({
      id: p.id,
      monthlyFeeFen: p.monthly_fee_fen,
      handsetSubsidyFen: p.handset_subsidy_fen,
      contractMonths: p.contract_months,
    })),
    available: (storeId) =>
      numbers
        .filter((n) => n.store_id === storeId)
        .map((n) => ({
          number: n.number,
          priceFen: n.price_fen,
          minPlanFeeFen: n.min_plan_fee_fen,
        })),
  };
}

/**
 * An honest order of `storeId`: a random handset, a plan or none, and `number` if given; with
 * a number, a plan its tier allows, as the kiosk offers only those.
 */
export function makeDraft(
  catalogue: Catalogue,
  random: Random,
  storeId: string,
  number: PoolEntry | null,
): OrderDraft {
  const handset = random.pick(catalogue.handsets);
  const minimum = number?.minPlanFeeFen ?? 0;
  const allowed = catalogue.plans.filter((p) => p.monthlyFeeFen >= minimum);
  const noPlan = random.chance(0.2) && minimum === 0;
  const plan = noPlan ? null : random.pick(allowed);
  const priced = priceCart({
    handset,
    plan,
    number: number && { number: number.number, priceFen: number.priceFen },
  });
  const id = randomUUID();
  return {
    id,
    ticket: ticketFromUuid(id),
    storeId,
    handsetId: handset.id,
    colour: null,
    planId: plan?.id ?? null,
    number: number?.number ?? null,
    bundleId: null,
    zoneId: null,
    serviceIds: [],
    clerkBadge: null,
    customer: { name: '李四', idNumber: validIdNumber, phone: '13900139000' },
    consent: { textVersion: orderConsentVersion, givenAt: Date.now() - 90_000 },
    lines: priced.lines,
    totalFen: priced.totalFen,
    createdAt: Date.now() - random.int(1_000, 60_000),
  };
}
