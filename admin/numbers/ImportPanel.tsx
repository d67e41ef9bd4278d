import { useState, type FormEvent } from 'react';
import { maxImportCsvBytes, type NumberImportResult } from '../../shared';
import { importNumbers } from '../api/numbers';
import { useSubmission } from '../api/useSubmission';
import { useText } from '../i18n/LanguageProvider';
import type { ShellContext } from '../shell/Shell';
import { storesById } from '../shell/store-scope';
import { refusalText } from './refusal-text';

/** Refused rows listed on screen; the rest are counted. */
const shownRefusals = 200;

export function ImportPanel({ stores, storeId, onUnauthorized }: ShellContext) {
  const { t } = useText();
  const [file, setFile] = useState<File | null>(null);
  const {
    state,
    submit: send,
    fail,
    reset,
  } = useSubmission<NumberImportResult>('numbers.import.failed', onUnauthorized);
  const index = storesById(stores);
  const store = storeId ? index.get(storeId) : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file || !storeId) return;
    if (file.size > maxImportCsvBytes) {
      fail(t('numbers.import.tooLarge'));
      return;
    }
    await send(async () => importNumbers(storeId, await file.text()));
  };

  return (
    <article className="panel">
      <header className="panel__header">
        <div>
          <h2 className="panel__title">{t('numbers.import.title')}</h2>
          <p className="panel__hint">{t('numbers.import.hint')}</p>
        </div>
      </header>
      {!storeId ? (
        <p className="notice notice--info">{t('numbers.import.chooseStore')}</p>
      ) : (
        <form className="import-form" onSubmit={(event) => void submit(event)}>
          <label className="field">
            <span className="field__label">{t('numbers.import.file')}</span>
            <input
              className="field__input"
              type="file"
              accept=".csv,.txt,text/csv,text/plain"
              onChange={(event) => {
                setFile(event.target.files?.[0] ?? null);
                reset();
              }}
            />
          </label>
          <button
            type="submit"
            className="button button--primary"
            disabled={!file || state.status === 'working'}
          >
            {state.status === 'working'
              ? t('numbers.import.working')
              : t('numbers.import.submit', { store: store?.name ?? storeId })}
          </button>
        </form>
      )}
      {state.status === 'failed' && (
        <p className="notice notice--error" role="alert">
          {state.message}
        </p>
      )}
      {state.status === 'done' && <ImportReport result={state.result} stores={index} />}
    </article>
  );
}

function ImportReport({
  result,
  stores,
}: {
  result: NumberImportResult;
  stores: ReturnType<typeof storesById>;
}) {
  const { t } = useText();
  const tiers = Object.entries(result.byTier).filter(([, count]) => count > 0);
  return (
    <div className="import-report">
      <p className="notice notice--info" role="status">
        {t('numbers.import.done', { accepted: result.accepted, refused: result.refused.length })}
      </p>
      {tiers.length > 0 && (
        <p className="import-report__tiers">
          <span>{t('numbers.import.byTier')}</span>
          {tiers.map(([tier, count]) => (
            <span key={tier} className="chip">
              {tier} · {count}
            </span>
          ))}
        </p>
      )}
      {result.refused.length > 0 && (
        <div className="table-scroll">
          <table className="data-table" aria-label={t('numbers.import.refusedLabel')}>
            <thead>
              <tr>
                <th scope="col" className="data-table__number">
                  {t('numbers.import.column.line')}
                </th>
                <th scope="col">{t('numbers.import.column.raw')}</th>
                <th scope="col">{t('numbers.import.column.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {result.refused.slice(0, shownRefusals).map((row) => (
                <tr key={`${row.line}-${row.reason}`}>
                  <td className="data-table__number">{row.line}</td>
                  <td className="mono">{row.raw}</td>
                  <td>{refusalText(row, stores, t)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {result.refused.length > shownRefusals && (
        <p className="muted">
          {t('numbers.import.more', { count: result.refused.length - shownRefusals })}
        </p>
      )}
    </div>
  );
}
