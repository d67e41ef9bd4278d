import { changeSchema } from '../../shared';
import {
  pendingVersionSchema,
  readMeta,
  type KioskDatabase,
  type PendingVersion,
  type ShownVersion,
  type VersionedEntity,
} from '../db';
import { restoreRow, restoreRows } from '../restore';
import { collapseByKey } from './collapseChanges';

const liveTableOf = {
  store: 'stores',
  zone: 'zones',
  experience: 'experiences',
  handset: 'handsets',
  plan: 'plans',
  service: 'services',
  bundle: 'bundles',
} as const satisfies Record<VersionedEntity, string>;

/** Versions whose marker arrived but which are not on screen yet, newest first. */
export async function pendingVersionsNewestFirst(db: KioskDatabase): Promise<PendingVersion[]> {
  const rows: unknown[] = await db.pendingVersions.reverse().toArray();
  return restoreRows(pendingVersionSchema, rows, 'pendingVersions');
}

export function readShownVersion(db: KioskDatabase): Promise<ShownVersion | null> {
  return readMeta(db, 'contentVersion');
}

/**
 * Puts the version whose marker is at `seq` on screen in ONE transaction: every staged change up
 * to the marker moves into the live tables (later changes to a key win, deletes are tombstones),
 * and `meta.contentVersion` names it. Live queries see the old version or the new one, never a
 * mix. Returns null when the version is no longer pending (another tab showed it first).
 */
export async function showVersion(
  db: KioskDatabase,
  seq: number,
  now: number = Date.now(),
): Promise<ShownVersion | null> {
  const live = [
    db.stores,
    db.zones,
    db.experiences,
    db.handsets,
    db.plans,
    db.services,
    db.bundles,
  ];
  const tables = [db.meta, db.staged, db.pendingVersions, ...live];
  return db.transaction('rw', tables, async () => {
    const row: unknown = await db.pendingVersions.get(seq);
    const pending = restoreRow(pendingVersionSchema, row, 'pendingVersions');
    if (!pending) return null;
    const staged: unknown[] = await db.staged.where('seq').belowOrEqual(seq).toArray();
    const changes = restoreRows(changeSchema, staged, 'staged');
    for (const [entity, { puts, deletes }] of collapseByKey(changes)) {
      if (!(entity in liveTableOf)) continue;
      const table = db.table(liveTableOf[entity as VersionedEntity]);
      if (deletes.length > 0) await table.bulkDelete(deletes);
      if (puts.length > 0) await table.bulkPut(puts);
    }
    await db.staged.where('seq').belowOrEqual(seq).delete();
    await db.pendingVersions.where(':id').belowOrEqual(seq).delete();
    const shown: ShownVersion = { ...pending.version, seq, shownAt: now };
    await db.meta.put({ key: 'contentVersion', value: shown });
    return shown;
  });
}
