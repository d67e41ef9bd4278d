import { bundleSaving, formatFen, type OrderLine } from '../../shared';
import { localText, type MessageKey } from '../i18n/messages';
import { useLanguage, useT } from '../i18n/useT';
import { groupDigits } from '../numbers/numberSearch';
import type { PricedSelection } from './useCheckout';

const lineLabel: Record<OrderLine['kind'], MessageKey> = {
  handset: 'review.line.handset',
  bundle: 'review.line.bundle',
  plan: 'review.line.plan',
  subsidy: 'review.line.subsidy',
  number: 'review.line.number',
  service: 'review.line.service',
};

/** The cart line by line with its total, as the order's side panel and the review show it. */
export function CartLines({ priced }: { priced: PricedSelection }) {
  const t = useT();
  const language = useLanguage();
  const { selection, pricing } = priced;
  const { handset, plan, number, bundle, services } = selection;
  const saving = bundle && handset ? bundleSaving(bundle, handset, services).savingFen : 0;

  const detailOf = (line: OrderLine): string => {
    const model = handset ? `${handset.brand} ${handset.model}` : '';
    if (line.kind === 'handset') return model;
    if (line.kind === 'bundle' && bundle) return `${localText(bundle.name, language)} · ${model}`;
    if (line.kind === 'number' && number) return groupDigits(number.number);
    if (line.kind === 'service') {
      const service = services.find((each) => each.id === line.refId);
      const name = service ? localText(service.name, language) : line.refId;
      return line.unitFen === 0 && bundle ? `${name} · ${t('service.included')}` : name;
    }
    return plan ? localText(plan.name, language) : '';
  };

  return (
    <>
      <ul className="receipt__lines">
        {pricing.lines.map((line) => (
          <li key={`${line.kind}-${line.refId}`} className="receipt__line">
            <span className="receipt__label">
              {t(lineLabel[line.kind])}
              <small>{detailOf(line)}</small>
            </span>
            <span
              className={
                line.unitFen < 0 ? 'receipt__amount receipt__amount--off' : 'receipt__amount'
              }
            >
              {line.unitFen < 0 ? '−' : ''}
              {formatFen(Math.abs(line.unitFen) * line.quantity, language)}
            </span>
          </li>
        ))}
      </ul>
      <p className="receipt__total">
        <span>{t('review.total')}</span>
        {saving > 0 && (
          <span className="receipt__saving">
            {t('review.saving', { price: formatFen(saving, language) })}
          </span>
        )}
        <strong>{formatFen(pricing.totalFen, language)}</strong>
      </p>
    </>
  );
}
