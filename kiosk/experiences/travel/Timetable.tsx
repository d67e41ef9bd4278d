import { useState } from 'react';
import { formatFen } from '../../../shared';
import { localText } from '../../i18n/messages';
import { useLanguage, useT } from '../../i18n/useT';
import { contentOf } from '../shell/contentOf';
import { PhoneFrame } from '../shell/PhoneFrame';
import { SimIcon } from '../shell/SimIcon';
import { NoContent, SimNotes } from '../shell/SimNotes';
import type { SimulationProps } from '../shell/simulations';
import { searchTrips, tripMinutes, type TripMode, type TripQuery } from './timetableSearch';
import './travel.css';

const modes = ['any', 'train', 'flight'] as const;
const modeKey = {
  any: 'trips.mode.any',
  train: 'trips.mode.train',
  flight: 'trips.mode.flight',
} as const;

/** Train and flight look-up: choose two cities, read the published timetable on the phone. */
export default function Timetable({ experience }: SimulationProps) {
  const t = useT();
  const language = useLanguage();
  const content = contentOf(experience, 'timetable');
  const firstTrip = content?.trips[0];
  const [query, setQuery] = useState<TripQuery>({
    from: firstTrip?.from ?? null,
    to: firstTrip?.to ?? null,
    mode: 'any',
  });
  if (!content) return <NoContent message={t('experience.noContent')} />;

  const cityName = (id: string | null) => {
    const city = content.cities.find((c) => c.id === id);
    return city ? localText(city.name, language) : t('trips.anyCity');
  };
  const found = searchTrips(content.trips, query);
  const duration = (minutes: number) =>
    t('trips.duration', { hours: Math.floor(minutes / 60), minutes: minutes % 60 });

  const cityChoices = (which: 'from' | 'to', label: string) => (
    <div className="sim-choices sim-choices--cities" role="radiogroup" aria-label={label}>
      {which === 'to' && (
        <button
          type="button"
          role="radio"
          aria-checked={query.to === null}
          className="sim-choice sim-choice--small"
          onClick={() => setQuery({ ...query, to: null })}
        >
          {t('trips.anyCity')}
        </button>
      )}
      {content.cities.map((city) => (
        <button
          key={city.id}
          type="button"
          role="radio"
          aria-checked={query[which] === city.id}
          className="sim-choice sim-choice--small"
          onClick={() => setQuery({ ...query, [which]: city.id })}
        >
          {localText(city.name, language)}
        </button>
      ))}
    </div>
  );

  return (
    <div className="sim sim--split">
      <PhoneFrame app={t('trips.app')}>
        <div className="trips">
          <div className="trips__route">
            <span>{cityName(query.from)}</span>
            <button
              type="button"
              className="trips__swap"
              aria-label={t('trips.swap')}
              disabled={query.to === null}
              onClick={() => setQuery({ ...query, from: query.to, to: query.from })}
            >
              <SimIcon name="swap" />
            </button>
            <span>{cityName(query.to)}</span>
          </div>
          <div className="trips__modes" role="radiogroup" aria-label={t('trips.modes')}>
            {modes.map((mode) => (
              <button
                key={mode}
                type="button"
                role="radio"
                aria-checked={query.mode === mode}
                className="trips__mode"
                onClick={() => setQuery({ ...query, mode: mode as TripMode | 'any' })}
              >
                {t(modeKey[mode])}
              </button>
            ))}
          </div>
          <p className="trips__count" role="status">
            {t('trips.found', { count: found.length })}
          </p>
          <ul className="trips__list" aria-label={t('trips.results')}>
            {found.map((trip) => (
              <li key={`${trip.code}-${trip.departs}`} className={`trip trip--${trip.mode}`}>
                <span className="trip__code">
                  {trip.code}
                  <small>{localText(trip.carrier, language)}</small>
                </span>
                <span className="trip__times">
                  <strong>{trip.departs}</strong>
                  <span className="trip__line">{duration(tripMinutes(trip))}</span>
                  <strong>
                    {trip.arrives}
                    {trip.days > 0 && <sup>+{trip.days}</sup>}
                  </strong>
                </span>
                <span className="trip__cities">
                  {cityName(trip.from)} → {cityName(trip.to)}
                </span>
                <span className="trip__price">{formatFen(trip.priceFen, language)}</span>
              </li>
            ))}
          </ul>
          {found.length === 0 && <p className="trips__none">{t('trips.none')}</p>}
        </div>
      </PhoneFrame>
      <SimNotes title={t('trips.notesTitle')}>
        <h3 className="sim-label">{t('trips.from')}</h3>
        {cityChoices('from', t('trips.from'))}
        <h3 className="sim-label">{t('trips.to')}</h3>
        {cityChoices('to', t('trips.to'))}
      </SimNotes>
    </div>
  );
}
