import { formatFen } from '../../shared';
import { Icon } from '../app/Icon';
import { ChosenNumber } from '../numbers/ChosenNumber';
import { useHandset } from '../catalogue/useHandsets';
import { useLanguage, useT } from '../i18n/useT';
import { useSessionSelector, useSessionSend } from '../session/SessionContext';
import { CustomerForm } from './CustomerForm';
import { customerProblems } from './customerProblems';
import { OrderSummary } from './OrderSummary';
import { PlanCards } from './PlanCards';
import { usePlans, usePricedSelection } from './useCheckout';
import './checkout.css';

export function OrderScreen() {
  const t = useT();
  const language = useLanguage();
  const send = useSessionSend();
  const context = useSessionSelector((snapshot) => snapshot.context);
  const handset = useHandset(context.handsetId);
  const plans = usePlans() ?? [];
  const priced = usePricedSelection(context.handsetId, context.planId, context.number);
  if (!handset) return null;
  const problems = customerProblems(context.customer);
  const chosenNumber = priced?.selection.number ?? null;
  const minimumFeeFen = chosenNumber?.minPlanFeeFen ?? 0;
  const planFeeFen = priced?.selection.plan?.monthlyFeeFen ?? 0;
  const planTooCheap = minimumFeeFen > 0 && planFeeFen < minimumFeeFen;

  return (
    <div className="page checkout">
      <h1 className="page__title">{t('order.title')}</h1>
      <OrderSummary handset={handset} colour={context.colour} />
      <div className="checkout__columns">
        <section className="checkout__section">
          <h2 className="section-title">{t('order.plan')}</h2>
          <PlanCards
            plans={plans}
            chosen={context.planId}
            onChoose={(planId) => send({ type: 'plan.chosen', planId })}
            minimumFeeFen={minimumFeeFen}
          />
          <h2 className="section-title">{t('order.number')}</h2>
          <p className="checkout__hint">{t('order.numberHint')}</p>
          <ChosenNumber chosen={context.number ? chosenNumber : null} />
        </section>
        <section className="checkout__section">
          <h2 className="section-title">{t('order.customer')}</h2>
          <p className="checkout__hint">{t('order.customerHint')}</p>
          <CustomerForm
            customer={context.customer}
            consent={context.consent}
            problems={problems}
            showErrors={context.showErrors}
            onChange={(field, value) => send({ type: 'customer.changed', field, value })}
            onConsent={(consent) => send({ type: 'consent.changed', consent })}
          />
          <p className="pay-note">
            <Icon name="check" />
            {t('order.payNote')}
          </p>
        </section>
      </div>
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
        <button
          type="button"
          className="button button--primary button--large"
          disabled={planTooCheap}
          aria-describedby={planTooCheap ? 'plan-too-cheap' : undefined}
          onClick={() => send({ type: 'order.reviewed' })}
        >
          {t('order.review')}
          <Icon name="arrow" />
        </button>
      </footer>
    </div>
  );
}
