import type { FunnelReport, FunnelZone } from '../../shared';
import { useText } from '../i18n/LanguageProvider';
import { percentOf } from './chart-choice';

const steps = ['views', 'plays', 'taps', 'orders'] as const;

/** Each zone's four steps as bars scaled to its views, with the step-to-step rate under each. */
export function FunnelView({ report }: { report: FunnelReport }) {
  const { t, language } = useText();
  const total: FunnelZone = {
    ...report.totals,
    zoneId: 'all',
    name: { zh: t('sales.funnel.all'), en: t('sales.funnel.all') },
  };
  const rows = [total, ...report.zones];
  return (
    <section className="sales-card sales-funnel" aria-labelledby="sales-funnel-title">
      <h2 className="sales-card__title" id="sales-funnel-title">
        {t('sales.funnel.title')}
      </h2>
      <div className="table-scroll">
        <table className="data-table sales-funnel__table">
          <thead>
            <tr>
              <th scope="col">{t('sales.funnel.zone')}</th>
              {steps.map((step) => (
                <th scope="col" key={step}>
                  {t(`sales.funnel.${step}`)}
                </th>
              ))}
              <th scope="col" className="num">
                {t('sales.funnel.overall')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((zone) => (
              <tr key={zone.zoneId} className={zone === total ? 'sales-funnel__total' : undefined}>
                <th scope="row">{zone.name[language]}</th>
                {steps.map((step, index) => {
                  const before = index === 0 ? null : zone[steps[index - 1]!];
                  return (
                    <td key={step} className="sales-funnel__step">
                      <span className="sales-funnel__count">
                        {zone[step].toLocaleString('en-US')}
                      </span>
                      <span className="sales-funnel__track" aria-hidden="true">
                        <span
                          className={`sales-funnel__bar sales-funnel__bar--${step}`}
                          style={{
                            width:
                              zone.views > 0
                                ? `${Math.max(1, (zone[step] / zone.views) * 100)}%`
                                : 0,
                          }}
                        />
                      </span>
                      {before !== null && (
                        <span className="sales-funnel__rate">{percentOf(zone[step], before)}</span>
                      )}
                    </td>
                  );
                })}
                <td className="num sales-funnel__overall">{percentOf(zone.orders, zone.views)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="sales-card__foot">{t('sales.funnel.note')}</p>
    </section>
  );
}
