import type { Change, PullResponse } from '../../shared';
import {
  versionedEntities,
  type KioskDatabase,
  type PendingVersion,
  type StagedChange,
  type VersionedEntity,
} from '../db';
import { collapseByKey } from './collapseChanges';

const versioned = new Set<string>(versionedEntities);

type LiveEntity = Exclude<Change['entity'], VersionedEntity | 'version'>;
const liveTableOf = {
  number: 'numbers',
  stock: 'stock',
  clerk: 'clerks',
} as const satisfies Record<LiveEntity, string>;
const isVersioned = (change: Change): change is Extract<Change, { entity: VersionedEntity }> =>
  versioned.has(change.entity);

export interface AppliedPage {
  /** Version markers this page brought: their versions may now be complete. */
  markers: number;
}

/**
 * Applies one pulled page in ONE transaction together with the cursor that follows it, so a
 * crash mid-page re-pulls it. Live operational data (numbers, stock, clerk badges) goes
 * straight to its tables; published content (stores, zones, experiences, handsets, plans,
 * services, gift boxes) is staged until its version is whole (contentVersions.ts shows it),
 * so the UI never sees half a version.
 */
export async function applyPullPage(db: KioskDatabase, page: PullResponse): Promise<AppliedPage> {
  const live: Change[] = [];
  const staged: StagedChange[] = [];
  const markers: PendingVersion[] = [];
  const now = Date.now();
  for (const change of page.changes) {
    if (isVersioned(change)) {
      const { seq, entity, key, op, data } = change;
      staged.push({ seq, entity, key, op, data: op === 'put' ? data : null });
    } else if (change.entity === 'version') {
      if (change.op === 'put' && change.data) {
        markers.push({ seq: change.seq, version: change.data, receivedAt: now });
      } else {
        console.warn(`[sync] ignored a version change without a version (${change.key})`);
      }
    } else {
      live.push(change);
    }
  }
  const liveWork = collapseByKey(live);
  await db.transaction(
    'rw',
    [db.meta, db.staged, db.pendingVersions, db.numbers, db.stock, db.clerks],
    async () => {
      for (const [entity, { puts, deletes }] of liveWork) {
        const table = db.table(liveTableOf[entity as LiveEntity]);
        if (deletes.length > 0) await table.bulkDelete(deletes);
        if (puts.length > 0) await table.bulkPut(puts);
      }
      if (staged.length > 0) await db.staged.bulkPut(staged);
      if (markers.length > 0) await db.pendingVersions.bulkPut(markers);
      await db.meta.bulkPut([
        { key: 'cursor', value: page.cursor },
        { key: 'lastPullAt', value: now },
      ]);
    },
  );
  return { markers: markers.length };
}

/** When the device joins another store, everything of the old store's content must go. */
export async function resetContent(db: KioskDatabase): Promise<void> {
  const content = [db.stores, db.zones, db.experiences, db.handsets, db.plans, db.numbers];
  const extras = [db.services, db.bundles, db.clerks];
  const tables = [...content, ...extras, db.stock, db.staged, db.pendingVersions];
  await db.transaction('rw', [db.meta, ...tables], async () => {
    await Promise.all(tables.map((table) => table.clear()));
    await db.meta.delete('contentVersion');
    await db.meta.put({ key: 'cursor', value: 0 });
  });
}
