import { useCallback, useMemo } from 'react';
import { isTimeGroupBy, type SalesReport } from '../../shared';
import { useText } from '../i18n/LanguageProvider';
import { formatMoney } from '../orders/order-format';
import { bucketLabel, chartGroups, chartKindFor, percentOf, topCount } from './chart-choice';
import { SalesChart } from './SalesChart';

/** Rows the table lists before pointing at the CSV for the rest. */
const tableRows = 30;

/** The report's chart (trend, ranking or share) beside its table of groups. */
export function SalesBreakdown({ report }: { report: SalesReport }) {
  const { t, language } = useText();
  const { groupBy } = report;
  const kind = chartKindFor(groupBy);
  const drawn = useMemo(() => chartGroups(groupBy, report.groups), [groupBy, report.groups]);
  const labels = useMemo(
    () =>
      drawn.map((g) => (isTimeGroupBy(groupBy) ? bucketLabel(groupBy, g.key) : g.name[language])),
    [drawn, groupBy, language],
  );
  const values = useMemo(() => drawn.map((g) => g.revenueFen / 100), [drawn]);
  const format = useCallback(
    (yuan: number) => formatMoney(Math.round(yuan * 100), language),
    [language],
  );
  const title =
    kind === 'line'
      ? t('sales.chart.trend')
      : kind === 'doughnut'
        ? t('sales.chart.share')
        : t('sales.chart.top', { count: Math.min(topCount, drawn.length) });
  const listed = isTimeGroupBy(groupBy)
    ? [...report.groups].reverse().filter((g) => g.orders > 0)
    : report.groups;
  const height = kind === 'horizontalBar' ? Math.max(220, drawn.length * 34 + 40) : 300;

  return (
    <div className="sales-breakdown">
      <section className="sales-card sales-breakdown__chart" aria-label={title}>
        <h2 className="sales-card__title">{title}</h2>
        <SalesChart
          kind={kind}
          labels={labels}
          values={values}
          label={t('sales.chart.revenue')}
          format={format}
          height={height}
        />
      </section>
      <section className="sales-card sales-breakdown__table">
        <div className="table-scroll">
          <table className="data-table sales-table" aria-label={t('sales.table.label')}>
            <thead>
              <tr>
                <th scope="col">{t(`sales.groupBy.${groupBy}`)}</th>
                <th scope="col" className="num">
                  {t('sales.table.orders')}
                </th>
                <th scope="col" className="num">
                  {t('sales.table.revenue')}
                </th>
                <th scope="col" className="num">
                  {t('sales.table.share')}
                </th>
                <th scope="col" className="num">
                  {t('sales.table.cancelled')}
                </th>
              </tr>
            </thead>
            <tbody>
              {listed.slice(0, tableRows).map((group) => (
                <tr key={group.key ?? '-'}>
                  <th scope="row" className="sales-table__name">
                    {group.name[language]}
                  </th>
                  <td className="num">{group.orders.toLocaleString('en-US')}</td>
                  <td className="num">{formatMoney(group.revenueFen, language)}</td>
                  <td className="num">{percentOf(group.revenueFen, report.totals.revenueFen)}</td>
                  <td className="num">{group.cancelled.toLocaleString('en-US')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {listed.length > tableRows && (
          <p className="sales-card__foot">
            {t('sales.table.more', { count: listed.length - tableRows })}
          </p>
        )}
      </section>
    </div>
  );
}
