import type { Change, ChangeEntity, PullResponse } from '../../shared';
import type { KioskDatabase } from '../db';

const tableOf = {
  store: 'stores',
  zone: 'zones',
  experience: 'experiences',
  handset: 'handsets',
  plan: 'plans',
  number: 'numbers',
  stock: 'stock',
} as const satisfies Record<ChangeEntity, string>;

type ContentTableName = (typeof tableOf)[ChangeEntity];

interface TableWork {
  puts: Map<string, unknown>;
  deletes: Set<string>;
}

/** Later changes to a key win, so a page collapses to one put or one delete per key. */
function groupByTable(changes: readonly Change[]): Map<ContentTableName, TableWork> {
  const work = new Map<ContentTableName, TableWork>();
  for (const change of changes) {
    const table = tableOf[change.entity];
    let entry = work.get(table);
    if (!entry) {
      entry = { puts: new Map(), deletes: new Set() };
      work.set(table, entry);
    }
    if (change.op === 'put' && change.data !== null) {
      entry.deletes.delete(change.key);
      entry.puts.set(change.key, change.data);
    } else if (change.op === 'delete') {
      entry.puts.delete(change.key);
      entry.deletes.add(change.key);
    } else {
      console.warn(`[sync] skipped a put without data for ${change.entity} ${change.key}`);
    }
  }
  return work;
}

/**
 * Applies one pulled page in ONE transaction together with the cursor that follows it: the
 * live queries of the UI see the whole page or nothing, and a crash mid-page re-pulls it.
 */
export async function applyPullPage(db: KioskDatabase, page: PullResponse): Promise<void> {
  const work = groupByTable(page.changes);
  const tables = [db.meta, ...[...work.keys()].map((name) => db.table(name))];
  await db.transaction('rw', tables, async () => {
    for (const [name, { puts, deletes }] of work) {
      const table = db.table(name);
      if (deletes.size > 0) await table.bulkDelete([...deletes]);
      if (puts.size > 0) await table.bulkPut([...puts.values()]);
    }
    await db.meta.put({ key: 'cursor', value: page.cursor });
    await db.meta.put({ key: 'lastPullAt', value: Date.now() });
  });
}

/** When the device joins another store, store-scoped content of the old one must go. */
export async function resetContent(db: KioskDatabase): Promise<void> {
  const tables = [db.meta, db.stores, db.zones, db.experiences, db.handsets, db.plans];
  await db.transaction('rw', [...tables, db.numbers, db.stock], async () => {
    await Promise.all([...tables.slice(1), db.numbers, db.stock].map((table) => table.clear()));
    await db.meta.put({ key: 'cursor', value: 0 });
  });
}
