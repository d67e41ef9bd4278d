import type { Db } from '../db/schema';

/** Reads for the public info pages: published, not withdrawn, and never anything personal. */

export async function findHandset(db: Db, id: string) {
  return db
    .selectFrom('handsets')
    .select([
      'id',
      'brand',
      'model',
      'year',
      'network',
      'screen_in',
      'resolution',
      'camera_mp',
      'front_camera',
      'battery_mah',
      'os',
      'storage',
      'ram',
      'weight_g',
      'colours',
      'price_fen',
      'source_url',
    ])
    .where('id', '=', id)
    .where('withdrawn_at', 'is', null)
    .executeTakeFirst();
}
export type HandsetInfo = NonNullable<Awaited<ReturnType<typeof findHandset>>>;

export async function findPlans(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('plans')
    .selectAll()
    .where('id', 'in', [...ids])
    .where('withdrawn_at', 'is', null)
    .orderBy('sort')
    .execute();
}
export type PlanInfo = Awaited<ReturnType<typeof findPlans>>[number];

export async function findHandsets(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('handsets')
    .select(['id', 'brand', 'model', 'price_fen'])
    .where('id', 'in', [...ids])
    .where('withdrawn_at', 'is', null)
    .execute();
}

export async function findExperience(db: Db, id: string) {
  const experience = await db
    .selectFrom('experiences')
    .innerJoin('zones', 'zones.id', 'experiences.zone_id')
    .select([
      'experiences.id',
      'experiences.title_zh',
      'experiences.title_en',
      'experiences.summary_zh',
      'experiences.summary_en',
      'experiences.plan_ids',
      'experiences.handset_ids',
      'zones.name_zh as zone_zh',
      'zones.name_en as zone_en',
      'zones.accent',
    ])
    .where('experiences.id', '=', id)
    .executeTakeFirst();
  if (!experience) return undefined;
  const planIds = parseIds(experience.plan_ids);
  const handsetIds = parseIds(experience.handset_ids);
  const [plans, handsets] = await Promise.all([
    findPlans(db, planIds),
    findHandsets(db, handsetIds),
  ]);
  // Keep the order the experience lists them in.
  handsets.sort((a, b) => handsetIds.indexOf(a.id) - handsetIds.indexOf(b.id));
  return { ...experience, plans, handsets };
}
export type ExperienceInfo = NonNullable<Awaited<ReturnType<typeof findExperience>>>;

function parseIds(json: string): string[] {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}
