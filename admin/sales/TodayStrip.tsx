import { useCallback, useMemo } from 'react';
import { describeError } from '../api/describe-error';
import { orderStatusKey } from '../i18n/labels';
import { useText } from '../i18n/LanguageProvider';
import { formatMoney } from '../orders/order-format';
import { formatStoreTime } from '../orders/store-time';
import { SalesChart } from './SalesChart';
import { useToday } from './useToday';

/** The shop day (08–21), widened to any hour that sold outside it. */
function hoursShown(byHour: readonly { hour: number; orders: number }[]): number[] {
  const selling = byHour.filter((h) => h.orders > 0).map((h) => h.hour);
  const first = Math.min(8, ...selling);
  const last = Math.max(21, ...selling);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** Today so far, polled: what kiosks have synced shows here within seconds. */
export function TodayStrip(props: { storeId: string | null; onUnauthorized: () => void }) {
  const { t, language } = useText();
  const { report, error } = useToday(props.storeId, props.onUnauthorized);
  const hours = useMemo(() => hoursShown(report?.byHour ?? []), [report]);
  const labels = useMemo(() => hours.map((h) => String(h).padStart(2, '0')), [hours]);
  const values = useMemo(() => hours.map((h) => report?.byHour[h]?.orders ?? 0), [hours, report]);
  const format = useCallback((n: number) => String(Math.round(n)), []);
  const showStore = props.storeId === null;

  return (
    <section
      className="sales-card today"
      aria-labelledby="today-title"
      aria-busy={!report && !error}
    >
      <header className="today__head">
        <h2 className="sales-card__title" id="today-title">
          <span className="today__pulse" aria-hidden="true" />
          {t('sales.today.title')}
        </h2>
        <span className="today__meta">
          {error
            ? t('sales.today.stale', { reason: describeError(error, t) })
            : report
              ? `${t('common.updatedAt', { time: formatStoreTime(report.serverTime, language) })} · ${t('sales.today.live')}`
              : t('app.loading')}
        </span>
      </header>
      <div className="today__body">
        <dl className="today__figures">
          <div>
            <dt>{t('sales.today.orders')}</dt>
            <dd>{report ? report.totals.orders : '—'}</dd>
          </div>
          <div>
            <dt>{t('sales.today.revenue')}</dt>
            <dd>{report ? formatMoney(report.totals.revenueFen, language) : '—'}</dd>
          </div>
        </dl>
        <div className="today__hours">
          <SalesChart
            kind="bar"
            labels={labels}
            values={values}
            label={t('sales.today.byHour')}
            format={format}
            height={120}
            integer
          />
        </div>
        <div className="today__latest">
          <h3 className="today__subtitle">{t('sales.today.latest')}</h3>
          {report && report.latest.length === 0 && (
            <p className="today__none">{t('sales.today.none')}</p>
          )}
          <ol className="today__list">
            {report?.latest.slice(0, 5).map((order) => (
              <li key={order.ticket} className="today__order">
                <span className="today__time">{formatStoreTime(order.at, language).slice(-5)}</span>
                <span className="today__what">
                  {order.handset ?? order.plan?.[language] ?? order.ticket}
                  {showStore && <span className="today__store"> · {order.storeName}</span>}
                </span>
                <span className="today__amount">{formatMoney(order.totalFen, language)}</span>
                <span className={`badge badge--${order.status}`}>
                  {t(orderStatusKey[order.status])}
                </span>
              </li>
            ))}
          </ol>
        </div>
      </div>
    </section>
  );
}
