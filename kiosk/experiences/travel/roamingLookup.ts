import type { ContentOf } from '../../../shared';

export type Destination = ContentOf<'roaming'>['destinations'][number];
export type Region = Destination['region'];

/**
 * Destinations whose Chinese or English name (any word's start) or country code matches what
 * the customer typed, within a region if one is chosen; in the published order.
 */
export function findDestinations(
  destinations: readonly Destination[],
  query: string,
  region: Region | null,
): Destination[] {
  const wanted = query.trim().toLowerCase();
  return destinations.filter((destination) => {
    if (region !== null && destination.region !== region) return false;
    if (!wanted) return true;
    if (destination.name.zh.includes(wanted)) return true;
    if (destination.code.toLowerCase() === wanted) return true;
    const english = destination.name.en.toLowerCase();
    return english.startsWith(wanted) || english.split(/[\s-]+/).some((w) => w.startsWith(wanted));
  });
}

/** What a typical week abroad costs on these rates: calls home, local calls, texts and data. */
export function typicalWeekFen(destination: Destination): number {
  return (
    30 * destination.callHomeFen +
    20 * destination.callLocalFen +
    30 * destination.answerFen +
    20 * destination.smsFen +
    50 * destination.dataPerMbFen
  );
}
