import { useCallback, useId, useMemo, useState } from 'react';
import type { FunnelReport } from '../../shared';
import { useText } from '../i18n/LanguageProvider';
import { topCount } from './chart-choice';
import { storeFunnelRows } from './funnel-stores';
import { FunnelTable } from './FunnelTable';
import { SalesChart } from './SalesChart';

/**
 * HQ's store comparison: every store's funnel in one zone or all of them, the busiest first,
 * with a bar chart of the top stores' orders above the full table.
 */
export function FunnelStores({ report }: { report: FunnelReport }) {
  const { t, language } = useText();
  const zoneSelect = useId();
  const [zoneId, setZoneId] = useState<string | null>(null);
  const rows = useMemo(() => storeFunnelRows(report, zoneId), [report, zoneId]);
  const charted = useMemo(() => rows.filter((row) => row.orders > 0).slice(0, topCount), [rows]);
  const labels = useMemo(() => charted.map((row) => row.name), [charted]);
  const values = useMemo(() => charted.map((row) => row.orders), [charted]);
  const format = useCallback((count: number) => count.toLocaleString('en-US'), []);
  const chartTitle = t('sales.funnel.storeChart', { count: charted.length });

  return (
    <div className="sales-funnel__stores">
      <div className="field field--inline">
        <label className="field__label" htmlFor={zoneSelect}>
          {t('sales.funnel.storeZone')}
        </label>
        <select
          id={zoneSelect}
          className="field__input"
          value={zoneId ?? ''}
          onChange={(event) => setZoneId(event.target.value || null)}
        >
          <option value="">{t('sales.funnel.storeZoneAll')}</option>
          {report.zones.map((zone) => (
            <option key={zone.zoneId} value={zone.zoneId}>
              {zone.name[language]}
            </option>
          ))}
        </select>
      </div>
      {charted.length > 0 && (
        <figure className="sales-funnel__chart" aria-label={chartTitle}>
          <figcaption className="sales-funnel__caption">{chartTitle}</figcaption>
          <SalesChart
            kind="horizontalBar"
            labels={labels}
            values={values}
            label={t('sales.funnel.orders')}
            format={format}
            integer
            height={Math.max(160, charted.length * 30 + 40)}
          />
        </figure>
      )}
      <div className="table-scroll sales-funnel__store-table">
        <FunnelTable
          rows={rows.map((row) => ({ ...row, key: row.storeId }))}
          heading={t('sales.funnel.store')}
          label={t('sales.funnel.byStore')}
        />
      </div>
      <p className="sales-card__foot">{t('sales.funnel.storeNote')}</p>
    </div>
  );
}
