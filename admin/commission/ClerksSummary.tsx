import { useText } from '../i18n/LanguageProvider';
import { RemoteStatus } from '../shell/RemoteStatus';
import { PeriodClosedBadge } from './PeriodClosedBadge';
import { formatSignedMoney, periodLabel } from './commission-format';
import { useSummary } from './useCommission';

interface ClerksSummaryProps {
  period: string;
  storeId: string;
  selectedClerkId: string | null;
  revision: number;
  onSelect: (clerkId: string) => void;
  onUnauthorized: () => void;
}

/** Every clerk of the store with the month's totals; a row opens that clerk's statement. */
export function ClerksSummary(props: ClerksSummaryProps) {
  const { period, storeId, selectedClerkId, revision, onSelect, onUnauthorized } = props;
  const { t, language } = useText();
  const { state, refresh } = useSummary(period, storeId, revision, onUnauthorized);
  const money = (fen: number) => formatSignedMoney(fen, language);
  return (
    <article className="panel commission-clerks">
      <h2 className="panel__title">
        {t('commission.summary.title', { month: periodLabel(period, language) })}
      </h2>
      {state.status === 'ready' && state.value.closed && (
        <PeriodClosedBadge closure={state.value.closed} />
      )}
      <RemoteStatus
        state={state}
        loadingKey="commission.loading"
        failedKey="commission.loadFailed"
        onRetry={refresh}
      />
      {state.status === 'ready' && state.value.clerks.length === 0 && (
        <p className="empty-state">{t('commission.summary.empty')}</p>
      )}
      {state.status === 'ready' && state.value.clerks.length > 0 && (
        <div className="table-scroll">
          <table
            className="data-table commission-summary"
            aria-label={t('commission.summary.tableLabel')}
          >
            <thead>
              <tr>
                <th scope="col">{t('commission.summary.column.clerk')}</th>
                <th scope="col" className="data-table__number">
                  {t('commission.summary.column.lines')}
                </th>
                <th scope="col" className="data-table__number">
                  {t('commission.total.earn')}
                </th>
                <th scope="col" className="data-table__number">
                  {t('commission.summary.column.undone')}
                </th>
                <th scope="col" className="data-table__number">
                  {t('commission.total.adjustment')}
                </th>
                <th scope="col" className="data-table__number">
                  {t('commission.total.total')}
                </th>
                <th scope="col" className="data-table__number">
                  {t('commission.summary.column.open')}
                </th>
                <th scope="col" className="no-print">
                  <span className="commission-hidden">{t('commission.summary.view')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {state.value.clerks.map((clerk) => {
                const selected = clerk.clerkId === selectedClerkId;
                return (
                  <tr
                    key={clerk.clerkId}
                    className={selected ? 'commission-summary__row--selected' : undefined}
                  >
                    <th scope="row">{clerk.displayName}</th>
                    <td className="data-table__number">{clerk.lineCount}</td>
                    <td className="data-table__number">{money(clerk.totals.earnFen)}</td>
                    <td className="data-table__number">
                      {money(clerk.totals.reversalFen + clerk.totals.clawbackFen)}
                    </td>
                    <td className="data-table__number">{money(clerk.totals.adjustmentFen)}</td>
                    <td className="data-table__number commission-summary__total">
                      {money(clerk.totals.totalFen)}
                    </td>
                    <td className="data-table__number">
                      {clerk.openDisputes > 0 ? (
                        <span className="badge badge--dispute-open">{clerk.openDisputes}</span>
                      ) : (
                        t('common.none')
                      )}
                    </td>
                    <td className="no-print">
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        aria-pressed={selected}
                        aria-label={`${t('commission.summary.view')} · ${clerk.displayName}`}
                        onClick={() => onSelect(clerk.clerkId)}
                      >
                        {t(selected ? 'commission.summary.viewing' : 'commission.summary.view')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </article>
  );
}
