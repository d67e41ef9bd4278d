import { experienceSchema, zoneSchema, type LocalText } from '../../shared';
import { database } from '../app/database';
import { useLastingLiveQuery } from '../app/useLastingLiveQuery';
import { restoreRows } from '../restore';
import { houseReel } from '../sync/mediaCache';

export interface Clip {
  src: string;
  /** The experience and zone it shows, for the caption; null for the kiosk's own reel. */
  title: LocalText | null;
  zone: LocalText | null;
}

/**
 * The published clips in zone and experience order, each once, with what it shows; the
 * kiosk's own reel until HQ publishes experiences with media. A lasting live query: the attract
 * loop stays mounted, hidden, through every session.
 */
export function usePlaylist(): Clip[] | undefined {
  return useLastingLiveQuery(async () => {
    const [zoneRows, experienceRows] = await Promise.all([
      database.zones.toArray(),
      database.experiences.toArray(),
    ]);
    const zones = new Map(
      restoreRows(zoneSchema, zoneRows, 'zones').map((zone) => [zone.id, zone]),
    );
    const published = restoreRows(experienceSchema, experienceRows, 'experiences')
      .filter((experience) => experience.media !== null)
      .sort(
        (a, b) =>
          (zones.get(a.zoneId)?.sort ?? 0) - (zones.get(b.zoneId)?.sort ?? 0) || a.sort - b.sort,
      );
    const clips: Clip[] = [];
    for (const experience of published) {
      const src = experience.media as string;
      if (clips.some((clip) => clip.src === src)) continue;
      clips.push({
        src,
        title: experience.title,
        zone: zones.get(experience.zoneId)?.name ?? null,
      });
    }
    return clips.length > 0 ? clips : houseReel.map((src) => ({ src, title: null, zone: null }));
  });
}
