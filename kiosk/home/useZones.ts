import { useLiveQuery } from 'dexie-react-hooks';
import { experienceSchema, zoneSchema, type Zone } from '../../shared';
import { database } from '../app/database';
import { restoreRows } from '../restore';

export interface ZoneSummary {
  zone: Zone;
  experienceCount: number;
}

/** The published zones in their order, each with how many experiences it holds. */
export function useZoneSummaries(): ZoneSummary[] | undefined {
  return useLiveQuery(async () => {
    const [zones, experiences] = await Promise.all([
      database.zones.orderBy('sort').toArray(),
      database.experiences.toArray(),
    ]);
    const counts = new Map<string, number>();
    for (const experience of restoreRows(experienceSchema, experiences, 'experiences')) {
      counts.set(experience.zoneId, (counts.get(experience.zoneId) ?? 0) + 1);
    }
    return restoreRows(zoneSchema, zones, 'zones').map((zone) => ({
      zone,
      experienceCount: counts.get(zone.id) ?? 0,
    }));
  });
}

export function useHandsetCount(): number | undefined {
  return useLiveQuery(() => database.handsets.count());
}
