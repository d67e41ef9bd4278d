import type { ContentOf } from '../../../shared';

type Timetable = ContentOf<'timetable'>;
export type Trip = Timetable['trips'][number];
export type TripMode = Trip['mode'];

export interface TripQuery {
  from: string | null;
  to: string | null;
  mode: TripMode | 'any';
}

function minutesOf(clock: string): number {
  const [hours, minutes] = clock.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

/** How long a trip takes, in minutes, across midnight when it arrives a later day. */
export function tripMinutes(trip: Trip): number {
  return minutesOf(trip.arrives) + trip.days * 24 * 60 - minutesOf(trip.departs);
}

/** Trips matching the cities (either may be left open) and mode, earliest departure first. */
export function searchTrips(trips: readonly Trip[], query: TripQuery): Trip[] {
  return trips
    .filter(
      (trip) =>
        (query.from === null || trip.from === query.from) &&
        (query.to === null || trip.to === query.to) &&
        (query.mode === 'any' || trip.mode === query.mode),
    )
    .sort(
      (a, b) =>
        minutesOf(a.departs) - minutesOf(b.departs) ||
        tripMinutes(a) - tripMinutes(b) ||
        a.code.localeCompare(b.code),
    );
}

/** Cities the published timetable can take you to from `from` (all destinations when null). */
export function destinationsFrom(trips: readonly Trip[], from: string | null): Set<string> {
  return new Set(trips.filter((trip) => from === null || trip.from === from).map((t) => t.to));
}
