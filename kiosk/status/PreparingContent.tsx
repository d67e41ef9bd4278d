import { BrandMark } from '../app/BrandMark';
import { LanguageToggle } from '../app/LanguageToggle';
import { useT } from '../i18n/useT';
import { useSyncStatus } from '../sync/useSyncStatus';
import { StatusMark } from './StatusMark';
import './preparing.css';

/**
 * A brand-new kiosk before its first content version is whole: no half-filled catalogue and no
 * dead "tap to start", just what is happening and how far it is. Nothing asks anyone to act.
 */
export function PreparingContent() {
  const t = useT();
  const status = useSyncStatus();
  const counted = status.mediaTotal !== null && status.mediaTotal > 0;
  const note = !status.online
    ? t('preparing.offline')
    : status.mediaProblem
      ? t('preparing.retrying')
      : null;
  return (
    <section className="preparing" aria-labelledby="preparing-title">
      <header className="preparing__top">
        <BrandMark large />
        <div className="preparing__tools">
          <StatusMark />
          <LanguageToggle />
        </div>
      </header>
      <div className="preparing__card">
        <span className="preparing__spinner" aria-hidden="true" />
        <h1 id="preparing-title">{t('preparing.title')}</h1>
        <p>{t('preparing.body')}</p>
        {counted ? (
          <div className="preparing__progress">
            <progress
              value={status.mediaReady ?? 0}
              max={status.mediaTotal ?? 1}
              aria-label={t('preparing.title')}
            />
            <span>
              {t('preparing.media', {
                ready: status.mediaReady ?? 0,
                total: status.mediaTotal ?? 0,
              })}
            </span>
          </div>
        ) : (
          <div className="preparing__progress preparing__progress--busy" aria-hidden="true">
            <span className="preparing__bar" />
          </div>
        )}
        {note && <p className="preparing__note">{note}</p>}
      </div>
    </section>
  );
}
