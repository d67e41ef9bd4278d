import { Icon } from '../app/Icon';
import { ZoneArt } from '../home/ZoneArt';
import { localText } from '../i18n/messages';
import { useLanguage, useT } from '../i18n/useT';
import { useSessionSelector, useSessionSend } from '../session/SessionContext';
import { ExperienceIcon } from './ExperienceIcon';
import { ZoneBackdrop } from './ZoneBackdrop';
import { useZone } from './useZone';
import './zone.css';

/** A zone as a scene of its own: its scenery, its experiences, and its handsets. */
export function ZoneScreen() {
  const t = useT();
  const language = useLanguage();
  const send = useSessionSend();
  const zoneId = useSessionSelector((snapshot) => snapshot.context.zoneId);
  const loaded = useZone(zoneId);
  if (!loaded?.zone) return null;
  const { zone, experiences } = loaded;

  return (
    <div
      className={`page zone zone--${zone.key}`}
      style={{ '--accent': zone.accent } as React.CSSProperties}
    >
      <header className="zone__hero">
        <ZoneBackdrop zoneKey={zone.key} />
        <div className="zone__hero-text">
          <h1>{localText(zone.name, language)}</h1>
          <p>{localText(zone.tagline, language)}</p>
          <span className="zone__hero-count">{t('zone.kinds', { count: experiences.length })}</span>
        </div>
        <ZoneArt zoneKey={zone.key} />
      </header>

      <h2 className="section-title">{t('zone.experiences')}</h2>
      {experiences.length === 0 && <p className="zone__empty">{t('zone.empty')}</p>}
      <div className="zone__experiences">
        {experiences.map((experience, index) => (
          <button
            key={experience.id}
            type="button"
            className="experience-card"
            style={{ '--i': index } as React.CSSProperties}
            aria-label={localText(experience.title, language)}
            onClick={() => send({ type: 'experience.opened', experienceId: experience.id })}
          >
            <span className="experience-card__icon">
              <ExperienceIcon kind={experience.kind} />
            </span>
            <span className="experience-card__title">{localText(experience.title, language)}</span>
            <span className="experience-card__summary">
              {localText(experience.summary, language)}
            </span>
            <span className="experience-card__try" aria-hidden="true">
              {t('zone.try')}
              <Icon name="arrow" />
            </span>
          </button>
        ))}
      </div>

      <button
        type="button"
        className="zone__handsets"
        onClick={() => send({ type: 'handsets.browsed' })}
      >
        <span className="zone__handsets-icon" aria-hidden="true">
          <Icon name="phone" />
        </span>
        <span className="zone__handsets-text">
          <span className="zone__handsets-title">{t('zone.browseHandsets')}</span>
          <span className="zone__handsets-hint">{t('zone.browseHandsetsHint')}</span>
        </span>
        <Icon name="arrow" />
      </button>
    </div>
  );
}
