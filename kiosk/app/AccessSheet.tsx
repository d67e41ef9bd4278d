import { useT } from '../i18n/useT';
import { useSessionSelector, useSessionSend } from '../session/SessionContext';
import { selectAccess } from '../session/selectors';
import type { AccessOption } from '../session/sessionMachine';
import { Icon } from './Icon';
import './access.css';

const options: {
  option: AccessOption;
  label: 'access.contrast' | 'access.largeText';
  hint: 'access.contrastHint' | 'access.largeTextHint';
}[] = [
  { option: 'highContrast', label: 'access.contrast', hint: 'access.contrastHint' },
  { option: 'largeText', label: 'access.largeText', hint: 'access.largeTextHint' },
];

/** High contrast and large text for this visit; both reset when the session ends. */
export function AccessSheet({ onClose }: { onClose: () => void }) {
  const t = useT();
  const send = useSessionSend();
  const access = useSessionSelector(selectAccess);
  return (
    <div className="sheet-backdrop" onClick={onClose}>
      <div
        className="sheet access-sheet"
        role="dialog"
        aria-modal="true"
        aria-labelledby="access-title"
        onClick={(event) => event.stopPropagation()}
      >
        <h2 id="access-title" className="access-sheet__title">
          {t('access.title')}
        </h2>
        <p className="access-sheet__body">{t('access.body')}</p>
        {options.map(({ option, label, hint }) => (
          <button
            key={option}
            type="button"
            className="access-toggle"
            aria-pressed={access[option]}
            onClick={() => send({ type: 'access.changed', option, on: !access[option] })}
          >
            <span className="access-toggle__text">
              <strong>{t(label)}</strong>
              <small>{t(hint)}</small>
            </span>
            <span className="access-toggle__switch" aria-hidden="true">
              <i />
            </span>
          </button>
        ))}
        <button type="button" className="button button--primary button--large" onClick={onClose}>
          <Icon name="check" />
          {t('access.done')}
        </button>
      </div>
    </div>
  );
}
