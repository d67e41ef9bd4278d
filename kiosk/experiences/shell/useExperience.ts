import { useLiveQuery } from 'dexie-react-hooks';
import { experienceSchema, zoneSchema, type Experience, type Zone } from '../../../shared';
import { database } from '../../app/database';
import { restoreRow } from '../../restore';

export interface ExperienceInZone {
  zone: Zone | null;
  experience: Experience | null;
}

/** The experience on screen and its zone, live: a publish while it is open shows at once. */
export function useExperience(
  zoneId: string | null,
  experienceId: string | null,
): ExperienceInZone | undefined {
  return useLiveQuery(async () => {
    const [zone, experience] = await Promise.all([
      zoneId ? database.zones.get(zoneId) : undefined,
      experienceId ? database.experiences.get(experienceId) : undefined,
    ]);
    return {
      zone: restoreRow(zoneSchema, zone, 'zones'),
      experience: restoreRow(experienceSchema, experience, 'experiences'),
    };
  }, [zoneId, experienceId]);
}
