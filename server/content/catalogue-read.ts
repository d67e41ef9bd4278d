import type { Catalogue } from '../../shared';
import type { Db } from '../db/schema';
import { handsetFromRow } from './handsets-repo';
import { bundleFromJson, serviceFromJson } from './offers-repo';
import { planFromRow } from './plans-repo';
import { experienceFromRow, zoneFromRow } from './zones-repo';

/** The catalogue every store is offered now (shared rows, withdrawn ones left out): what HQ edits. */
export async function readCatalogue(db: Db): Promise<Catalogue> {
  const [zones, experiences, handsets, plans, services, bundles] = await Promise.all([
    db.selectFrom('zones').selectAll().orderBy('sort').execute(),
    db.selectFrom('experiences').selectAll().orderBy('sort').execute(),
    db.selectFrom('handsets').selectAll().where('withdrawn_at', 'is', null).orderBy('id').execute(),
    db.selectFrom('plans').selectAll().where('withdrawn_at', 'is', null).orderBy('sort').execute(),
    db
      .selectFrom('services')
      .selectAll()
      .where('withdrawn_at', 'is', null)
      .orderBy('sort')
      .execute(),
    db
      .selectFrom('bundles')
      .selectAll()
      .where('withdrawn_at', 'is', null)
      .orderBy('sort')
      .execute(),
  ]);
  return {
    zones: zones.map(zoneFromRow),
    experiences: experiences.map(experienceFromRow),
    handsets: handsets.map(handsetFromRow),
    plans: plans.map(planFromRow),
    services: services.map((row) => serviceFromJson(row.data)),
    bundles: bundles.map((row) => bundleFromJson(row.data)),
  };
}
