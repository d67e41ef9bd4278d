import { useEffect, useRef, useState } from 'react';
import { localText } from '../../i18n/messages';
import { useLanguage, useT } from '../../i18n/useT';
import { contentOf } from '../shell/contentOf';
import { LiveVideo } from '../shell/LiveVideo';
import { PhoneFrame } from '../shell/PhoneFrame';
import { SimIcon } from '../shell/SimIcon';
import { NoContent, SimNotes } from '../shell/SimNotes';
import type { SimulationProps } from '../shell/simulations';
import { useCamera } from '../shell/useCamera';
import { SamplePhoto, samplePhotos, type SamplePhotoName } from './SamplePhoto';
import './life.css';

type Shot = { kind: 'camera'; dataUrl: string } | { kind: 'sample'; name: SamplePhotoName };
type Filter = 'none' | 'warm' | 'mono';
const filters: Filter[] = ['none', 'warm', 'mono'];
const filterKey = {
  none: 'photo.filter.none',
  warm: 'photo.filter.warm',
  mono: 'photo.filter.mono',
} as const;
/** A phone photo of the era, compressed for sending. */
const photoKilobytes = 120;

/** Takes the current frame of the camera as a JPEG kept in memory (never stored or sent). */
function snapshot(video: HTMLVideoElement): string | null {
  const canvas = document.createElement('canvas');
  canvas.width = video.videoWidth;
  canvas.height = video.videoHeight;
  const context = canvas.getContext('2d');
  if (!context || canvas.width === 0) return null;
  context.translate(canvas.width, 0);
  context.scale(-1, 1);
  context.drawImage(video, 0, 0);
  return canvas.toDataURL('image/jpeg', 0.8);
}

/** Photo sharing: snap (with the kiosk camera, or a drawn sample), pick friends, send over 3G. */
export default function PhotoShare({ experience }: SimulationProps) {
  const t = useT();
  const language = useLanguage();
  const content = contentOf(experience, 'photo-share');
  const [shot, setShot] = useState<Shot | null>(null);
  const [sample, setSample] = useState<SamplePhotoName>('sunset');
  const [filter, setFilter] = useState<Filter>('none');
  const [friends, setFriends] = useState<string[]>([]);
  const [sending, setSending] = useState<number | null>(null);
  const camera = useCamera(shot === null);
  const viewfinder = useRef<HTMLDivElement>(null);
  const sendSeconds = (photoKilobytes * 8) / (content?.uplinkKbps ?? 384);

  useEffect(() => {
    if (sending === null || sending >= 1) return undefined;
    const timer = window.setTimeout(
      () => setSending((p) => Math.min(1, (p ?? 0) + 0.05)),
      (sendSeconds * 1000) / 20,
    );
    return () => window.clearTimeout(timer);
  }, [sending, sendSeconds]);

  if (!content) return <NoContent message={t('experience.noContent')} />;
  const live = camera.status === 'live' && camera.stream !== null;
  const names = content.friends
    .filter((f) => friends.includes(f.id))
    .map((f) => localText(f.name, language));

  const takePhoto = () => {
    const video = viewfinder.current?.querySelector('video');
    const dataUrl = live && video ? snapshot(video) : null;
    setShot(dataUrl ? { kind: 'camera', dataUrl } : { kind: 'sample', name: sample });
    setSending(null);
  };

  return (
    <div className="sim sim--split">
      <PhoneFrame app={shot ? t('photo.share') : t('photo.camera')} dark className="photo">
        <div className={`photo__frame photo__frame--${filter}`} ref={viewfinder}>
          {shot?.kind === 'camera' && (
            <img src={shot.dataUrl} alt={t('photo.yours')} className="photo__image" />
          )}
          {shot?.kind === 'sample' && <SamplePhoto name={shot.name} className="photo__image" />}
          {!shot && live && (
            <LiveVideo stream={camera.stream!} className="photo__image photo__image--mirror" />
          )}
          {!shot && !live && <SamplePhoto name={sample} className="photo__image" />}
          {!shot && !live && camera.status !== 'starting' && (
            <span className="photo__badge">{t('photo.sample')}</span>
          )}
        </div>
        {shot === null ? (
          <div className="photo__shutter-row">
            <button
              type="button"
              className="photo__shutter"
              aria-label={t('photo.take')}
              onClick={takePhoto}
            >
              <SimIcon name="shutter" />
            </button>
          </div>
        ) : (
          <div className="photo__after">
            {sending === null ? (
              <div className="photo__filters" role="radiogroup" aria-label={t('photo.filters')}>
                {filters.map((f) => (
                  <button
                    key={f}
                    type="button"
                    role="radio"
                    aria-checked={f === filter}
                    className="photo__filter"
                    onClick={() => setFilter(f)}
                  >
                    {t(filterKey[f])}
                  </button>
                ))}
              </div>
            ) : (
              <div className="photo__sending" role="status">
                <span className="photo__bar">
                  <i style={{ width: `${Math.round(sending * 100)}%` }} />
                </span>
                {sending < 1
                  ? t('photo.sending', { kb: photoKilobytes })
                  : t('photo.sent', { names: names.join('、') })}
              </div>
            )}
          </div>
        )}
      </PhoneFrame>
      <SimNotes title={t('photo.notesTitle')}>
        {!shot && !live && (
          <div className="sim-choices" role="radiogroup" aria-label={t('photo.samples')}>
            {samplePhotos.map((name) => (
              <button
                key={name}
                type="button"
                role="radio"
                aria-checked={name === sample}
                className="photo__sample"
                aria-label={t('photo.sampleName', { number: samplePhotos.indexOf(name) + 1 })}
                onClick={() => setSample(name)}
              >
                <SamplePhoto name={name} />
              </button>
            ))}
          </div>
        )}
        {shot && (
          <>
            <div className="sim-choices" role="group" aria-label={t('photo.friends')}>
              {content.friends.map((friend) => (
                <button
                  key={friend.id}
                  type="button"
                  className="sim-choice sim-choice--small"
                  aria-pressed={friends.includes(friend.id)}
                  onClick={() =>
                    setFriends((list) =>
                      list.includes(friend.id)
                        ? list.filter((id) => id !== friend.id)
                        : [...list, friend.id],
                    )
                  }
                >
                  {localText(friend.name, language)}
                </button>
              ))}
            </div>
            <button
              type="button"
              className="button button--primary button--large sim-go"
              disabled={friends.length === 0 || (sending !== null && sending < 1)}
              onClick={() => setSending(0)}
            >
              <SimIcon name="send" />
              {t('photo.send')}
            </button>
            <button
              type="button"
              className="button button--secondary button--large"
              onClick={() => {
                setShot(null);
                setSending(null);
                setFriends([]);
              }}
            >
              {t('photo.retake')}
            </button>
          </>
        )}
        <p className="sim-lead">
          {live
            ? t('photo.privacy')
            : camera.status === 'denied'
              ? t('photo.cameraDenied')
              : t('photo.noCamera')}
        </p>
      </SimNotes>
    </div>
  );
}
