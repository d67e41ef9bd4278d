import { useState } from 'react';
import { createPortal } from 'react-dom';
import { Icon } from '../app/Icon';
import { useT } from '../i18n/useT';
import { useSessionSelector, useSessionSend } from '../session/SessionContext';
import './assist.css';

const badgeMaxDigits = 8;
const keys = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

/**
 * Assisted selling, kept discreet: a clerk taps "Clerk helping you?", types their badge on a
 * keypad, and the order carries it. The lookup is the kiosk's own badge list (offline too).
 */
export function ClerkAssist() {
  const t = useT();
  const send = useSessionSend();
  const clerk = useSessionSelector((snapshot) => snapshot.context.clerk);
  const problem = useSessionSelector((snapshot) => snapshot.context.clerkProblem);
  const checking = useSessionSelector((snapshot) =>
    snapshot.matches({ visiting: { assistance: 'lookingUp' } }),
  );
  const [open, setOpen] = useState(false);
  const [badge, setBadge] = useState('');

  if (clerk) {
    return (
      <div className="clerk-assist clerk-assist--on">
        <Icon name="check" />
        <span>{t('clerk.assisted', { name: clerk.displayName })}</span>
        <button
          type="button"
          className="clerk-assist__remove"
          onClick={() => send({ type: 'clerk.removed' })}
        >
          {t('clerk.remove')}
        </button>
      </div>
    );
  }

  const close = () => {
    setOpen(false);
    setBadge('');
  };
  const type = (key: string) => setBadge((typed) => (typed + key).slice(0, badgeMaxDigits));

  return (
    <>
      <button type="button" className="clerk-assist" onClick={() => setOpen(true)}>
        {t('clerk.open')}
      </button>
      {/* On <body>: a sticky, blurred bar would otherwise be the box a fixed sheet sits in. */}
      {open &&
        createPortal(
          <div className="sheet-backdrop clerk-sheet__backdrop" onClick={close}>
            <div
              className="clerk-sheet"
              role="dialog"
              aria-modal="true"
              aria-label={t('clerk.title')}
              onClick={(event) => event.stopPropagation()}
            >
              <h2 className="clerk-sheet__title">{t('clerk.title')}</h2>
              <p className="clerk-sheet__hint">{t('clerk.hint')}</p>
              <input
                className="clerk-sheet__badge"
                readOnly
                aria-label={t('clerk.badge')}
                placeholder={t('clerk.badge')}
                value={badge}
                inputMode="none"
              />
              {problem && !checking && (
                <p className="clerk-sheet__problem" role="alert">
                  {t(problem === 'unknownBadge' ? 'clerk.unknownBadge' : 'clerk.lookupFailed')}
                </p>
              )}
              <div className="clerk-pad" role="group" aria-label={t('clerk.pad')}>
                {keys.map((key) => (
                  <button key={key} type="button" onClick={() => type(key)}>
                    {key}
                  </button>
                ))}
                <button type="button" className="clerk-pad__action" onClick={() => setBadge('')}>
                  {t('numbers.pad.clear')}
                </button>
                <button type="button" onClick={() => type('0')}>
                  0
                </button>
                <button
                  type="button"
                  className="clerk-pad__action"
                  onClick={() => setBadge((typed) => typed.slice(0, -1))}
                >
                  {t('numbers.pad.delete')}
                </button>
              </div>
              <div className="clerk-sheet__actions">
                <button
                  type="button"
                  className="button button--secondary button--large"
                  onClick={close}
                >
                  {t('clerk.cancel')}
                </button>
                <button
                  type="button"
                  className="button button--primary button--large"
                  disabled={badge.length < 4 || checking}
                  onClick={() => send({ type: 'clerk.badgeEntered', badge })}
                >
                  {checking ? t('clerk.checking') : t('clerk.confirm')}
                </button>
              </div>
            </div>
          </div>,
          document.body,
        )}
    </>
  );
}
