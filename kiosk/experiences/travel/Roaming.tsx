import { useState } from 'react';
import { formatFen, roamingRegions } from '../../../shared';
import { localText } from '../../i18n/messages';
import { useLanguage, useT } from '../../i18n/useT';
import { contentOf } from '../shell/contentOf';
import { PhoneFrame } from '../shell/PhoneFrame';
import { NoContent, SimNotes } from '../shell/SimNotes';
import type { SimulationProps } from '../shell/simulations';
import { findDestinations, typicalWeekFen, type Region } from './roamingLookup';
import './travel.css';

const regionKey = {
  asia: 'roaming.region.asia',
  europe: 'roaming.region.europe',
  americas: 'roaming.region.americas',
  oceania: 'roaming.region.oceania',
  africa: 'roaming.region.africa',
} as const;

/** A flag-like badge drawn from the country code: no images, no third-party artwork. */
function CodeBadge({ code }: { code: string }) {
  const hue = ((code.charCodeAt(0) * 37 + code.charCodeAt(1) * 11) % 360).toFixed(0);
  return (
    <span
      className="roaming__badge"
      style={{ background: `hsl(${hue} 60% 42%)` }}
      aria-hidden="true"
    >
      {code}
    </span>
  );
}

/** Roaming rates by destination, from the published price list: search, pick, read the card. */
export default function Roaming({ experience }: SimulationProps) {
  const t = useT();
  const language = useLanguage();
  const content = contentOf(experience, 'roaming');
  const [query, setQuery] = useState('');
  const [region, setRegion] = useState<Region | null>(null);
  const [code, setCode] = useState<string | null>(null);
  if (!content) return <NoContent message={t('experience.noContent')} />;

  const found = findDestinations(content.destinations, query, region);
  const chosen =
    content.destinations.find((d) => d.code === code) ?? found[0] ?? content.destinations[0]!;
  const price = (fen: number) => formatFen(fen, language);
  const rates: [string, string][] = [
    [t('roaming.callLocal'), t('roaming.perMinute', { price: price(chosen.callLocalFen) })],
    [t('roaming.callHome'), t('roaming.perMinute', { price: price(chosen.callHomeFen) })],
    [t('roaming.answer'), t('roaming.perMinute', { price: price(chosen.answerFen) })],
    [t('roaming.sms'), t('roaming.perText', { price: price(chosen.smsFen) })],
    [t('roaming.data'), t('roaming.perMb', { price: price(chosen.dataPerMbFen) })],
  ];

  return (
    <div className="sim sim--split">
      <PhoneFrame app={t('roaming.app')}>
        <article className="roaming__card" aria-label={localText(chosen.name, language)}>
          <header className="roaming__head">
            <CodeBadge code={chosen.code} />
            <div>
              <h2>{localText(chosen.name, language)}</h2>
              <p>{t('roaming.partner', { partner: chosen.partner })}</p>
            </div>
          </header>
          <dl className="roaming__rates">
            {rates.map(([label, value]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          <p className={chosen.videoCall ? 'roaming__video roaming__video--yes' : 'roaming__video'}>
            {chosen.videoCall ? t('roaming.videoYes') : t('roaming.videoNo')}
          </p>
          <p className="roaming__week">
            {t('roaming.week', { price: price(typicalWeekFen(chosen)) })}
            <small>{t('roaming.weekHow')}</small>
          </p>
        </article>
      </PhoneFrame>
      <SimNotes title={t('roaming.notesTitle')}>
        <label className="sim-search">
          <span className="sim-label">{t('roaming.search')}</span>
          <input
            type="search"
            className="field__input"
            value={query}
            placeholder={t('roaming.searchHint')}
            onChange={(event) => setQuery(event.target.value)}
          />
        </label>
        <div className="sim-choices" role="group" aria-label={t('roaming.regions')}>
          <button
            type="button"
            className="sim-choice sim-choice--small"
            aria-pressed={region === null}
            onClick={() => setRegion(null)}
          >
            {t('roaming.region.all')}
          </button>
          {roamingRegions.map((r) => (
            <button
              key={r}
              type="button"
              className="sim-choice sim-choice--small"
              aria-pressed={region === r}
              onClick={() => setRegion(r)}
            >
              {t(regionKey[r])}
            </button>
          ))}
        </div>
        <div className="roaming__results" role="radiogroup" aria-label={t('roaming.destinations')}>
          {found.map((destination) => (
            <button
              key={destination.code}
              type="button"
              role="radio"
              aria-checked={destination.code === chosen.code}
              className="roaming__result"
              onClick={() => setCode(destination.code)}
            >
              <CodeBadge code={destination.code} />
              {localText(destination.name, language)}
            </button>
          ))}
          {found.length === 0 && <p className="sim-empty">{t('roaming.none')}</p>}
        </div>
      </SimNotes>
    </div>
  );
}
