import type { Experience } from '../../shared';
import { Icon } from '../app/Icon';
import { localText } from '../i18n/messages';
import { useLanguage, useT } from '../i18n/useT';
import { useSessionSend } from '../session/SessionContext';
import { ExperienceIcon } from './ExperienceIcon';

/** A simple preview card; the rich, interactive experiences come with issue #3. */
export function ExperiencePreview({
  experience,
  accent,
}: {
  experience: Experience;
  accent: string;
}) {
  const t = useT();
  const language = useLanguage();
  const send = useSessionSend();
  const title = localText(experience.title, language);
  return (
    <div className="sheet-backdrop" onClick={() => send({ type: 'experience.closed' })}>
      <div
        className="sheet experience-preview"
        role="dialog"
        aria-modal="true"
        aria-label={title}
        style={{ '--accent': accent } as React.CSSProperties}
        onClick={(event) => event.stopPropagation()}
      >
        <div className="experience-preview__stage">
          {experience.media ? (
            <video
              className="experience-preview__video"
              src={experience.media}
              muted
              autoPlay
              loop
              playsInline
              preload="metadata"
              crossOrigin="anonymous"
              aria-hidden="true"
            />
          ) : (
            <span className="experience-preview__glyph">
              <ExperienceIcon kind={experience.kind} />
            </span>
          )}
        </div>
        <div className="experience-preview__body">
          <h2>{title}</h2>
          <p className="experience-preview__summary">{localText(experience.summary, language)}</p>
          <p className="experience-preview__soon">{t('preview.soon')}</p>
          <div className="experience-preview__actions">
            <button
              type="button"
              className="button button--primary button--large"
              onClick={() => send({ type: 'handsets.browsed' })}
            >
              <Icon name="phone" />
              {t('preview.handsets')}
            </button>
            <button
              type="button"
              className="button button--secondary button--large"
              onClick={() => send({ type: 'experience.closed' })}
            >
              {t('preview.close')}
            </button>
          </div>
        </div>
      </div>
    </div>
  );
}
