import type { Insertable, Selectable } from 'kysely';
import { zoneKeySchema, type Experience, type Zone } from '../../shared';
import type { Db, ExperiencesTable, ZonesTable } from '../db/schema';
import { appendChanges } from './changes-repo';

export function zoneToRow(zone: Zone): Insertable<ZonesTable> {
  return {
    id: zone.id,
    key: zone.key,
    name_zh: zone.name.zh,
    name_en: zone.name.en,
    tagline_zh: zone.tagline.zh,
    tagline_en: zone.tagline.en,
    accent: zone.accent,
    sort: zone.sort,
  };
}

export function zoneFromRow(row: Selectable<ZonesTable>): Zone {
  return {
    id: row.id,
    key: zoneKeySchema.parse(row.key),
    name: { zh: row.name_zh, en: row.name_en },
    tagline: { zh: row.tagline_zh, en: row.tagline_en },
    accent: row.accent,
    sort: row.sort,
  };
}

export function experienceToRow(experience: Experience): Insertable<ExperiencesTable> {
  return {
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
    content: experience.content == null ? null : JSON.stringify(experience.content),
  };
}

export function experienceFromRow(row: Selectable<ExperiencesTable>): Experience {
  return {
    id: row.id,
    zoneId: row.zone_id,
    kind: row.kind,
    title: { zh: row.title_zh, en: row.title_en },
    summary: { zh: row.summary_zh, en: row.summary_en },
    media: row.media,
    planIds: JSON.parse(row.plan_ids) as string[],
    handsetIds: JSON.parse(row.handset_ids) as string[],
    sort: row.sort,
    content: row.content === null ? null : (JSON.parse(row.content) as Experience['content']),
  };
}

export async function insertZones(db: Db, zones: Zone[], now: number): Promise<void> {
  if (zones.length === 0) return;
  await db.insertInto('zones').values(zones.map(zoneToRow)).execute();
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
  await db.insertInto('experiences').values(experiences.map(experienceToRow)).execute();
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
