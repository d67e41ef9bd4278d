import { useLiveQuery } from 'dexie-react-hooks';
import { experienceSchema, zoneSchema, type Experience, type Zone } from '../../shared';
import { database } from '../app/database';
import { restoreRow, restoreRows } from '../restore';

export interface ZoneWithExperiences {
  zone: Zone | null;
  experiences: Experience[];
}

export function useZone(zoneId: string | null): ZoneWithExperiences | undefined {
  return useLiveQuery(async () => {
    if (!zoneId) return { zone: null, experiences: [] };
    const [zone, experiences] = await Promise.all([
      database.zones.get(zoneId),
      database.experiences.where('zoneId').equals(zoneId).sortBy('sort'),
    ]);
    return {
      zone: restoreRow(zoneSchema, zone, 'zones'),
      experiences: restoreRows(experienceSchema, experiences, 'experiences'),
    };
  }, [zoneId]);
}
