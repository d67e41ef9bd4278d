import { useLiveQuery } from 'dexie-react-hooks';
import { experienceSchema, zoneSchema } from '../../shared';
import { database } from '../app/database';
import { restoreRows } from '../restore';
import { houseReel } from '../sync/mediaCache';

/**
 * The published clips in zone and experience order; the kiosk's own reel until HQ publishes
 * experiences with media.
 */
export function usePlaylist(): string[] | undefined {
  return useLiveQuery(async () => {
    const [zones, experiences] = await Promise.all([
      database.zones.toArray(),
      database.experiences.toArray(),
    ]);
    const zoneOrder = new Map(
      restoreRows(zoneSchema, zones, 'zones').map((zone) => [zone.id, zone.sort]),
    );
    const published = restoreRows(experienceSchema, experiences, 'experiences')
      .filter((experience) => experience.media !== null)
      .sort(
        (a, b) =>
          (zoneOrder.get(a.zoneId) ?? 0) - (zoneOrder.get(b.zoneId) ?? 0) || a.sort - b.sort,
      )
      .map((experience) => experience.media as string);
    const distinct = [...new Set(published)];
    return distinct.length > 0 ? distinct : houseReel;
  });
}
