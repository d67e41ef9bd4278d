import { useEffect, useState } from 'react';
import { useT } from '../i18n/useT';
import { useSessionSelector, useSessionSend } from './SessionContext';
import { idleWarningMs } from './sessionMachine';
import { selectIsIdleWarning } from './selectors';
import './idle.css';

/** Seconds until the machine's own timer ends the session; this only shows it. */
function useSecondsLeft(): number {
  const [secondsLeft, setSecondsLeft] = useState(Math.round(idleWarningMs / 1000));
  useEffect(() => {
    const startedAt = Date.now();
    const timer = window.setInterval(() => {
      const elapsed = Date.now() - startedAt;
      setSecondsLeft(Math.max(0, Math.ceil((idleWarningMs - elapsed) / 1000)));
    }, 250);
    return () => window.clearInterval(timer);
  }, []);
  return secondsLeft;
}

function IdleDialog() {
  const t = useT();
  const send = useSessionSend();
  const seconds = useSecondsLeft();
  return (
    <div className="idle-warning" role="alertdialog" aria-modal="true" aria-labelledby="idle-title">
      <div className="idle-warning__card">
        <div className="idle-warning__ring" aria-hidden="true">
          <svg viewBox="0 0 100 100">
            <circle cx="50" cy="50" r="44" className="idle-warning__track" />
            <circle
              cx="50"
              cy="50"
              r="44"
              className="idle-warning__progress"
              style={{ animationDuration: `${idleWarningMs}ms` }}
            />
          </svg>
          <span className="idle-warning__seconds">{seconds}</span>
        </div>
        <h2 id="idle-title">{t('idle.title')}</h2>
        <p>{t('idle.body', { seconds })}</p>
        <button
          type="button"
          className="button button--primary button--large"
          onClick={() => send({ type: 'session.continued' })}
        >
          {t('idle.continue')}
        </button>
      </div>
    </div>
  );
}

export function IdleWarning() {
  const warning = useSessionSelector(selectIsIdleWarning);
  return warning ? <IdleDialog /> : null;
}
