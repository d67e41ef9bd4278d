import { Icon } from '../app/Icon';
import { localText } from '../i18n/messages';
import { useLanguage, useT } from '../i18n/useT';
import { useSessionSend } from '../session/SessionContext';
import { useHandsetCount, useZoneSummaries } from './useZones';
import { ZoneArt } from './ZoneArt';
import './home.css';

/** The five zones as large scenes, and the way into the full handset catalogue. */
export function HomeScreen() {
  const t = useT();
  const language = useLanguage();
  const send = useSessionSend();
  const zones = useZoneSummaries();
  const handsetCount = useHandsetCount() ?? 0;

  return (
    <div className="page home">
      <div className="home__intro">
        <h1 className="page__title">{t('home.title')}</h1>
        <p className="page__subtitle">{t('home.subtitle')}</p>
      </div>
      {zones && zones.length === 0 && <p className="home__loading">{t('home.loading')}</p>}
      <div className="home__zones">
        {zones?.map(({ zone, experienceCount, experienceTitles }, index) => (
          <button
            key={zone.id}
            type="button"
            className={index === 0 ? 'zone-scene zone-scene--hero' : 'zone-scene'}
            style={{ '--accent': zone.accent } as React.CSSProperties}
            aria-label={localText(zone.name, language)}
            onClick={() => send({ type: 'zone.chosen', zoneId: zone.id })}
          >
            <ZoneArt zoneKey={zone.key} />
            <span className="zone-scene__text" aria-hidden="true">
              <span className="zone-scene__name">{localText(zone.name, language)}</span>
              <span className="zone-scene__tagline">{localText(zone.tagline, language)}</span>
              {experienceTitles.length > 0 && (
                <span className="zone-scene__list">
                  {experienceTitles.map((title) => localText(title, language)).join(' · ')}
                </span>
              )}
              <span className="zone-scene__count">
                {t('home.experiences', { count: experienceCount })}
                <Icon name="arrow" />
              </span>
            </span>
          </button>
        ))}
      </div>
      <div className="home__entries">
        <button
          type="button"
          className="home__catalogue"
          onClick={() => send({ type: 'handsets.browsed' })}
        >
          <span className="home__catalogue-icon" aria-hidden="true">
            <Icon name="phone" />
          </span>
          <span className="home__catalogue-text">
            <span className="home__catalogue-title">{t('home.browseAll')}</span>
            <span className="home__catalogue-hint">
              {t('home.browseAllHint', { count: handsetCount.toLocaleString() })}
            </span>
          </span>
          <Icon name="arrow" className="home__catalogue-arrow" />
        </button>
        <button
          type="button"
          className="home__catalogue home__bundles"
          onClick={() => send({ type: 'bundles.browsed' })}
        >
          <span className="home__catalogue-icon" aria-hidden="true">
            <Icon name="spark" />
          </span>
          <span className="home__catalogue-text">
            <span className="home__catalogue-title">{t('home.bundles')}</span>
            <span className="home__catalogue-hint">{t('home.bundlesHint')}</span>
          </span>
          <Icon name="arrow" className="home__catalogue-arrow" />
        </button>
      </div>
    </div>
  );
}
