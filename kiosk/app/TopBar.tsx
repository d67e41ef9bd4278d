import { lazy, Suspense, useState } from 'react';
import { useT } from '../i18n/useT';
import { useSessionSend } from '../session/SessionContext';
import type { Screen } from '../session/selectors';
import { StatusMark } from '../status/StatusMark';
import { BrandMark } from './BrandMark';
import { Icon } from './Icon';
import { LanguageToggle } from './LanguageToggle';

const AccessSheet = lazy(() => import('./AccessSheet').then((m) => ({ default: m.AccessSheet })));

export function TopBar({ screen }: { screen: Screen }) {
  const t = useT();
  const send = useSessionSend();
  const busy = screen === 'submitting';
  const [accessOpen, setAccessOpen] = useState(false);
  return (
    <header className="top-bar">
      <div className="top-bar__nav">
        {screen !== 'home' && screen !== 'confirmation' && (
          <button
            type="button"
            className="nav-button"
            disabled={busy}
            onClick={() => send({ type: 'nav.back' })}
          >
            <Icon name="back" />
            <span>{t('nav.back')}</span>
          </button>
        )}
        {screen !== 'home' && (
          <button
            type="button"
            className="nav-button"
            disabled={busy}
            onClick={() => send({ type: 'nav.home' })}
          >
            <Icon name="home" />
            <span>{t('nav.home')}</span>
          </button>
        )}
        {screen === 'home' && <BrandMark />}
      </div>
      <div className="top-bar__tools">
        <StatusMark />
        <button
          type="button"
          className="nav-button nav-button--icon"
          aria-label={t('access.open')}
          onClick={() => setAccessOpen(true)}
        >
          <Icon name="access" />
        </button>
        <LanguageToggle />
        <button
          type="button"
          className="nav-button nav-button--quiet"
          disabled={busy}
          onClick={() => send({ type: 'session.ended' })}
        >
          <Icon name="exit" />
          <span>{t('nav.finish')}</span>
        </button>
      </div>
      {accessOpen && (
        <Suspense fallback={null}>
          <AccessSheet onClose={() => setAccessOpen(false)} />
        </Suspense>
      )}
    </header>
  );
}
