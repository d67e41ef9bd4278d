import type { FunnelSteps } from '../../shared';
import { useText } from '../i18n/LanguageProvider';
import { percentOf } from './chart-choice';

const steps = ['views', 'plays', 'taps', 'orders'] as const;

export interface FunnelTableRow extends FunnelSteps {
  key: string;
  name: string;
  /** Drawn apart (the total above the rows). */
  total?: boolean;
}

/** Rows of four steps as bars scaled to each row's views, with the step-to-step rate under each. */
export function FunnelTable(props: {
  rows: readonly FunnelTableRow[];
  heading: string;
  label: string;
}) {
  const { t } = useText();
  return (
    <table className="data-table sales-funnel__table" aria-label={props.label}>
      <thead>
        <tr>
          <th scope="col">{props.heading}</th>
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
        {props.rows.map((row) => (
          <tr key={row.key} className={row.total ? 'sales-funnel__total' : undefined}>
            <th scope="row">{row.name}</th>
            {steps.map((step, index) => {
              const before = index === 0 ? null : row[steps[index - 1]!];
              return (
                <td key={step} className="sales-funnel__step">
                  <span className="sales-funnel__count">{row[step].toLocaleString('en-US')}</span>
                  <span className="sales-funnel__track" aria-hidden="true">
                    <span
                      className={`sales-funnel__bar sales-funnel__bar--${step}`}
                      style={{
                        width: row.views > 0 ? `${Math.max(1, (row[step] / row.views) * 100)}%` : 0,
                      }}
                    />
                  </span>
                  {before !== null && (
                    <span className="sales-funnel__rate">{percentOf(row[step], before)}</span>
                  )}
                </td>
              );
            })}
            <td className="num sales-funnel__overall">{percentOf(row.orders, row.views)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
