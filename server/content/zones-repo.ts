import type { Experience, Zone } from '../../shared';
import type { Db } from '../db/schema';
import { appendChanges } from './changes-repo';

export async function insertZones(db: Db, zones: Zone[], now: number): Promise<void> {
  if (zones.length === 0) return;
  await db
    .insertInto('zones')
    .values(
      zones.map((zone) => ({
        id: zone.id,
        key: zone.key,
        name_zh: zone.name.zh,
        name_en: zone.name.en,
        tagline_zh: zone.tagline.zh,
        tagline_en: zone.tagline.en,
        accent: zone.accent,
        sort: zone.sort,
      })),
    )
    .execute();
  await appendChanges(
    db,
    zones.map((zone) => ({ entity: 'zone', key: zone.id, op: 'put', data: zone, storeId: null })),
    now,
  );
}

export async function insertExperiences(
  db: Db,
  experiences: Experience[],
  now: number,
): Promise<void> {
  if (experiences.length === 0) return;
  await db
    .insertInto('experiences')
    .values(
      experiences.map((experience) => ({
        id: experience.id,
        zone_id: experience.zoneId,
        kind: experience.kind,
        title_zh: experience.title.zh,
        title_en: experience.title.en,
        summary_zh: experience.summary.zh,
        summary_en: experience.summary.en,
        media: experience.media,
        plan_ids: JSON.stringify(experience.planIds),
        handset_ids: JSON.stringify(experience.handsetIds),
        sort: experience.sort,
      })),
    )
    .execute();
  await appendChanges(
    db,
    experiences.map((experience) => ({
      entity: 'experience',
      key: experience.id,
      op: 'put',
      data: experience,
      storeId: null,
    })),
    now,
  );
}
