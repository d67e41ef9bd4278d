import {
  bundleSaving,
  formatFen,
  maskIdNumber,
  maskName,
  maskPhone,
  type OrderLine,
} from '../../shared';
import { Icon } from '../app/Icon';
import { ClerkAssist } from '../assist/ClerkAssist';
import { localText, type MessageKey } from '../i18n/messages';
import { useLanguage, useT } from '../i18n/useT';
import { useSessionSelector, useSessionSend } from '../session/SessionContext';
import { groupDigits } from '../numbers/numberSearch';
import { OrderSummary } from './OrderSummary';
import { useCartSelection } from './useCheckout';
import './checkout.css';

const lineLabel: Record<OrderLine['kind'], MessageKey> = {
  handset: 'review.line.handset',
  bundle: 'review.line.bundle',
  plan: 'review.line.plan',
  subsidy: 'review.line.subsidy',
  number: 'review.line.number',
  service: 'review.line.service',
};

/** The order as it will be placed; personal data shown masked, as on every kiosk screen. */
export function ReviewScreen() {
  const t = useT();
  const language = useLanguage();
  const send = useSessionSend();
  const context = useSessionSelector((snapshot) => snapshot.context);
  const submitting = useSessionSelector((snapshot) =>
    snapshot.matches({ visiting: { flow: 'submitting' } }),
  );
  const priced = useCartSelection();
  if (!priced?.selection.handset) return null;
  const { selection, pricing } = priced;
  const { handset, plan, number, bundle, services } = selection;
  if (!handset) return null;
  const saving = bundle ? bundleSaving(bundle, handset, services).savingFen : 0;

  const detailOf = (line: OrderLine): string => {
    if (line.kind === 'handset') return `${handset.brand} ${handset.model}`;
    if (line.kind === 'bundle' && bundle) {
      return `${localText(bundle.name, language)} · ${handset.brand} ${handset.model}`;
    }
    if (line.kind === 'number' && number) return groupDigits(number.number);
    if (line.kind === 'service') {
      const service = services.find((each) => each.id === line.refId);
      const name = service ? localText(service.name, language) : line.refId;
      return line.unitFen === 0 && bundle ? `${name} · ${t('service.included')}` : name;
    }
    return plan ? localText(plan.name, language) : '';
  };

  return (
    <div className="page checkout review">
      <h1 className="page__title">{t('review.title')}</h1>
      <OrderSummary handset={handset} colour={context.colour} bundle={bundle} />
      <div className="receipt">
        <h2 className="section-title">{t('review.items')}</h2>
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
        <div className="receipt__total">
          <span>{t('review.total')}</span>
          <strong>{formatFen(pricing.totalFen, language)}</strong>
        </div>
        {saving > 0 && (
          <p className="receipt__saving">
            {t('review.saving', { price: formatFen(saving, language) })}
          </p>
        )}
        <h2 className="section-title">{t('review.customer')}</h2>
        <dl className="receipt__customer">
          <div>
            <dt>{t('field.name')}</dt>
            <dd>{maskName(context.customer.name.trim())}</dd>
          </div>
          <div>
            <dt>{t('field.idNumber')}</dt>
            <dd>{maskIdNumber(context.customer.idNumber.trim().toUpperCase())}</dd>
          </div>
          <div>
            <dt>{t('field.phone')}</dt>
            <dd>{maskPhone(context.customer.phone)}</dd>
          </div>
          {context.clerk && (
            <div>
              <dt>{t('review.clerk')}</dt>
              <dd>{context.clerk.displayName}</dd>
            </div>
          )}
        </dl>
        <p className="pay-note">
          <Icon name="check" />
          {t('order.payNote')}
        </p>
      </div>
      {context.submitError && (
        <p className="review__error" role="alert">
          {t(context.submitError === 'pricesChanged' ? 'review.pricesChanged' : 'review.failed')}
        </p>
      )}
      <footer className="checkout__bar">
        <span className="review__assist">
          <ClerkAssist />
        </span>
        <button
          type="button"
          className="button button--secondary button--large"
          disabled={submitting}
          onClick={() => send({ type: 'nav.back' })}
        >
          {t('review.edit')}
        </button>
        <button
          type="button"
          className="button button--primary button--large checkout__submit"
          disabled={submitting}
          onClick={() => send({ type: 'order.confirmed', pricing })}
        >
          {submitting ? t('review.submitting') : t('review.submit')}
        </button>
      </footer>
    </div>
  );
}
