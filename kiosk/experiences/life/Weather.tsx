import { useState } from 'react';
import { localText } from '../../i18n/messages';
import { useLanguage, useT } from '../../i18n/useT';
import { contentOf } from '../shell/contentOf';
import { PhoneFrame } from '../shell/PhoneFrame';
import { NoContent, SimNotes } from '../shell/SimNotes';
import type { SimulationProps } from '../shell/simulations';
import { WeatherIcon } from './WeatherIcon';
import './life.css';

const conditionKey = {
  sunny: 'weather.sunny',
  cloudy: 'weather.cloudy',
  overcast: 'weather.overcast',
  rain: 'weather.rain',
  storm: 'weather.storm',
  snow: 'weather.snow',
  fog: 'weather.fog',
} as const;

/** The published forecast city by city: now, and the days ahead with their range. */
export default function Weather({ experience }: SimulationProps) {
  const t = useT();
  const language = useLanguage();
  const content = contentOf(experience, 'weather');
  const [cityId, setCityId] = useState<string | null>(null);
  if (!content) return <NoContent message={t('experience.noContent')} />;
  const city = content.cities.find((c) => c.id === cityId) ?? content.cities[0]!;
  const lowest = Math.min(...city.days.map((d) => d.lowC));
  const highest = Math.max(...city.days.map((d) => d.highC));
  const span = Math.max(1, highest - lowest);

  return (
    <div className="sim sim--split">
      <PhoneFrame app={null} className={`weather weather--${city.condition}`}>
        <div className="weather__now">
          <h2 className="weather__city">{localText(city.name, language)}</h2>
          <WeatherIcon condition={city.condition} className="weather__big-icon" />
          <p className="weather__temp">{city.tempC}°</p>
          <p className="weather__condition">{t(conditionKey[city.condition])}</p>
          <dl className="weather__facts">
            <div>
              <dt>{t('weather.humidity')}</dt>
              <dd>{city.humidityPct}%</dd>
            </div>
            <div>
              <dt>{t('weather.wind')}</dt>
              <dd>{localText(city.wind, language)}</dd>
            </div>
            <div>
              <dt>{t('weather.air')}</dt>
              <dd>{city.airQuality}</dd>
            </div>
          </dl>
        </div>
        <ul className="weather__days" aria-label={t('weather.forecast')}>
          {city.days.map((day) => (
            <li key={day.label.zh}>
              <span className="weather__day">{localText(day.label, language)}</span>
              <WeatherIcon condition={day.condition} className="weather__small-icon" />
              <span className="weather__low">{day.lowC}°</span>
              <span className="weather__range" aria-hidden="true">
                <i
                  style={{
                    left: `${((day.lowC - lowest) / span) * 100}%`,
                    right: `${((highest - day.highC) / span) * 100}%`,
                  }}
                />
              </span>
              <span className="weather__high">{day.highC}°</span>
            </li>
          ))}
        </ul>
        <p className="weather__issued">{t('weather.issued', { time: content.issuedAt })}</p>
      </PhoneFrame>
      <SimNotes title={t('weather.notesTitle')}>
        <div
          className="sim-choices sim-choices--cities"
          role="radiogroup"
          aria-label={t('weather.cities')}
        >
          {content.cities.map((c) => (
            <button
              key={c.id}
              type="button"
              role="radio"
              aria-checked={c.id === city.id}
              className="sim-choice sim-choice--small"
              onClick={() => setCityId(c.id)}
            >
              {localText(c.name, language)} {c.tempC}°
            </button>
          ))}
        </div>
        <p className="sim-lead">{t('weather.lead')}</p>
      </SimNotes>
    </div>
  );
}
