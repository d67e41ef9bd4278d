import { useMemo, useState } from 'react';
import type { ConflictStatus, NumberConflict } from '../../shared';
import { describeError } from '../api/describe-error';
import { useText } from '../i18n/LanguageProvider';
import { formatMoney, formatPhoneNumber } from '../orders/order-format';
import { formatStoreTime } from '../orders/store-time';
import type { ShellContext } from '../shell/Shell';
import { storesById } from '../shell/store-scope';
import { ConflictAction } from './ConflictAction';
import { useConflicts } from './useConflicts';

export function ConflictQueue({ stores, storeId, onUnauthorized }: ShellContext) {
  const { t, language } = useText();
  const [status, setStatus] = useState<ConflictStatus | null>('open');
  const { state, refresh } = useConflicts(storeId, status, onUnauthorized);
  const [notice, setNotice] = useState<string | null>(null);
  const reload = (message: string | null) => {
    setNotice(message);
    refresh();
  };
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
        <button type="button" className="button button--secondary" onClick={() => reload(null)}>
          <span aria-hidden="true">↻</span>
          {t('common.refresh')}
        </button>
      </header>
      {notice && (
        <p className="notice notice--warning" role="alert">
          {notice}
        </p>
      )}
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
                <th scope="col">{t('numbers.conflicts.column.reason')}</th>
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
                  <td>{t(`numbers.conflicts.reason.${conflict.reason}`)}</td>
                  <td className="mono">
                    {conflict.number === null
                      ? t('numbers.conflicts.noNumber')
                      : formatPhoneNumber(conflict.number)}
                  </td>
                  <td>{conflict.customerName}</td>
                  <td className="mono">{conflict.contactPhone}</td>
                  <td className="data-table__number">
                    <ConflictTotals conflict={conflict} />
                  </td>
                  <td>
                    <ConflictAction
                      conflict={conflict}
                      onResolved={() => reload(null)}
                      onStale={reload}
                    />
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

/** What the kiosk charged; for a price conflict, what today's prices give beside it. */
function ConflictTotals({ conflict }: { conflict: NumberConflict }) {
  const { t, language } = useText();
  if (conflict.todayTotalFen === null) return formatMoney(conflict.totalFen, language);
  return (
    <span className="conflict-totals">
      <span>
        {t('numbers.conflicts.kioskTotal', { amount: formatMoney(conflict.totalFen, language) })}
      </span>
      <strong>
        {t('numbers.conflicts.todayTotal', {
          amount: formatMoney(conflict.todayTotalFen, language),
        })}
      </strong>
    </span>
  );
}
