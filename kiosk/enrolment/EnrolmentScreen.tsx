import { useState, type FormEvent } from 'react';
import { BrandMark } from '../app/BrandMark';
import { LanguageToggle } from '../app/LanguageToggle';
import { useT } from '../i18n/useT';
import { useSyncSend, useSyncStatus } from '../sync/useSyncStatus';
import './enrolment.css';

/** Shown when the server offers no demo enrolment: staff type the code made in the console. */
export function EnrolmentScreen() {
  const t = useT();
  const send = useSyncSend();
  const { enrolling, enrolmentError } = useSyncStatus();
  const [code, setCode] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    send({ type: 'enrolment.submitted', code: code.trim() });
  };
  return (
    <div className="enrolment">
      <div className="enrolment__corner">
        <LanguageToggle />
      </div>
      <form className="enrolment__card" onSubmit={submit}>
        <BrandMark large />
        <h1>{t('enrol.title')}</h1>
        <p>{t('enrol.body')}</p>
        <label className="field">
          <span className="field__label">{t('enrol.code')}</span>
          <input
            className="field__input field__input--code"
            value={code}
            onChange={(event) => setCode(event.target.value.toUpperCase())}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            placeholder="ABCD-1234"
            maxLength={9}
          />
        </label>
        {enrolmentError && !enrolling && (
          <p className="field__error" role="alert">
            {t('enrol.error')}
          </p>
        )}
        <button type="submit" className="button button--primary button--large" disabled={enrolling}>
          {enrolling ? t('enrol.working') : t('enrol.submit')}
        </button>
      </form>
    </div>
  );
}
