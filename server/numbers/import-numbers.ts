import { parseNumberCsv, tierOf, type NumberImportResult, type PoolNumber } from '../../shared';
import { insertNumbers } from '../content/numbers-repo';
import { inBatches } from '../db/batches';
import { lockChangeLog } from '../db/dialect';
import type { Db } from '../db/schema';
import { tierRulesInForce } from './tier-rules-repo';

/** Numbers per `in (…)` lookup: well under both databases' bound-parameter limits. */
export const lookupBatch = 5_000;

/** Which of `numbers` some store's pool has already, and which store. */
async function poolOwners(db: Db, numbers: readonly string[]): Promise<Map<string, string>> {
  const owners = new Map<string, string>();
  for (const part of inBatches(numbers, lookupBatch)) {
    const rows = await db
      .selectFrom('numbers')
      .select(['number', 'store_id'])
      .where('number', 'in', part)
      .execute();
    for (const row of rows) owners.set(row.number, row.store_id);
  }
  return owners;
}

async function storeNames(db: Db): Promise<Map<string, string>> {
  const rows = await db.selectFrom('stores').select(['id', 'name']).execute();
  return new Map(rows.map((row) => [row.id, row.name]));
}

/**
 * Imports a store's number file in ONE transaction: the file is read once against an empty
 * pool to learn which numbers it names, those are looked up, and (when some pool has any of
 * them) it is read again against what the database holds, so every refusal names its reason.
 * The accepted numbers are tiered and priced by the rules in force and announced to the
 * store's kiosks. The change-log lock comes first, so a concurrent import or tier change waits
 * rather than interleaving.
 */
export async function importNumbers(
  trx: Db,
  request: { storeId: string; csv: string; now: number },
): Promise<NumberImportResult> {
  await lockChangeLog(trx);
  const againstEmptyPool = parseNumberCsv(request.csv, {
    storeId: request.storeId,
    inThisStore: new Set(),
    inOtherStores: new Map(),
  });
  const owners = await poolOwners(
    trx,
    againstEmptyPool.accepted.map((row) => row.number),
  );
  // A file of numbers no pool has yet (the usual upload) reads the same the second time.
  const report =
    owners.size === 0
      ? againstEmptyPool
      : parseNumberCsv(request.csv, {
          storeId: request.storeId,
          inThisStore: new Set(),
          inOtherStores: owners,
          storeNames: await storeNames(trx),
        });
  const { rules } = await tierRulesInForce(trx);
  const byTier: Record<string, number> = {};
  const numbers: PoolNumber[] = report.accepted.map(({ number }) => {
    const tier = tierOf(number, rules);
    byTier[tier.id] = (byTier[tier.id] ?? 0) + 1;
    return {
      number,
      storeId: request.storeId,
      status: 'available',
      priceFen: tier.priceFen,
      tierId: tier.id,
      minPlanFeeFen: tier.minPlanFeeFen,
    };
  });
  await insertNumbers(trx, numbers, request.now);
  return {
    storeId: request.storeId,
    accepted: numbers.length,
    refused: report.refused,
    byTier,
  };
}
