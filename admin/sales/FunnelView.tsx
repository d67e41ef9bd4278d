import { useState } from 'react';
import type { FunnelReport } from '../../shared';
import { useText } from '../i18n/LanguageProvider';
import { FunnelStores } from './FunnelStores';
import { FunnelTable, type FunnelTableRow } from './FunnelTable';

type FunnelMode = 'zone' | 'store';

/**
 * The kiosks' funnel (views → plays → "get this" → orders): by zone, and for HQ looking at more
 * than one store, store by store too.
 */
export function FunnelView({ report }: { report: FunnelReport }) {
  const { t, language } = useText();
  const [mode, setMode] = useState<FunnelMode>('zone');
  const comparesStores = report.stores.length > 1;
  const shown = comparesStores ? mode : 'zone';
  const zoneRows: FunnelTableRow[] = [
    { ...report.totals, key: 'all', name: t('sales.funnel.all'), total: true },
    ...report.zones.map((zone) => ({ ...zone, key: zone.zoneId, name: zone.name[language] })),
  ];
  return (
    <section className="sales-card sales-funnel" aria-labelledby="sales-funnel-title">
      <div className="sales-funnel__head">
        <h2 className="sales-card__title" id="sales-funnel-title">
          {t('sales.funnel.title')}
        </h2>
        {comparesStores && (
          <div className="segmented" role="group" aria-label={t('sales.funnel.view')}>
            {(['zone', 'store'] as const).map((option) => (
              <button
                key={option}
                type="button"
                className="segmented__option"
                aria-pressed={shown === option}
                onClick={() => setMode(option)}
              >
                {t(option === 'zone' ? 'sales.funnel.byZone' : 'sales.funnel.byStore')}
              </button>
            ))}
          </div>
        )}
      </div>
      {shown === 'store' ? (
        <FunnelStores report={report} />
      ) : (
        <div className="table-scroll">
          <FunnelTable
            rows={zoneRows}
            heading={t('sales.funnel.zone')}
            label={t('sales.funnel.byZone')}
          />
        </div>
      )}
      <p className="sales-card__foot">{t('sales.funnel.note')}</p>
    </section>
  );
}
