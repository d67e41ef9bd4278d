import { useState, type FormEvent } from 'react';
import type { NumberWithdrawResult } from '../../shared';
import { withdrawNumbers } from '../api/numbers';
import { useSubmission } from '../api/useSubmission';
import { useText } from '../i18n/LanguageProvider';
import { formatPhoneNumber } from '../orders/order-format';
import type { ShellContext } from '../shell/Shell';
import { storesById } from '../shell/store-scope';
import { numbersIn } from './numbers-in';

/** Takes numbers out of a store's pool; the store's kiosks stop offering them at their next pull. */
export function WithdrawPanel({ stores, storeId, onUnauthorized }: ShellContext) {
  const { t } = useText();
  const [text, setText] = useState('');
  const {
    state,
    submit: send,
    reset,
  } = useSubmission<NumberWithdrawResult>('numbers.withdraw.failed', onUnauthorized);
  const numbers = numbersIn(text);
  const store = storeId ? storesById(stores).get(storeId) : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!storeId || numbers.length === 0) return;
    await send(() => withdrawNumbers(storeId, numbers.slice(0, 10_000)));
  };

  return (
    <article className="panel">
      <header className="panel__header">
        <div>
          <h2 className="panel__title">{t('numbers.withdraw.title')}</h2>
          <p className="panel__hint">{t('numbers.withdraw.hint')}</p>
        </div>
      </header>
      {!storeId ? (
        <p className="notice notice--info">{t('numbers.import.chooseStore')}</p>
      ) : (
        <form className="import-form" onSubmit={(event) => void submit(event)}>
          <label className="field withdraw-field">
            <span className="field__label">{t('numbers.withdraw.numbers')}</span>
            <textarea
              className="field__input"
              rows={3}
              value={text}
              onChange={(event) => {
                setText(event.target.value);
                reset();
              }}
            />
          </label>
          <button
            type="submit"
            className="button button--secondary"
            disabled={numbers.length === 0 || state.status === 'working'}
          >
            {t('numbers.withdraw.submit', {
              count: numbers.length,
              store: store?.name ?? storeId,
            })}
          </button>
        </form>
      )}
      {state.status === 'failed' && (
        <p className="notice notice--error" role="alert">
          {state.message}
        </p>
      )}
      {state.status === 'done' && (
        <div className="import-report">
          <p className="notice notice--info" role="status">
            {t('numbers.withdraw.done', {
              withdrawn: state.result.withdrawn,
              skipped: state.result.skipped.length,
            })}
          </p>
          {state.result.skipped.length > 0 && (
            <ul className="withdraw-skipped">
              {state.result.skipped.map((skip) => (
                <li key={skip.number}>
                  <span className="mono">{formatPhoneNumber(skip.number)}</span>{' '}
                  {t(`numbers.withdraw.reason.${skip.reason}`)}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </article>
  );
}
