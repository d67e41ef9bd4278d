import { useId, useRef, useState, type FormEvent } from 'react';
import type { LoginRequest } from '../../shared';
import { networkError, type ApiError } from '../api/api-error';
import { describeError, describeSignInError } from '../api/describe-error';
import { LanguageSwitch } from '../shell/LanguageSwitch';
import { useText } from '../i18n/LanguageProvider';
import type { SignedOutReason } from './useSession';
import './login.css';

interface LoginScreenProps {
  reason: SignedOutReason;
  onSignIn: (credentials: LoginRequest) => Promise<ApiError | null>;
  /** Check the session again; offered when the server could not be reached. */
  onRetry: () => void;
}

export function LoginScreen({ reason, onSignIn, onRetry }: LoginScreenProps) {
  const { t } = useText();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const loginId = useId();
  const passwordId = useId();
  const errorId = useId();

  const notice =
    reason === 'expired'
      ? t('login.sessionExpired')
      : reason === 'unreachable'
        ? describeError(networkError(), t)
        : null;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    if (!login.trim() || !password) {
      setError(t('login.missingFields'));
      return;
    }
    setPending(true);
    setError(null);
    const failure = await onSignIn({ login: login.trim(), password });
    if (!failure) return; // The screen unmounts: the session is signed in.
    setPending(false);
    // Keep the login, clear the password: the person retypes only what was likely wrong.
    setPassword('');
    setError(describeSignInError(failure, t));
    passwordRef.current?.focus();
  }

  return (
    <main className="login">
      <section className="login__brand" aria-hidden="true">
        <img className="login__brand-mark" src="/icons/admin-icon.svg" alt="" />
        <p className="login__brand-name">Showroom</p>
        <p className="login__brand-tagline">{t('app.tagline')}</p>
        <ul className="login__brand-points">
          <li>{t('login.point.orders')}</li>
          <li>{t('login.point.filters')}</li>
          <li>{t('login.point.devices')}</li>
        </ul>
      </section>
      <section className="login__panel">
        <div className="login__language">
          <LanguageSwitch />
        </div>
        <form className="login__form" onSubmit={submit} noValidate aria-describedby={errorId}>
          <h1 className="login__title">{t('login.title')}</h1>
          <p className="login__subtitle">{t('login.subtitle')}</p>
          {notice && !error && (
            <div className="notice notice--info">
              <span>{notice}</span>
              {reason === 'unreachable' && (
                <button type="button" className="button button--secondary" onClick={onRetry}>
                  {t('common.retry')}
                </button>
              )}
            </div>
          )}
          <div className="field">
            <label className="field__label" htmlFor={loginId}>
              {t('login.login')}
            </label>
            <input
              id={loginId}
              className="field__input"
              name="login"
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              autoFocus
              value={login}
              onChange={(event) => setLogin(event.target.value)}
            />
          </div>
          <div className="field">
            <label className="field__label" htmlFor={passwordId}>
              {t('login.password')}
            </label>
            <input
              id={passwordId}
              ref={passwordRef}
              className="field__input"
              name="password"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          </div>
          <p id={errorId} className="login__error" role="alert">
            {error}
          </p>
          <button className="button button--primary button--block" type="submit" disabled={pending}>
            {pending ? t('login.submitting') : t('login.submit')}
          </button>
        </form>
      </section>
    </main>
  );
}
