import { useEffect, useMemo, useState } from 'react';
import { localText } from '../../i18n/messages';
import { useLanguage, useT } from '../../i18n/useT';
import { contentOf } from '../shell/contentOf';
import { PhoneFrame } from '../shell/PhoneFrame';
import { SimIcon } from '../shell/SimIcon';
import { NoContent, SimNotes } from '../shell/SimNotes';
import type { SimulationProps } from '../shell/simulations';
import { parseMelody } from './melody';
import { useSynth } from './useSynth';
import './entertainment.css';

function clock(seconds: number): string {
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/** Wireless music: a playlist from the published catalogue, played beat by beat on the kiosk. */
export default function Music({ experience }: SimulationProps) {
  const t = useT();
  const language = useLanguage();
  const content = contentOf(experience, 'music');
  const tracks = content?.tracks ?? [];
  const [index, setIndex] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [beat, setBeat] = useState(0);
  const play = useSynth();
  const track = tracks[index] ?? null;
  const notes = useMemo(() => (track ? parseMelody(track.melody) : []), [track]);
  const beatSeconds = track ? 60 / track.bpm : 0.5;

  useEffect(() => {
    if (!playing || notes.length === 0) return undefined;
    const timer = window.setInterval(() => setBeat((b) => b + 1), beatSeconds * 1000);
    return () => window.clearInterval(timer);
  }, [playing, notes, beatSeconds]);

  useEffect(() => {
    if (!playing) return;
    if (beat >= notes.length) {
      // End of the tune: on to the next one, as a playlist does.
      setIndex((i) => (i + 1) % Math.max(1, tracks.length));
      setBeat(0);
      return;
    }
    const frequency = notes[beat];
    if (frequency) play(frequency, beatSeconds * 0.9);
  }, [beat, playing, notes, beatSeconds, play, tracks.length]);

  if (!content || !track) return <NoContent message={t('experience.noContent')} />;
  const choose = (next: number) => {
    setIndex((next + tracks.length) % tracks.length);
    setBeat(0);
  };
  const title = localText(track.title, language);

  return (
    <div className="sim sim--split">
      <PhoneFrame app={t('music.app')} dark>
        <div className="music" style={{ '--hue': track.hue } as React.CSSProperties}>
          <div
            className={playing ? 'music__disc music__disc--spinning' : 'music__disc'}
            aria-hidden="true"
          >
            <span>{title.slice(0, 1)}</span>
          </div>
          <h2 className="music__title">{title}</h2>
          <p className="music__artist">{localText(track.artist, language)}</p>
          <div className="music__progress" aria-hidden="true">
            <span style={{ width: `${(Math.min(beat, notes.length) / notes.length) * 100}%` }} />
          </div>
          <p className="music__times" aria-hidden="true">
            <span>{clock(beat * beatSeconds)}</span>
            <span>{clock(notes.length * beatSeconds)}</span>
          </p>
          <div className={playing ? 'music__eq music__eq--on' : 'music__eq'} aria-hidden="true">
            {Array.from({ length: 12 }, (_, i) => (
              <i key={i} style={{ animationDelay: `${(i % 5) * -0.17}s` }} />
            ))}
          </div>
          <div className="music__controls">
            <button
              type="button"
              className="music__button"
              aria-label={t('music.previous')}
              onClick={() => choose(index - 1)}
            >
              <SimIcon name="previous" />
            </button>
            <button
              type="button"
              className="music__button music__button--play"
              aria-label={playing ? t('music.pause') : t('music.play')}
              onClick={() => setPlaying((p) => !p)}
            >
              <SimIcon name={playing ? 'pause' : 'play'} />
            </button>
            <button
              type="button"
              className="music__button"
              aria-label={t('music.next')}
              onClick={() => choose(index + 1)}
            >
              <SimIcon name="next" />
            </button>
          </div>
        </div>
      </PhoneFrame>
      <SimNotes title={t('music.notesTitle')}>
        <ol className="music__playlist" aria-label={t('music.playlist')}>
          {tracks.map((item, i) => (
            <li key={item.id}>
              <button
                type="button"
                className="music__track"
                aria-current={i === index ? 'true' : undefined}
                onClick={() => {
                  choose(i);
                  setPlaying(true);
                }}
              >
                <span className="music__track-number">{i + 1}</span>
                <span className="music__track-title">{localText(item.title, language)}</span>
                <span className="music__track-artist">{localText(item.artist, language)}</span>
              </button>
            </li>
          ))}
        </ol>
        <p className="sim-lead">{t('music.lead')}</p>
      </SimNotes>
    </div>
  );
}
