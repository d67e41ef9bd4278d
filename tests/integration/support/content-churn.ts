import type { Kysely } from 'kysely';
import { appendChanges, type NewChange } from '../../../server/content/changes-repo';
import type { Database } from '../../../server/db/schema';
import type { Random } from '../../../server/seed/random';

/**
 * HQ edits the catalogue: new prices (a second put of the same key), handsets and plans
 * withdrawn (tombstones), some of them back again later. Written straight to the change log
 * with the server's own `appendChanges`, in one transaction, as every content write is; the
 * data of each put is a real entity of the log, so the pull's response schema accepts it.
 */
export async function churnContent(
  db: Kysely<Database>,
  random: Random,
  count: number,
): Promise<{ puts: number; deletes: number }> {
  const rows = await db
    .selectFrom('changes')
    .select(['entity', 'key', 'op', 'data'])
    .where('entity', 'in', ['handset', 'plan'])
    .orderBy('seq')
    .execute();
  const latest = new Map<
    string,
    { entity: 'handset' | 'plan'; key: string; data: string | null }
  >();
  for (const row of rows) {
    const entity = row.entity as 'handset' | 'plan';
    latest.set(`${entity}:${row.key}`, { entity, key: row.key, data: row.data });
  }
  const keys = [...latest.values()];
  const changes: NewChange[] = [];
  let puts = 0;
  let deletes = 0;
  for (let i = 0; i < count; i++) {
    const target = random.pick(keys);
    const known = [...rows].reverse().find((r) => r.key === target.key && r.data !== null);
    const data = known?.data ? (JSON.parse(known.data) as Record<string, unknown>) : null;
    if (random.chance(0.3) || !data) {
      changes.push({
        entity: target.entity,
        key: target.key,
        op: 'delete',
        data: null,
        storeId: null,
      });
      deletes += 1;
      continue;
    }
    const field = target.entity === 'handset' ? 'priceFen' : 'monthlyFeeFen';
    changes.push({
      entity: target.entity,
      key: target.key,
      op: 'put',
      data: { ...data, [field]: random.int(1, 500_000) },
      storeId: null,
    });
    puts += 1;
  }
  await db.transaction().execute((trx) => appendChanges(trx, changes, Date.now()));
  return { puts, deletes };
}
