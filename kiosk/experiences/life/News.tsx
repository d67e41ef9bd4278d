import { useState } from 'react';
import { localText } from '../../i18n/messages';
import { useLanguage, useT } from '../../i18n/useT';
import { contentOf } from '../shell/contentOf';
import { PhoneFrame } from '../shell/PhoneFrame';
import { NoContent, SimNotes } from '../shell/SimNotes';
import type { SimulationProps } from '../shell/simulations';
import './life.css';

/** The mobile newspaper: today's published edition, story by story. */
export default function News({ experience }: SimulationProps) {
  const t = useT();
  const language = useLanguage();
  const content = contentOf(experience, 'news');
  const [openId, setOpenId] = useState<string | null>(null);
  if (!content) return <NoContent message={t('experience.noContent')} />;
  const story = content.stories.find((s) => s.id === openId) ?? null;
  const [lead, ...rest] = content.stories;

  return (
    <div className="sim sim--split">
      <PhoneFrame app={t('news.app')}>
        <div className="news">
          <p className="news__edition">{localText(content.edition, language)}</p>
          {story ? (
            <article className="news__article" aria-label={localText(story.title, language)}>
              <span className="news__category">{localText(story.category, language)}</span>
              <h2>{localText(story.title, language)}</h2>
              <p className="news__time">{story.time}</p>
              {story.body.map((paragraph) => (
                <p key={paragraph.zh}>{localText(paragraph, language)}</p>
              ))}
              <button type="button" className="news__back" onClick={() => setOpenId(null)}>
                {t('news.back')}
              </button>
            </article>
          ) : (
            <ul className="news__list">
              {[lead, ...rest]
                .filter((s) => s !== undefined)
                .map((s, i) => (
                  <li key={s.id}>
                    <button
                      type="button"
                      className={i === 0 ? 'news__item news__item--lead' : 'news__item'}
                      onClick={() => setOpenId(s.id)}
                    >
                      <span className="news__category">{localText(s.category, language)}</span>
                      <span className="news__title">{localText(s.title, language)}</span>
                      <span className="news__time">{s.time}</span>
                    </button>
                  </li>
                ))}
            </ul>
          )}
        </div>
      </PhoneFrame>
      <SimNotes title={t('news.notesTitle')}>
        <p className="sim-lead">{t('news.lead')}</p>
        <ul className="sim-tips">
          <li>{t('news.tip.editions')}</li>
          <li>{t('news.tip.offline')}</li>
        </ul>
      </SimNotes>
    </div>
  );
}
