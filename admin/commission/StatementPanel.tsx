import { useState } from 'react';
import type { StatementLine, User } from '../../shared';
import { describeError } from '../api/describe-error';
import { useText } from '../i18n/LanguageProvider';
import { storeDayOf } from '../orders/store-time';
import { FlagLineDialog } from './FlagLineDialog';
import { PeriodClosedBadge } from './PeriodClosedBadge';
import { StatementTotals } from './StatementTotals';
import {
  canFlagLine,
  disputeStatusKey,
  formatSignedMoney,
  lineKindKey,
  periodLabel,
} from './commission-format';
import { useStatement } from './useCommission';

interface StatementPanelProps {
  viewer: User;
  period: string;
  /** null: the signed-in clerk's own statement. */
  clerkId: string | null;
  revision: number;
  onChanged: () => void;
  onUnauthorized: () => void;
}

/**
 * One clerk's month: whether it is closed, totals, then every line with its order, rule, kind
 * and dispute; a line carried over from a closed month says which month its order was in.
 */
export function StatementPanel(props: StatementPanelProps) {
  const { viewer, period, clerkId, revision, onChanged, onUnauthorized } = props;
  const { t, language } = useText();
  const { state, refresh } = useStatement(period, clerkId, revision, onUnauthorized);
  const [flagging, setFlagging] = useState<StatementLine | null>(null);

  if (state.status === 'loading') {
    return (
      <article className="panel">
        <p className="empty-state" role="status">
          {t('commission.loading')}
        </p>
      </article>
    );
  }
  if (state.status === 'failed') {
    return (
      <div className="notice notice--error" role="alert">
        <span>{t('commission.loadFailed', { reason: describeError(state.error, t) })}</span>
        <button type="button" className="button button--secondary" onClick={refresh}>
          {t('common.retry')}
        </button>
      </div>
    );
  }
  const statement = state.value;
  const month = periodLabel(statement.period, language);
  const own = statement.clerk.id === viewer.id;
  return (
    <article className="panel commission-statement">
      <h2 className="panel__title">
        {own
          ? t('commission.myStatement', { name: statement.clerk.displayName, month })
          : t('commission.statementOf', { name: statement.clerk.displayName, month })}
      </h2>
      {statement.closed && <PeriodClosedBadge closure={statement.closed} />}
      <StatementTotals totals={statement.totals} lineCount={statement.lines.length} />
      {statement.lines.length === 0 ? (
        <p className="empty-state">{t('commission.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table commission-table" aria-label={t('commission.tableLabel')}>
            <thead>
              <tr>
                <th scope="col">{t('commission.column.date')}</th>
                <th scope="col">{t('commission.column.ticket')}</th>
                <th scope="col">{t('commission.column.sale')}</th>
                <th scope="col">{t('commission.column.rule')}</th>
                <th scope="col">{t('commission.column.kind')}</th>
                <th scope="col" className="data-table__number">
                  {t('commission.column.amount')}
                </th>
                <th scope="col">{t('commission.column.dispute')}</th>
              </tr>
            </thead>
            <tbody>
              {statement.lines.map((line) => (
                <tr key={line.id} className={`commission-table__row--${line.kind}`}>
                  <td className="commission-table__date">
                    {storeDayOf(line.orderAt)}
                    {line.carriedFrom && (
                      <span className="badge badge--carried">
                        {t('commission.carriedFrom', {
                          month: periodLabel(line.carriedFrom, language),
                        })}
                      </span>
                    )}
                  </td>
                  <th scope="row" className="mono">
                    {line.ticket}
                  </th>
                  <td>
                    <span className="commission-table__handset">
                      {line.handset ?? t('common.none')}
                    </span>
                    {line.plan && (
                      <span className="commission-table__plan">{line.plan[language]}</span>
                    )}
                  </td>
                  <td>{line.ruleName[language]}</td>
                  <td>
                    <span className={`badge badge--line-${line.kind}`}>
                      {t(lineKindKey[line.kind])}
                    </span>
                  </td>
                  <td className="data-table__number">
                    {formatSignedMoney(line.amountFen, language)}
                  </td>
                  <td>
                    <div className="commission-table__dispute">
                      {line.dispute && (
                        <span className={`badge badge--dispute-${line.dispute.status}`}>
                          {t(disputeStatusKey[line.dispute.status])}
                        </span>
                      )}
                      {canFlagLine(line, viewer.id, statement.clerk.id) && (
                        <button
                          type="button"
                          className="button button--secondary button--small no-print"
                          aria-label={t('commission.dispute.flagLabel', {
                            ticket: line.ticket,
                            kind: t(lineKindKey[line.kind]),
                          })}
                          onClick={() => setFlagging(line)}
                        >
                          {t('commission.dispute.flag')}
                        </button>
                      )}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {flagging && (
        <FlagLineDialog
          line={flagging}
          onClose={() => setFlagging(null)}
          onSent={() => {
            setFlagging(null);
            onChanged();
          }}
          onUnauthorized={onUnauthorized}
        />
      )}
    </article>
  );
}
