import { randomUUID } from 'node:crypto';
import {
  defaultTierRules,
  repriceNumbers,
  tierOf,
  tierRulesSchema,
  type PoolNumber,
  type TierRules,
  type TierRulesDocument,
} from '../../shared';
import { numberChange } from '../content/numbers-repo';
import { appendChanges } from '../content/changes-repo';
import { lockChangeLog } from '../db/dialect';
import type { Db } from '../db/schema';

/** The rules in force: the newest stored, else the defaults of `shared/numbers/tiers.ts`. */
export async function tierRulesInForce(db: Db): Promise<TierRulesDocument> {
  const row = await db
    .selectFrom('number_tier_rules')
    .selectAll()
    .orderBy('updated_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row) return { rules: defaultTierRules, updatedAt: null, updatedBy: null };
  // Stored only after the same schema passed; parsed again so defaults of newer fields apply.
  return {
    rules: tierRulesSchema.parse(JSON.parse(row.rules)),
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

/** Numbers are re-tiered a page at a time, so a pool of millions never sits in memory. */
const pageSize = 5_000;

/**
 * Stores `rules` as the rules in force and re-tiers every number not yet sold, telling each
 * store's kiosks about the numbers whose tier, price or minimum plan changed. Run inside a
 * transaction; the change-log lock taken first serialises it with imports and other updates.
 * Returns how many numbers changed tier or price.
 */
export async function replaceTierRules(
  trx: Db,
  rules: TierRules,
  by: { userId: string; now: number },
): Promise<number> {
  await lockChangeLog(trx);
  await trx
    .insertInto('number_tier_rules')
    .values({
      id: randomUUID(),
      rules: JSON.stringify(rules),
      updated_at: by.now,
      updated_by: by.userId,
    })
    .execute();
  let repriced = 0;
  let after = '';
  for (;;) {
    const page = await trx
      .selectFrom('numbers')
      .select(['number', 'store_id', 'status', 'price_fen', 'tier_id', 'min_plan_fee_fen'])
      .where('status', '!=', 'sold')
      .where('number', '>', after)
      .orderBy('number')
      .limit(pageSize)
      .execute();
    if (page.length === 0) break;
    after = page[page.length - 1]!.number;
    const repricings = new Map(
      repriceNumbers(
        page.map((row) => ({
          number: row.number,
          status: row.status === 'held' ? 'available' : row.status,
          priceFen: row.price_fen,
          tierId: row.tier_id,
        })),
        rules,
      ).map((change) => [change.number, change]),
    );
    repriced += repricings.size;
    const changed: PoolNumber[] = [];
    for (const row of page) {
      // The minimum plan can change alone; repriceNumbers counts tier and price only.
      const tier = tierOf(row.number, rules);
      if (!repricings.has(row.number) && tier.minPlanFeeFen === row.min_plan_fee_fen) continue;
      changed.push({
        number: row.number,
        storeId: row.store_id,
        status: row.status === 'held' ? 'available' : row.status,
        priceFen: tier.priceFen,
        tierId: tier.id,
        minPlanFeeFen: tier.minPlanFeeFen,
      });
    }
    await updateTiers(trx, changed);
    await appendChanges(trx, changed.map(numberChange), by.now, { locked: true });
  }
  return repriced;
}

/** One UPDATE per (tier, price, minimum plan): a page touches only a handful of groups. */
async function updateTiers(trx: Db, changed: readonly PoolNumber[]): Promise<void> {
  const groups = new Map<string, PoolNumber[]>();
  for (const number of changed) {
    const key = `${number.tierId}\u0000${number.priceFen}\u0000${number.minPlanFeeFen}`;
    const group = groups.get(key);
    if (group) group.push(number);
    else groups.set(key, [number]);
  }
  for (const group of groups.values()) {
    const first = group[0]!;
    for (let i = 0; i < group.length; i += 1_000) {
      await trx
        .updateTable('numbers')
        .set({
          tier_id: first.tierId,
          price_fen: first.priceFen,
          min_plan_fee_fen: first.minPlanFeeFen,
        })
        .where(
          'number',
          'in',
          group.slice(i, i + 1_000).map((number) => number.number),
        )
        .where('status', '!=', 'sold')
        .execute();
    }
  }
}
