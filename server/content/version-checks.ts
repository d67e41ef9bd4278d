import { referencesTo, type ContentChange } from '../../shared';
import type { Db } from '../db/schema';
import { bundleFromJson } from './offers-repo';
import { findMediaFile } from './version-media';
import { experienceFromRow } from './zones-repo';

export type VersionProblems = Record<string, string[]>;

/**
 * What would break if this version were published now, as field paths of the request
 * (`changes.3.data.zoneId`) → messages; empty when it fits. Checked at request time and again
 * when a scheduled version falls due, since the catalogue may have moved on meanwhile.
 */
export async function versionProblems(
  db: Db,
  version: { storeIds: readonly string[] | null; changes: readonly ContentChange[] },
  mediaRoots: readonly string[],
): Promise<VersionProblems> {
  const problems: VersionProblems = {};
  const add = (path: string, message: string) => (problems[path] ??= []).push(message);
  const { storeIds, changes } = version;

  if (storeIds) {
    const known = await idsIn(db, 'stores', storeIds);
    storeIds.forEach((id, i) => {
      if (!known.has(id)) add(`storeIds.${i}`, `There is no store "${id}"`);
    });
  }

  const puts = (entity: ContentChange['entity']) =>
    new Set(changes.filter((c) => c.entity === entity && c.op === 'put').map((c) => c.key));
  const deletes = (entity: ContentChange['entity']) =>
    new Set(changes.filter((c) => c.entity === entity && c.op === 'delete').map((c) => c.key));
  const zonesPut = puts('zone');
  const zonesDeleted = deletes('zone');
  const experiencesTouched = new Set([...puts('experience'), ...deletes('experience')]);
  const zones = new Set([...(await allIds(db, 'zones')), ...zonesPut]);
  for (const zone of zonesDeleted) zones.delete(zone);

  const experiences = changes.flatMap((c) => (c.entity === 'experience' && c.data ? [c.data] : []));
  const bundles = changes.flatMap((c) => (c.entity === 'bundle' && c.data ? [c.data] : []));
  const knownHandsets = new Set([
    ...(await idsIn(db, 'handsets', [
      ...experiences.flatMap((e) => e.handsetIds),
      ...bundles.map((b) => b.handsetId),
    ])),
    ...puts('handset'),
  ]);
  const knownPlans = new Set([
    ...(await idsIn(db, 'plans', [
      ...experiences.flatMap((e) => e.planIds),
      ...bundles.flatMap((b) => (b.planId ? [b.planId] : [])),
    ])),
    ...puts('plan'),
  ]);
  const knownServices = new Set([
    ...(await idsIn(
      db,
      'services',
      bundles.flatMap((b) => b.serviceIds),
    )),
    ...puts('service'),
  ]);

  for (const [i, change] of changes.entries()) {
    if (change.entity === 'store') {
      if (storeIds) add(`changes.${i}.entity`, 'Stores change only in a version for every store');
      if (change.op === 'delete')
        add(`changes.${i}.op`, 'A store is never deleted: its kiosks and orders refer to it');
    }
    if (change.entity === 'bundle' && change.data) {
      const bundle = change.data;
      if (!knownHandsets.has(bundle.handsetId))
        add(`changes.${i}.data.handsetId`, `There is no handset "${bundle.handsetId}"`);
      if (bundle.planId && !knownPlans.has(bundle.planId))
        add(`changes.${i}.data.planId`, `There is no plan "${bundle.planId}"`);
      const unknownServices = bundle.serviceIds.filter((id) => !knownServices.has(id));
      if (unknownServices.length > 0)
        add(`changes.${i}.data.serviceIds`, `Unknown services: ${unknownServices.join(', ')}`);
    }
    if (change.entity !== 'experience' || !change.data) continue;
    const experience = change.data;
    if (experience.zoneId && !zones.has(experience.zoneId))
      add(`changes.${i}.data.zoneId`, `There is no zone "${experience.zoneId}"`);
    const unknownHandsets = experience.handsetIds.filter((id) => !knownHandsets.has(id));
    if (unknownHandsets.length > 0)
      add(`changes.${i}.data.handsetIds`, `Unknown handsets: ${unknownHandsets.join(', ')}`);
    const unknownPlans = experience.planIds.filter((id) => !knownPlans.has(id));
    if (unknownPlans.length > 0)
      add(`changes.${i}.data.planIds`, `Unknown plans: ${unknownPlans.join(', ')}`);
    if (experience.media && !(await findMediaFile(mediaRoots, experience.media)))
      add(`changes.${i}.data.media`, `There is no file ${experience.media} to send to kiosks`);
  }

  if (zonesDeleted.size > 0) {
    const stranded = await db
      .selectFrom('experiences')
      .select(['id', 'zone_id'])
      .where('zone_id', 'in', [...zonesDeleted])
      .execute();
    for (const [i, change] of changes.entries()) {
      if (change.entity !== 'zone' || change.op !== 'delete') continue;
      const left = stranded.filter(
        (e) => e.zone_id === change.key && !experiencesTouched.has(e.id),
      );
      if (left.length > 0) {
        add(
          `changes.${i}.key`,
          `Zone "${change.key}" still has experiences: ${left.map((e) => e.id).join(', ')}`,
        );
      }
    }
  }
  await addStrandedOffers(db, changes, add);
  return problems;
}

