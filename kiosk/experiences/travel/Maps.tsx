import { useState } from 'react';
import { localText } from '../../i18n/messages';
import { useLanguage, useT } from '../../i18n/useT';
import { contentOf } from '../shell/contentOf';
import { PhoneFrame } from '../shell/PhoneFrame';
import { SimIcon } from '../shell/SimIcon';
import { NoContent, SimNotes } from '../shell/SimNotes';
import type { SimulationProps } from '../shell/simulations';
import { CityMap } from './CityMap';
import { pointAlong, stepAt } from './routeGeometry';
import { useProgress } from './useProgress';
import './travel.css';

/** Real minutes squeezed into a demo the customer can watch. */
const demoMsPerMinute = 900;
/** The navigation view: a phone-shaped window that follows the traveller. */
const followWidth = 420;
const followHeight = 640;

/** Maps and navigation: pick a destination, watch the route drawn and followed turn by turn. */
export default function Maps({ experience }: SimulationProps) {
  const t = useT();
  const language = useLanguage();
  const map = contentOf(experience, 'maps');
  const [routeId, setRouteId] = useState<string | null>(null);
  /** How many times navigation was started on this route: a new start replays it. */
  const [runs, setRuns] = useState(0);
  const navigating = runs > 0;
  const route = map?.routes.find((r) => r.id === routeId) ?? null;
  const progress = useProgress(
    navigating && route !== null,
    (route?.minutes ?? 10) * demoMsPerMinute,
    `${routeId}-${runs}`,
  );
  if (!map) return <NoContent message={t('experience.noContent')} />;

  const placeName = (id: string) => {
    const place = map.places.find((p) => p.id === id);
    return place ? localText(place.name, language) : id;
  };
  const position = route ? pointAlong(route.points, navigating ? progress : 0) : null;
  const arrived = navigating && progress >= 1;
  const step =
    route && position
      ? stepAt(route.points.length - 1, route.steps.length, position.leg, arrived)
      : 0;
  const view =
    navigating && position
      ? {
          x: position.at[0] - followWidth / 2,
          y: position.at[1] - followHeight / 2,
          width: followWidth,
          height: followHeight,
        }
      : { x: 0, y: 0, width: map.width, height: map.height };
  const minutesLeft = route ? Math.ceil(route.minutes * (1 - (navigating ? progress : 0))) : 0;

  return (
    <div className="sim sim--split">
      <PhoneFrame app={null} className="nav">
        <div className="nav__map">
          <CityMap
            map={map}
            route={route}
            travelled={navigating ? progress : 0}
            at={navigating && position ? position.at : null}
            view={view}
            language={language}
          />
        </div>
        <div className="nav__banner" role="status">
          {route ? (
            <>
              <SimIcon name="target" />
              <span>
                {navigating
                  ? localText(route.steps[step]!, language)
                  : t('maps.preview', { to: placeName(route.to) })}
              </span>
            </>
          ) : (
            <span>{localText(map.city, language)}</span>
          )}
        </div>
        {route && (
          <div className="nav__eta">
            {arrived
              ? t('maps.arrived', { to: placeName(route.to) })
              : t('maps.eta', { minutes: minutesLeft, km: route.km })}
          </div>
        )}
      </PhoneFrame>
      <SimNotes title={t('maps.notesTitle')}>
        <p className="sim-lead">{t('maps.lead', { city: localText(map.city, language) })}</p>
        <div className="sim-choices" role="radiogroup" aria-label={t('maps.destinations')}>
          {map.routes.map((r) => (
            <button
              key={r.id}
              type="button"
              role="radio"
              aria-checked={r.id === routeId}
              className="sim-choice"
              onClick={() => {
                setRouteId(r.id);
                setRuns(0);
              }}
            >
              <strong>{placeName(r.to)}</strong>
              <small>{t('maps.routeFacts', { minutes: r.minutes, km: r.km })}</small>
            </button>
          ))}
        </div>
        <button
          type="button"
          className="button button--primary button--large sim-go"
          disabled={!route}
          onClick={() => setRuns((n) => n + 1)}
        >
          {navigating ? t('maps.restart') : t('maps.start')}
        </button>
        {route && (
          <ol className="nav__steps">
            {route.steps.map((s, i) => (
              <li key={s.zh} aria-current={navigating && i === step ? 'step' : undefined}>
                {localText(s, language)}
              </li>
            ))}
          </ol>
        )}
      </SimNotes>
    </div>
  );
}
