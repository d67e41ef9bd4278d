import { useEffect, useState } from 'react';
import { Icon } from '../../app/Icon';
import { localText } from '../../i18n/messages';
import { useLanguage, useT } from '../../i18n/useT';
import { contentOf } from '../shell/contentOf';
import { LiveVideo } from '../shell/LiveVideo';
import { PhoneFrame } from '../shell/PhoneFrame';
import { SimIcon } from '../shell/SimIcon';
import { SimFacts, SimNotes } from '../shell/SimNotes';
import type { SimulationProps } from '../shell/simulations';
import { useCamera } from '../shell/useCamera';
import './business.css';

type Phase = 'ringing' | 'connected' | 'ended';
const ringMs = 2_200;

function formatSeconds(total: number): string {
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/**
 * A 3G video call: the recorded peer (the experience's clip) fills the phone, the customer's
 * own face (the kiosk's front camera, if it has one and may use it) sits in the corner.
 */
export default function VideoCall({ experience }: SimulationProps) {
  const t = useT();
  const language = useLanguage();
  const content = contentOf(experience, 'video-call');
  const [phase, setPhase] = useState<Phase>('ringing');
  const [seconds, setSeconds] = useState(0);
  const [muted, setMuted] = useState(false);
  const [cameraOn, setCameraOn] = useState(true);
  const camera = useCamera(phase !== 'ended' && cameraOn);
  const peerName = content ? localText(content.peer.name, language) : t('call.peer');

  useEffect(() => {
    if (phase !== 'ringing') return undefined;
    const timer = window.setTimeout(() => setPhase('connected'), ringMs);
    return () => window.clearTimeout(timer);
  }, [phase]);

  useEffect(() => {
    if (phase !== 'connected') return undefined;
    const timer = window.setInterval(() => setSeconds((s) => s + 1), 1_000);
    return () => window.clearInterval(timer);
  }, [phase]);

  const cameraNote = {
    off: t('call.camera.off'),
    starting: t('call.camera.starting'),
    live: t('call.camera.live'),
    denied: t('call.camera.denied'),
    absent: t('call.camera.absent'),
  }[camera.status];

  return (
    <div className="sim sim--split">
      <PhoneFrame app={null} dark className="call">
        <div className="call__peer">
          {experience.media && phase !== 'ended' ? (
            <video
              className="call__peer-video"
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
            <span className="call__avatar" aria-hidden="true">
              {peerName.slice(0, 1)}
            </span>
          )}
          {phase === 'ringing' && <div className="call__ringing" aria-hidden="true" />}
        </div>
        <div className="call__top">
          <strong className="call__name">{peerName}</strong>
          <span className="call__state" role="status">
            {phase === 'ringing' && t('call.ringing')}
            {phase === 'connected' && formatSeconds(seconds)}
            {phase === 'ended' && t('call.ended', { time: formatSeconds(seconds) })}
          </span>
        </div>
        {phase !== 'ended' && (
          <div className="call__self" aria-label={t('call.self')} role="img">
            {camera.stream && camera.status === 'live' ? (
              <LiveVideo stream={camera.stream} className="call__self-video" />
            ) : (
              <span className="call__self-empty">
                <svg viewBox="0 0 40 40" aria-hidden="true" className="call__silhouette">
                  <circle cx="20" cy="15" r="8" />
                  <path d="M5 40c1-9 7-14 15-14s14 5 15 14z" />
                </svg>
                {!cameraOn
                  ? t('call.cameraOff')
                  : camera.status === 'denied'
                    ? t('call.cameraNotAllowed')
                    : t('call.noCamera')}
              </span>
            )}
          </div>
        )}
        <div className="call__controls">
          {phase === 'ended' ? (
            <button
              type="button"
              className="call__button call__button--answer"
              onClick={() => {
                setSeconds(0);
                setPhase('ringing');
              }}
            >
              <Icon name="phone" />
              <span>{t('call.again')}</span>
            </button>
          ) : (
            <>
              <button
                type="button"
                className="call__button"
                aria-pressed={muted}
                onClick={() => setMuted((m) => !m)}
              >
                <SimIcon name={muted ? 'micOff' : 'mic'} />
                <span>{t('call.mute')}</span>
              </button>
              <button
                type="button"
                className="call__button"
                aria-pressed={!cameraOn}
                onClick={() => setCameraOn((on) => !on)}
              >
                <SimIcon name="camera" />
                <span>{t('call.cameraToggle')}</span>
              </button>
              <button
                type="button"
                className="call__button call__button--hangup"
                onClick={() => setPhase('ended')}
              >
                <SimIcon name="hangUp" />
                <span>{t('call.hangUp')}</span>
              </button>
            </>
          )}
        </div>
      </PhoneFrame>
      <SimNotes title={t('call.notesTitle')}>
        <SimFacts
          facts={[
            [
              t('call.fact.with'),
              content ? `${peerName} · ${localText(content.peer.place, language)}` : peerName,
            ],
            [
              t('call.fact.network'),
              t('call.fact.networkValue', { kbps: content?.bitrateKbps ?? 384 }),
            ],
            [t('call.fact.camera'), cameraNote],
          ]}
        />
        {content && content.tips.length > 0 && (
          <ul className="sim-tips">
            {content.tips.map((tip) => (
              <li key={tip.zh}>{localText(tip, language)}</li>
            ))}
          </ul>
        )}
      </SimNotes>
    </div>
  );
}
