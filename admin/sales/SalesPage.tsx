import { useState } from 'react';
import { maxReportDays, type SalesFilters, type SalesGroupBy } from '../../shared';
import { describeError } from '../api/describe-error';
import {
  funnelPath,
  loadFunnel,
  loadSales,
  loadSalesOptions,
  salesCsvPath,
  salesOptionsPath,
  salesPath,
  type SalesFilter,
} from '../api/reports';
import { useRemote } from '../api/useRemote';
import { useText } from '../i18n/LanguageProvider';
import type { ShellContext } from '../shell/Shell';
import { FunnelView } from './FunnelView';
import { SalesBreakdown } from './SalesBreakdown';
import { SalesFilterBar } from './SalesFilterBar';
import { filtersInScope } from './sales-filters';
import { presetDays, rangeProblem, type DayRange } from './sales-range';
import { SalesToolbar } from './SalesToolbar';
import { SalesTotals } from './SalesTotals';
import { TodayStrip } from './TodayStrip';
import './sales.css';

/**
 * The sales page: today live, then the chosen range's totals, breakdown and zone funnel. The
 * range, store, grouping and filters form one query: the chart, the table and the CSV link are
 * all built from it, so the download is always what is on screen.
 */
export function SalesPage({ storeId, onUnauthorized }: ShellContext) {
  const { t, language } = useText();
  const [range, setRange] = useState<DayRange>(() => presetDays('last30', Date.now()));
  const [groupBy, setGroupBy] = useState<SalesGroupBy>('day');
  const [filters, setFilters] = useState<SalesFilters>({});
  const problem = rangeProblem(range);
  const filter: SalesFilter = {
    ...range,
    storeId,
    groupBy,
    filters: filtersInScope(filters, storeId),
  };

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
      <SalesFilterOptions
        storeId={storeId}
        filters={filters}
        onFiltersChange={setFilters}
        onUnauthorized={onUnauthorized}
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

/** The filter bar, its choices read once per store scope. */
function SalesFilterOptions(props: {
  storeId: string | null;
  filters: SalesFilters;
  onFiltersChange: (filters: SalesFilters) => void;
  onUnauthorized: () => void;
}) {
  const { storeId, onUnauthorized } = props;
  const options = useRemote(
    salesOptionsPath(storeId),
    (signal) => loadSalesOptions(storeId, signal),
    onUnauthorized,
  );
  return (
    <SalesFilterBar
      filters={props.filters}
      onFiltersChange={props.onFiltersChange}
      storeId={storeId}
      options={options.state}
    />
  );
}

function SalesRange(props: { filter: SalesFilter; onUnauthorized: () => void }) {
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
            <p className="empty-state">
              {Object.keys(filter.filters ?? {}).length > 0
                ? t('sales.emptyFiltered')
                : t('sales.empty')}
            </p>
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
