import { useState } from 'react';
import { maxReportDays, type SalesGroupBy } from '../../shared';
import { describeError } from '../api/describe-error';
import { loadFunnel, loadSales, salesCsvPath, salesPath, funnelPath } from '../api/reports';
import { useRemote } from '../api/useRemote';
import { useText } from '../i18n/LanguageProvider';
import type { ShellContext } from '../shell/Shell';
import { FunnelView } from './FunnelView';
import { SalesBreakdown } from './SalesBreakdown';
import { presetDays, rangeProblem, type DayRange } from './sales-range';
import { SalesToolbar } from './SalesToolbar';
import { SalesTotals } from './SalesTotals';
import { TodayStrip } from './TodayStrip';
import './sales.css';

/** The sales page: today live, then the chosen range's totals, breakdown and zone funnel. */
export function SalesPage({ storeId, onUnauthorized }: ShellContext) {
  const { t, language } = useText();
  const [range, setRange] = useState<DayRange>(() => presetDays('last30', Date.now()));
  const [groupBy, setGroupBy] = useState<SalesGroupBy>('day');
  const problem = rangeProblem(range);
  const filter = { ...range, storeId, groupBy };

  return (
    <section className="sales-page">
      <TodayStrip storeId={storeId} onUnauthorized={onUnauthorized} />
      <SalesToolbar
        range={range}
        onRangeChange={setRange}
        groupBy={groupBy}
        onGroupByChange={setGroupBy}
        csvHref={problem ? null : salesCsvPath(filter, language)}
      />
      {problem ? (
        <p className="notice notice--warning" role="alert">
          {t(`sales.range.${problem}`, { days: maxReportDays })}
        </p>
      ) : (
        <SalesRange filter={filter} onUnauthorized={onUnauthorized} />
      )}
    </section>
  );
}

function SalesRange(props: {
  filter: DayRange & { storeId: string | null; groupBy: SalesGroupBy };
  onUnauthorized: () => void;
}) {
  const { t } = useText();
  const { filter, onUnauthorized } = props;
  const sales = useRemote(salesPath(filter), (signal) => loadSales(filter, signal), onUnauthorized);
  const funnel = useRemote(
    funnelPath(filter),
    (signal) => loadFunnel(filter, signal),
    onUnauthorized,
  );

  return (
    <>
      {sales.state.status === 'failed' && (
        <p className="notice notice--error" role="alert">
          {t('sales.loadFailed', { reason: describeError(sales.state.error, t) })}
        </p>
      )}
      {sales.state.status === 'loading' && (
        <p className="sales-loading" role="status">
          {t('app.loading')}
        </p>
      )}
      {sales.state.status === 'ready' && (
        <>
          <SalesTotals totals={sales.state.value.totals} />
          {sales.state.value.totals.orders === 0 ? (
            <p className="empty-state">{t('sales.empty')}</p>
          ) : (
            <SalesBreakdown report={sales.state.value} />
          )}
        </>
      )}
      {funnel.state.status === 'ready' && <FunnelView report={funnel.state.value} />}
      {funnel.state.status === 'failed' && (
        <p className="notice notice--error" role="alert">
          {t('sales.loadFailed', { reason: describeError(funnel.state.error, t) })}
        </p>
      )}
    </>
  );
}