const offeredEntities = new Set<ContentChange['entity']>(['handset', 'plan', 'service']);

/**
 * A handset, plan or service withdrawn while a gift box or experience that stays still offers
 * it would leave kiosks offering something gone: the version must withdraw or change those too.
 * Checked against the shared catalogue as the version leaves it.
 */
async function addStrandedOffers(
  db: Db,
  changes: readonly ContentChange[],
  add: (path: string, message: string) => void,
): Promise<void> {
  const withdrawn = [...changes.entries()].filter(
    ([, change]) => change.op === 'delete' && offeredEntities.has(change.entity),
  );
  if (withdrawn.length === 0) return;
  const touched = (entity: 'experience' | 'bundle') =>
    new Set(changes.filter((c) => c.entity === entity).map((c) => c.key));
  const putsOf = <E extends 'experience' | 'bundle'>(entity: E) =>
    changes.flatMap((c) =>
      c.entity === entity && c.op === 'put' && c.data
        ? [c.data as Extract<ContentChange, { entity: E }>['data'] & {}]
        : [],
    );
  const [experienceRows, bundleRows] = await Promise.all([
    db.selectFrom('experiences').selectAll().execute(),
    db.selectFrom('bundles').select(['id', 'data']).where('withdrawn_at', 'is', null).execute(),
  ]);
  const experiencesTouched = touched('experience');
  const bundlesTouched = touched('bundle');
  const offers = {
    experiences: [
      ...experienceRows.filter((row) => !experiencesTouched.has(row.id)).map(experienceFromRow),
      ...putsOf('experience'),
    ],
    bundles: [
      ...bundleRows
        .filter((row) => !bundlesTouched.has(row.id))
        .map((row) => bundleFromJson(row.data)),
      ...putsOf('bundle'),
    ],
  };
  for (const [i, change] of withdrawn) {
    const references = referencesTo(offers, change.entity, change.key);
    if (references.length === 0) continue;
    add(
      `changes.${i}.key`,
      `Still offered by ${references.map((r) => `${r.entity} "${r.key}"`).join(', ')}: withdraw or change them in the same version`,
    );
  }
}

async function allIds(db: Db, table: 'zones'): Promise<string[]> {
  return (await db.selectFrom(table).select('id').execute()).map((row) => row.id);
}

async function idsIn(
  db: Db,
  table: 'stores' | 'handsets' | 'plans' | 'services',
  ids: readonly string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom(table)
    .select('id')
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Set(rows.map((row) => row.id));
}
