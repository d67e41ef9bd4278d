import type { SalesTotals as Totals } from '../../shared';
import { useText } from '../i18n/LanguageProvider';
import { formatMoney } from '../orders/order-format';
import { percentOf } from './chart-choice';

/** The range's headline figures: orders, revenue, average order, activated and cancelled. */
export function SalesTotals({ totals }: { totals: Totals }) {
  const { t, language } = useText();
  const kept = totals.orders - totals.cancelled;
  const average = kept > 0 ? Math.round(totals.revenueFen / kept) : 0;
  return (
    <dl className="sales-totals" aria-live="polite">
      <div className="sales-totals__item">
        <dt>{t('sales.total.orders')}</dt>
        <dd className="sales-totals__value">{totals.orders.toLocaleString('en-US')}</dd>
      </div>
      <div className="sales-totals__item sales-totals__item--main">
        <dt>{t('sales.total.revenue')}</dt>
        <dd className="sales-totals__value">{formatMoney(totals.revenueFen, language)}</dd>
        <dd className="sales-totals__hint">{t('sales.total.revenueHint')}</dd>
      </div>
      <div className="sales-totals__item">
        <dt>{t('sales.total.average')}</dt>
        <dd className="sales-totals__value">{formatMoney(average, language)}</dd>
      </div>
      <div className="sales-totals__item">
        <dt>{t('sales.total.activated')}</dt>
        <dd className="sales-totals__value">{totals.activated.toLocaleString('en-US')}</dd>
        <dd className="sales-totals__hint">
          {t('sales.total.rate', { percent: percentOf(totals.activated, totals.orders) })}
        </dd>
      </div>
      <div className="sales-totals__item">
        <dt>{t('sales.total.cancelled')}</dt>
        <dd className="sales-totals__value">{totals.cancelled.toLocaleString('en-US')}</dd>
        <dd className="sales-totals__hint">
          {t('sales.total.rate', { percent: percentOf(totals.cancelled, totals.orders) })}
        </dd>
      </div>
    </dl>
  );
}
