import { formatFen, maskIdNumber, maskName, maskPhone } from '../../shared';
import { Icon } from '../app/Icon';
import { ClerkAssist } from '../assist/ClerkAssist';
import { useLanguage, useT } from '../i18n/useT';
import { useSessionSelector, useSessionSend } from '../session/SessionContext';
import { CartLines } from './CartLines';
import { OrderSummary } from './OrderSummary';
import { useCartSelection } from './useCheckout';
import './checkout.css';

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
  const handset = priced?.selection.handset;
  if (!priced || !handset) return null;

  return (
    <div className="page checkout review">
      <h1 className="page__title checkout__title">{t('review.title')}</h1>
      <div className="checkout__layout">
        <div className="checkout__main">
          <div className="receipt">
            <h2 className="section-title">{t('review.items')}</h2>
            <CartLines priced={priced} />
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
          </div>
        </div>
        <div className="checkout__cart">
          <OrderSummary
            handset={handset}
            colour={context.colour}
            bundle={priced.selection.bundle}
          />
          <p className="pay-note">
            <Icon name="check" />
            {t('order.payNote')}
          </p>
          {context.submitError && (
            <p className="review__error" role="alert">
              {t(
                context.submitError === 'pricesChanged' ? 'review.pricesChanged' : 'review.failed',
              )}
            </p>
          )}
          <footer className="checkout__bar">
            <div className="checkout__total">
              <span>{t('review.total')}</span>
              <strong>{formatFen(priced.pricing.totalFen, language)}</strong>
            </div>
            <span className="review__assist">
              <ClerkAssist />
            </span>
            <button
              type="button"
              className="button button--secondary button--large review__edit"
              disabled={submitting}
              onClick={() => send({ type: 'nav.back' })}
            >
              {t('review.edit')}
            </button>
            <button
              type="button"
              className="button button--primary button--large checkout__submit"
              disabled={submitting}
              onClick={() => send({ type: 'order.confirmed', pricing: priced.pricing })}
            >
              {submitting ? t('review.submitting') : t('review.submit')}
            </button>
          </footer>
        </div>
      </div>
    </div>
  );
}
