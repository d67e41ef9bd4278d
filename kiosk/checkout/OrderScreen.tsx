import { useRef } from 'react';
import { formatFen } from '../../shared';
import { Icon } from '../app/Icon';
import { ChosenNumber } from '../numbers/ChosenNumber';
import { useHandset } from '../catalogue/useHandsets';
import { useLanguage, useT } from '../i18n/useT';
import { useSessionSelector, useSessionSend } from '../session/SessionContext';
import { CustomerForm } from './CustomerForm';
import { CartLines } from './CartLines';
import { customerProblems } from './customerProblems';
import { OrderSummary } from './OrderSummary';
import { PlanCards } from './PlanCards';
import { ServicesPicker } from './ServicesPicker';
import { useCartSelection, usePlans, useServices } from './useCheckout';
import './checkout.css';

export function OrderScreen() {
  const t = useT();
  const language = useLanguage();
  const send = useSessionSend();
  const context = useSessionSelector((snapshot) => snapshot.context);
  const handset = useHandset(context.handsetId);
  const plans = usePlans() ?? [];
  const services = useServices() ?? [];
  const priced = useCartSelection();
  const customerRef = useRef<HTMLElement>(null);
  if (!handset) return null;
  const problems = customerProblems(context.customer);
  const chosenNumber = priced?.selection.number ?? null;
  const minimumFeeFen = chosenNumber?.minPlanFeeFen ?? 0;
  const planFeeFen = priced?.selection.plan?.monthlyFeeFen ?? 0;
  const planTooCheap = minimumFeeFen > 0 && planFeeFen < minimumFeeFen;
  const bundle = priced?.selection.bundle ?? null;
  const detailsIncomplete = Object.keys(problems).length > 0 || context.consent === null;
  const review = () => {
    send({ type: 'order.reviewed' });
    // The form may be scrolled away (landscape keeps the button in view): bring it back.
    if (detailsIncomplete) customerRef.current?.scrollIntoView({ behavior: 'smooth' });
  };

  return (
    <div className="page checkout">
      <h1 className="page__title checkout__title">{t('order.title')}</h1>
      <div className="checkout__layout">
        <div className="checkout__main">
          <section className="checkout__section">
            <div className="checkout__section-head">
              <h2 className="section-title">{t('order.plan')}</h2>
              <button
                type="button"
                className="chip chip--helper"
                onClick={() => send({ type: 'planHelper.opened' })}
              >
                <Icon name="spark" />
                {t('plan.helper')}
              </button>
            </div>
            {context.bundle?.planId && <p className="checkout__hint">{t('planHelper.locked')}</p>}
            <PlanCards
              plans={plans}
              chosen={context.planId}
              onChoose={(planId) => send({ type: 'plan.chosen', planId })}
              minimumFeeFen={minimumFeeFen}
              bundlePlanId={context.bundle?.planId ?? null}
            />
          </section>
          <section className="checkout__section">
            <h2 className="section-title">{t('order.number')}</h2>
            <p className="checkout__hint">{t('order.numberHint')}</p>
            <ChosenNumber chosen={context.number ? chosenNumber : null} />
          </section>
          <section className="checkout__section">
            <h2 className="section-title">{t('order.services')}</h2>
            <p className="checkout__hint">{t('order.servicesHint')}</p>
            <ServicesPicker
              services={services}
              chosen={context.serviceIds}
              included={context.bundle?.serviceIds ?? []}
              onToggle={(serviceId) => send({ type: 'service.toggled', serviceId })}
            />
          </section>
          <section className="checkout__section" ref={customerRef}>
            <h2 className="section-title">{t('order.customer')}</h2>
            <p className="checkout__hint">{t('order.customerHint')}</p>
            <CustomerForm
              customer={context.customer}
              consent={context.consent !== null}
              problems={problems}
              showErrors={context.showErrors}
              onChange={(field, value) => send({ type: 'customer.changed', field, value })}
              onConsent={(consent) => send({ type: 'consent.changed', consent, at: Date.now() })}
            />
          </section>
        </div>
        {/* Landscape: the cart beside the choices, always in view; portrait: around them. */}
        <div className="checkout__cart">
          <OrderSummary
            handset={handset}
            colour={context.colour}
            bundle={bundle}
            onRemoveBundle={() => send({ type: 'bundle.removed' })}
          />
          {priced && (
            <section className="receipt checkout__receipt" aria-labelledby="cart-lines">
              <h2 className="section-title" id="cart-lines">
                {t('review.items')}
              </h2>
              <CartLines priced={priced} />
            </section>
          )}
          <p className="pay-note">
            <Icon name="check" />
            {t('order.payNote')}
          </p>
          <footer className="checkout__bar">
            <div className="checkout__total">
              <span>{t('review.total')}</span>
              <strong>{priced ? formatFen(priced.pricing.totalFen, language) : '—'}</strong>
            </div>
            {planTooCheap && (
              <p className="checkout__problem" id="plan-too-cheap">
                {t('order.planTooCheap', { price: formatFen(minimumFeeFen, language) })}
              </p>
            )}
            {!planTooCheap && context.showErrors && detailsIncomplete && (
              <p className="checkout__problem" role="alert">
                {t('order.detailsMissing')}
              </p>
            )}
            <button
              type="button"
              className="button button--primary button--large checkout__next"
              disabled={planTooCheap}
              aria-describedby={planTooCheap ? 'plan-too-cheap' : undefined}
              onClick={review}
            >
              {t('order.review')}
              <Icon name="arrow" />
            </button>
          </footer>
        </div>
      </div>
    </div>
  );
}
