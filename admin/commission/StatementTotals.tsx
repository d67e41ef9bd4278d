import type { CommissionStatement } from '../../shared';
import { useText } from '../i18n/LanguageProvider';
import { formatSignedMoney } from './commission-format';

/** The month's sums by kind and what the clerk is paid, the total set apart. */
export function StatementTotals({
  totals,
  lineCount,
}: {
  totals: CommissionStatement['totals'];
  lineCount: number;
}) {
  const { t, language } = useText();
  const items = [
    ['commission.total.earn', totals.earnFen],
    ['commission.total.reversal', totals.reversalFen],
    ['commission.total.clawback', totals.clawbackFen],
    ['commission.total.adjustment', totals.adjustmentFen],
  ] as const;
  return (
    <dl className="commission-totals">
      {items.map(([key, fen]) => (
        <div key={key} className="commission-totals__item">
          <dt>{t(key)}</dt>
          <dd className="commission-totals__value">{formatSignedMoney(fen, language)}</dd>
        </div>
      ))}
      <div className="commission-totals__item commission-totals__item--total">
        <dt>{t('commission.total.total')}</dt>
        <dd className="commission-totals__value">{formatSignedMoney(totals.totalFen, language)}</dd>
        <dd className="commission-totals__hint">
          {t('commission.total.hint', { count: lineCount })}
        </dd>
      </div>
    </dl>
  );
}
