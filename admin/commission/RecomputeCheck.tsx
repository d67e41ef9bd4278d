import { recomputePeriod } from '../api/commission';
import { useSubmission } from '../api/useSubmission';
import { useText } from '../i18n/LanguageProvider';
import { formatSignedMoney, periodLabel } from './commission-format';
import type { PeriodRecompute } from '../../shared';

/** Differing orders listed under the verdict; the server names up to 50. */
const listed = 5;

/**
 * HQ's check of a month: replays its orders through the rules and says whether the ledger
 * holds the same lines, or which orders differ. Writes nothing, so it may be run any time.
 */
export function RecomputeCheck({
  period,
  onUnauthorized,
}: {
  period: string;
  onUnauthorized: () => void;
}) {
  const { t, language } = useText();
  const submission = useSubmission<PeriodRecompute>('commission.recompute.failed', onUnauthorized);
  const { state } = submission;
  const money = (fen: number) => formatSignedMoney(fen, language);
  return (
    <div className="commission-recompute">
      <button
        type="button"
        className="button button--secondary no-print"
        aria-label={`${t('commission.recompute.run')} · ${periodLabel(period, language)}`}
        disabled={state.status === 'working'}
        onClick={() => void submission.submit(() => recomputePeriod(period))}
      >
        {state.status === 'working'
          ? t('commission.recompute.working')
          : t('commission.recompute.run')}
      </button>
      <span role="status" className="commission-recompute__verdict">
        {state.status === 'failed' && <span className="form-error">{state.message}</span>}
        {state.status === 'done' && state.result.period === period && (
          <RecomputeVerdict result={state.result} money={money} />
        )}
      </span>
    </div>
  );
}

function RecomputeVerdict({
  result,
  money,
}: {
  result: PeriodRecompute;
  money: (fen: number) => string;
}) {
  const { t } = useText();
  if (result.identical) {
    return (
      <span className="badge badge--recompute-same">
        {t('commission.recompute.same', {
          orders: result.orders,
          lines: result.ledger.lines,
          total: money(result.ledger.totalFen),
        })}
      </span>
    );
  }
  return (
    <>
      <span className="badge badge--recompute-differs">
        {t('commission.recompute.differs', {
          count: result.differenceCount,
          ledger: money(result.ledger.totalFen),
          recomputed: money(result.recomputed.totalFen),
        })}
      </span>
      <ul className="commission-recompute__orders">
        {result.differences.slice(0, listed).map((difference) => (
          <li key={difference.orderId}>
            {t('commission.recompute.order', {
              ticket: difference.ticket,
              ledger: money(difference.ledger.reduce((sum, line) => sum + line.amountFen, 0)),
              recomputed: money(
                difference.recomputed.reduce((sum, line) => sum + line.amountFen, 0),
              ),
            })}
          </li>
        ))}
      </ul>
    </>
  );
}
