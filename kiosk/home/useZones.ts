import { useLiveQuery } from 'dexie-react-hooks';
import { experienceSchema, zoneSchema, type LocalText, type Zone } from '../../shared';
import { database } from '../app/database';
import { restoreRows } from '../restore';

export interface ZoneSummary {
  zone: Zone;
  experienceCount: number;
  /** The titles of its experiences, in order: the home lists them on the zone's tile. */
  experienceTitles: LocalText[];
}

/** The published zones in their order, each with the experiences it holds. */
export function useZoneSummaries(): ZoneSummary[] | undefined {
  return useLiveQuery(async () => {
    const [zones, experiences] = await Promise.all([
      database.zones.orderBy('sort').toArray(),
      database.experiences.toArray(),
    ]);
    const titles = new Map<string, LocalText[]>();
    const ordered = restoreRows(experienceSchema, experiences, 'experiences').sort(
      (a, b) => a.sort - b.sort,
    );
    for (const experience of ordered) {
      titles.set(experience.zoneId, [...(titles.get(experience.zoneId) ?? []), experience.title]);
    }
    return restoreRows(zoneSchema, zones, 'zones').map((zone) => ({
      zone,
      experienceCount: titles.get(zone.id)?.length ?? 0,
      experienceTitles: titles.get(zone.id) ?? [],
    }));
  });
}

export function useHandsetCount(): number | undefined {
  return useLiveQuery(() => database.handsets.count());
}
