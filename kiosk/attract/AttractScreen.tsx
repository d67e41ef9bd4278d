import { useState } from 'react';
import { BrandMark } from '../app/BrandMark';
import { LanguageToggle } from '../app/LanguageToggle';
import { localText } from '../i18n/messages';
import { useLanguage, useT } from '../i18n/useT';
import { useSessionSend } from '../session/SessionContext';
import { StatusMark } from '../status/StatusMark';
import { AnimatedPoster } from './AnimatedPoster';
import { AttractPlayer } from './AttractPlayer';
import { usePlaylist } from './usePlaylist';
import './attract.css';

/** The loop that runs while nobody is at the kiosk; any tap starts a session. */
export function AttractScreen({ active }: { active: boolean }) {
  const t = useT();
  const language = useLanguage();
  const send = useSessionSend();
  const playlist = usePlaylist() ?? [];
  const [clipIndex, setClipIndex] = useState<number | null>(null);
  const clip = clipIndex === null ? null : (playlist[clipIndex] ?? null);
  const start = () => send({ type: 'session.started' });
  return (
    <section className="attract" hidden={!active} aria-hidden={!active}>
      <AnimatedPoster />
      {playlist.length > 0 && (
        <AttractPlayer
          playlist={playlist.map((entry) => entry.src)}
          playing={active}
          onClip={setClipIndex}
        />
      )}
      <div className="attract__shade" onClick={start} />
      <header className="attract__top">
        <BrandMark large />
        <div className="attract__tools">
          <StatusMark />
          <LanguageToggle />
        </div>
      </header>
      {clip?.title && (
        <p className="attract__caption" key={clip.src} aria-hidden="true">
          {t('attract.nowShowing', {
            title: localText(clip.title, language),
            zone: clip.zone ? localText(clip.zone, language) : '',
          })}
        </p>
      )}
      <div className="attract__call">
        <h1 className="attract__headline">{t('attract.headline')}</h1>
        <p className="attract__subline">{t('attract.subline')}</p>
        <button type="button" className="attract__start" onClick={start}>
          <span className="attract__start-ring" aria-hidden="true" />
          <span className="attract__start-ring attract__start-ring--late" aria-hidden="true" />
          {t('attract.start')}
        </button>
        <p className="attract__hint">{t('attract.hint')}</p>
      </div>
    </section>
  );
}
