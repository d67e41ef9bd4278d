import { useState } from 'react';
import { mayAnswerDispute, type CommissionDispute, type User } from '../../shared';
import { describeError } from '../api/describe-error';
import { useText } from '../i18n/LanguageProvider';
import { formatStoreTime } from '../orders/store-time';
import { AnswerDisputeDialog } from './AnswerDisputeDialog';
import { disputeStatusKey, formatSignedMoney, lineKindKey } from './commission-format';
import { useDisputes } from './useCommission';

interface DisputesPanelProps {
  viewer: User;
  /** null: the clerk's own disputes. */
  storeId: string | null;
  revision: number;
  onChanged: () => void;
  onUnauthorized: () => void;
}

/** Disputes newest first: a clerk's own with their answers; a store's, with Answer for its manager. */
export function DisputesPanel(props: DisputesPanelProps) {
  const { viewer, storeId, revision, onChanged, onUnauthorized } = props;
  const { t, language } = useText();
  const { state, refresh } = useDisputes(storeId, revision, onUnauthorized);
  const [answering, setAnswering] = useState<CommissionDispute | null>(null);
  const money = (fen: number) => formatSignedMoney(fen, language);
  return (
    <article className="panel commission-disputes no-print">
      <h2 className="panel__title">{t('commission.disputes.title')}</h2>
      {state.status === 'failed' && (
        <div className="notice notice--error" role="alert">
          <span>
            {t('commission.disputes.loadFailed', { reason: describeError(state.error, t) })}
          </span>
          <button type="button" className="button button--secondary" onClick={refresh}>
            {t('common.retry')}
          </button>
        </div>
      )}
      {state.status === 'ready' && state.value.length === 0 && (
        <p className="empty-state">{t('commission.disputes.empty')}</p>
      )}
      {state.status === 'ready' && state.value.length > 0 && (
        <div className="table-scroll">
          <table
            className="data-table commission-disputes__table"
            aria-label={t('commission.disputes.tableLabel')}
          >
            <thead>
              <tr>
                <th scope="col">{t('commission.disputes.column.opened')}</th>
                <th scope="col">{t('commission.disputes.column.clerk')}</th>
                <th scope="col">{t('commission.disputes.column.line')}</th>
                <th scope="col">{t('commission.disputes.column.message')}</th>
                <th scope="col">{t('commission.disputes.column.status')}</th>
                <th scope="col">{t('commission.disputes.column.answer')}</th>
              </tr>
            </thead>
            <tbody>
              {state.value.map((dispute) => (
                <tr key={dispute.id}>
                  <td className="commission-table__date">
                    {formatStoreTime(dispute.openedAt, language)}
                  </td>
                  <td>{dispute.clerkName}</td>
                  <th scope="row">
                    <span className="mono">{dispute.ticket}</span>
                    <span className="commission-table__plan">
                      {dispute.ruleName[language]} · {t(lineKindKey[dispute.lineKind])} ·{' '}
                      {money(dispute.lineAmountFen)}
                    </span>
                  </th>
                  <td className="commission-disputes__message">{dispute.message}</td>
                  <td>
                    <span className={`badge badge--dispute-${dispute.status}`}>
                      {t(disputeStatusKey[dispute.status])}
                    </span>
                  </td>
                  <td className="commission-disputes__message">
                    {dispute.status === 'open' ? (
                      mayAnswerDispute(viewer, dispute) && (
                        <button
                          type="button"
                          className="button button--primary button--small"
                          aria-label={t('commission.disputes.answerLabel', {
                            name: dispute.clerkName,
                            ticket: dispute.ticket,
                          })}
                          onClick={() => setAnswering(dispute)}
                        >
                          {t('commission.disputes.answer')}
                        </button>
                      )
                    ) : (
                      <>
                        {dispute.answer}
                        {dispute.answeredByName && (
                          <span className="commission-table__plan">— {dispute.answeredByName}</span>
                        )}
                        {dispute.adjustmentFen !== null && (
                          <span className="commission-table__plan">
                            {t('commission.disputes.adjusted', {
                              amount: money(dispute.adjustmentFen),
                            })}
                          </span>
                        )}
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {answering && (
        <AnswerDisputeDialog
          dispute={answering}
          onClose={() => setAnswering(null)}
          onSent={() => {
            setAnswering(null);
            onChanged();
          }}
          onUnauthorized={onUnauthorized}
        />
      )}
    </article>
  );
}
