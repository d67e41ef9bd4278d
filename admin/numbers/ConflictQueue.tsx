import { useMemo, useState } from 'react';
import type { ConflictStatus, NumberConflict } from '../../shared';
import { describeError } from '../api/describe-error';
import { resolveConflict } from '../api/numbers';
import { useText } from '../i18n/LanguageProvider';
import { formatMoney, formatPhoneNumber } from '../orders/order-format';
import { formatStoreTime } from '../orders/store-time';
import type { ShellContext } from '../shell/Shell';
import { storesById } from '../shell/store-scope';
import { useConflicts } from './useConflicts';

export function ConflictQueue({ stores, storeId, onUnauthorized }: ShellContext) {
  const { t, language } = useText();
  const [status, setStatus] = useState<ConflictStatus | null>('open');
  const { state, refresh } = useConflicts(storeId, status, onUnauthorized);
  const storeIndex = useMemo(() => storesById(stores), [stores]);

  return (
    <article className="panel">
      <header className="panel__header">
        <div>
          <h2 className="panel__title">{t('numbers.conflicts.title')}</h2>
          <p className="panel__hint">{t('numbers.conflicts.hint')}</p>
        </div>
        <div className="segmented" role="group" aria-label={t('numbers.conflicts.show')}>
          {(['open', null] as const).map((option) => (
            <button
              key={option ?? 'all'}
              type="button"
              className="segmented__option"
              aria-pressed={status === option}
              onClick={() => setStatus(option)}
            >
              {t(option === 'open' ? 'numbers.conflicts.open' : 'numbers.conflicts.all')}
            </button>
          ))}
        </div>
        <button type="button" className="button button--secondary" onClick={refresh}>
          <span aria-hidden="true">↻</span>
          {t('common.refresh')}
        </button>
      </header>
      {state.status === 'loading' && (
        <p className="empty-state" role="status">
          {t('numbers.conflicts.loading')}
        </p>
      )}
      {state.status === 'failed' && (
        <p className="notice notice--error" role="alert">
          {t('numbers.conflicts.loadFailed', { reason: describeError(state.error, t) })}
        </p>
      )}
      {state.status === 'ready' && state.value.length === 0 && (
        <p className="empty-state">{t('numbers.conflicts.empty')}</p>
      )}
      {state.status === 'ready' && state.value.length > 0 && (
        <div className="table-scroll">
          <table className="data-table" aria-label={t('numbers.conflicts.tableLabel')}>
            <thead>
              <tr>
                <th scope="col">{t('numbers.conflicts.column.ticket')}</th>
                <th scope="col">{t('numbers.conflicts.column.time')}</th>
                <th scope="col">{t('numbers.conflicts.column.store')}</th>
                <th scope="col">{t('numbers.conflicts.column.number')}</th>
                <th scope="col">{t('numbers.conflicts.column.customer')}</th>
                <th scope="col">{t('numbers.conflicts.column.phone')}</th>
                <th scope="col" className="data-table__number">
                  {t('numbers.conflicts.column.total')}
                </th>
                <th scope="col">{t('numbers.conflicts.column.action')}</th>
              </tr>
            </thead>
            <tbody>
              {state.value.map((conflict) => (
                <tr key={conflict.id}>
                  <th scope="row" className="mono">
                    {conflict.ticket}
                  </th>
                  <td>{formatStoreTime(conflict.createdAt, language)}</td>
                  <td>{storeIndex.get(conflict.storeId)?.name ?? conflict.storeId}</td>
                  <td className="mono">{formatPhoneNumber(conflict.number)}</td>
                  <td>{conflict.customerName}</td>
                  <td className="mono">{conflict.contactPhone}</td>
                  <td className="data-table__number">{formatMoney(conflict.totalFen, language)}</td>
                  <td>
                    <ConflictAction conflict={conflict} onResolved={refresh} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </article>
  );
}

function ConflictAction({
  conflict,
  onResolved,
}: {
  conflict: NumberConflict;
  onResolved: () => void;
}) {
  const { t } = useText();
  const [number, setNumber] = useState(conflict.alternatives[0] ?? '');
  const [cancelling, setCancelling] = useState(false);
  const [note, setNote] = useState('');
  const [working, setWorking] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  if (conflict.status === 'reassigned') {
    return (
      <span className="badge badge--activated">
        {t('numbers.conflicts.status.reassigned', {
          number: formatPhoneNumber(conflict.resolution ?? ''),
        })}
      </span>
    );
  }
  if (conflict.status === 'cancelled') {
    return (
      <span className="badge badge--cancelled">
        {t('numbers.conflicts.status.cancelled', { note: conflict.resolution ?? '' })}
      </span>
    );
  }

  const resolve = async (resolution: Parameters<typeof resolveConflict>[1]) => {
    setWorking(true);
    setFailure(null);
    const result = await resolveConflict(conflict.id, resolution);
    setWorking(false);
    if (result.ok) onResolved();
    else setFailure(t('numbers.conflicts.failed', { reason: describeError(result.error, t) }));
  };

  return (
    <div className="conflict-action">
      {conflict.alternatives.length === 0 ? (
        <span className="muted">{t('numbers.conflicts.noAlternatives')}</span>
      ) : (
        <div className="conflict-action__row">
          <label className="field field--inline">
            <span className="field__label">{t('numbers.conflicts.alternative')}</span>
            <select
              className="field__input"
              value={number}
              onChange={(event) => setNumber(event.target.value)}
            >
              {conflict.alternatives.map((alternative) => (
                <option key={alternative} value={alternative}>
                  {formatPhoneNumber(alternative)}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className="button button--primary"
            disabled={working || number === ''}
            onClick={() => void resolve({ action: 'reassign', number })}
          >
            {t('numbers.conflicts.reassign')}
          </button>
        </div>
      )}
      {cancelling ? (
        <div className="conflict-action__row">
          <label className="field field--inline">
            <span className="field__label">{t('numbers.conflicts.cancelNote')}</span>
            <input
              className="field__input"
              value={note}
              maxLength={500}
              onChange={(event) => setNote(event.target.value)}
            />
          </label>
          <button
            type="button"
            className="button button--danger"
            disabled={working || note.trim() === ''}
            onClick={() => void resolve({ action: 'cancel', note: note.trim() })}
          >
            {t('numbers.conflicts.confirmCancel')}
          </button>
        </div>
      ) : (
        <button
          type="button"
          className="button button--secondary"
          disabled={working}
          onClick={() => setCancelling(true)}
        >
          {t('numbers.conflicts.cancel')}
        </button>
      )}
      {working && <span role="status">{t('numbers.conflicts.working')}</span>}
      {failure && (
        <span className="notice notice--error" role="alert">
          {failure}
        </span>
      )}
    </div>
  );
}
