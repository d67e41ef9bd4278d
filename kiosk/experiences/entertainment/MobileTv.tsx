import { useEffect, useRef, useState } from 'react';
import { localText } from '../../i18n/messages';
import { useLanguage, useT } from '../../i18n/useT';
import { contentOf } from '../shell/contentOf';
import { PhoneFrame } from '../shell/PhoneFrame';
import { NoContent, SimFacts, SimNotes } from '../shell/SimNotes';
import type { SimulationProps } from '../shell/simulations';
import { delayedPosition, measuredDelay } from './tvDelay';
import './entertainment.css';

const checkEveryMs = 250;
/** The phone is put back in step when it drifts further than this from the published delay. */
const driftToleranceS = 0.2;

function timecode(seconds: number): string {
  const whole = Math.floor(seconds);
  return `${String(Math.floor(whole / 60)).padStart(2, '0')}:${String(whole % 60).padStart(2, '0')}.${Math.floor((seconds % 1) * 10)}`;
}

/**
 * Mobile TV beside the broadcast: the same programme on the store's TV and on the phone, the
 * phone running the published network delay behind, measured live and shown in seconds.
 */
export default function MobileTv({ experience }: SimulationProps) {
  const t = useT();
  const language = useLanguage();
  const content = contentOf(experience, 'mobile-tv');
  const broadcastRef = useRef<HTMLVideoElement>(null);
  const phoneRef = useRef<HTMLVideoElement>(null);
  const [channelId, setChannelId] = useState(content?.channels[0]?.id ?? null);
  const [times, setTimes] = useState({ broadcast: 0, phone: 0, delay: 0 });
  const delaySeconds = (content?.delayMs ?? 1_500) / 1000;

  useEffect(() => {
    const broadcast = broadcastRef.current;
    const phone = phoneRef.current;
    if (!broadcast || !phone) return undefined;
    void broadcast.play().catch(() => undefined);
    // The phone starts as late as the network makes it.
    const start = window.setTimeout(
      () => void phone.play().catch(() => undefined),
      delaySeconds * 1000,
    );
    const check = window.setInterval(() => {
      const duration = broadcast.duration;
      const started = !phone.paused || phone.currentTime > 0;
      if (started && Number.isFinite(duration) && duration > 0) {
        const behind = measuredDelay(broadcast.currentTime, phone.currentTime, duration);
        if (Math.abs(behind - delaySeconds) > driftToleranceS) {
          phone.currentTime = delayedPosition(broadcast.currentTime, delaySeconds, duration);
        }
      }
      setTimes({
        broadcast: broadcast.currentTime,
        phone: phone.currentTime,
        delay: started
          ? measuredDelay(broadcast.currentTime, phone.currentTime, duration || Infinity)
          : broadcast.currentTime,
      });
    }, checkEveryMs);
    return () => {
      window.clearTimeout(start);
      window.clearInterval(check);
      broadcast.pause();
      phone.pause();
    };
  }, [delaySeconds, channelId]);

  if (!content) return <NoContent message={t('experience.noContent')} />;
  if (!experience.media) return <NoContent message={t('tv.noClip')} />;
  const channel = content.channels.find((c) => c.id === channelId) ?? content.channels[0]!;
  const channelName = localText(channel.name, language);
  const delayText = t('tv.delayValue', { seconds: times.delay.toFixed(1) });

  return (
    <div className="sim tv">
      <div className="tv__pair">
        <figure className="tv__set">
          <div className="tv__screen">
            <video
              ref={broadcastRef}
              key={`broadcast-${channel.id}`}
              src={experience.media}
              muted
              loop
              playsInline
              preload="metadata"
              crossOrigin="anonymous"
              aria-hidden="true"
            />
            <span className="tv__bug">{channelName}</span>
            <span className="tv__timecode">{timecode(times.broadcast)}</span>
          </div>
          <figcaption>{t('tv.broadcast')}</figcaption>
        </figure>
        <div className="tv__meter" role="status" aria-label={t('tv.delay')}>
          <span className="tv__meter-label">{t('tv.delay')}</span>
          <strong className="tv__meter-value">{delayText}</strong>
          <span className="tv__meter-arrow" aria-hidden="true" />
        </div>
        <figure className="tv__phone">
          <PhoneFrame app={null} dark>
            <div className="tv__phone-screen">
              <video
                ref={phoneRef}
                key={`phone-${channel.id}`}
                src={experience.media}
                muted
                loop
                playsInline
                preload="metadata"
                crossOrigin="anonymous"
                aria-hidden="true"
              />
              <span className="tv__bug">{channelName}</span>
              <span className="tv__timecode">{timecode(times.phone)}</span>
            </div>
            <p className="tv__programme">{localText(channel.programme, language)}</p>
          </PhoneFrame>
          <figcaption>{t('tv.onPhone')}</figcaption>
        </figure>
      </div>
      <SimNotes title={t('tv.notesTitle')}>
        <div className="sim-choices" role="radiogroup" aria-label={t('tv.channels')}>
          {content.channels.map((c) => (
            <button
              key={c.id}
              type="button"
              role="radio"
              aria-checked={c.id === channel.id}
              className="sim-choice sim-choice--small"
              onClick={() => setChannelId(c.id)}
            >
              {localText(c.name, language)}
            </button>
          ))}
        </div>
        <SimFacts
          facts={[
            [t('tv.fact.delay'), t('tv.fact.delayValue', { seconds: delaySeconds.toFixed(1) })],
            [t('tv.fact.bitrate'), t('tv.fact.bitrateValue', { kbps: content.bitrateKbps })],
          ]}
        />
      </SimNotes>
    </div>
  );
}
