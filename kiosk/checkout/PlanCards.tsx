import { formatFen, type Plan } from '../../shared';
import { localText } from '../i18n/messages';
import { useLanguage, useT } from '../i18n/useT';
import { PlanAllowance } from '../plans/PlanAllowance';

interface PlanCardsProps {
  plans: readonly Plan[];
  chosen: string | null;
  onChoose: (planId: string | null) => void;
  /** The chosen number's least monthly fee: cheaper plans (and none) cannot be taken. */
  minimumFeeFen?: number;
  /** The plan a chosen gift box comes with: the others wait until the box is removed. */
  bundlePlanId?: string | null;
}

export function PlanCards({
  plans,
  chosen,
  onChoose,
  minimumFeeFen = 0,
  bundlePlanId = null,
}: PlanCardsProps) {
  const t = useT();
  const language = useLanguage();
  const belowMinimum = minimumFeeFen > 0 && (
    <span className="plan-card__reason">
      {t('plan.belowNumberMinimum', { price: formatFen(minimumFeeFen, language) })}
    </span>
  );
  const lockedOut = (planId: string | null) => bundlePlanId !== null && planId !== bundlePlanId;
  return (
    <div className="plan-cards" role="radiogroup" aria-label={t('order.plan')}>
      <button
        type="button"
        role="radio"
        aria-checked={chosen === null}
        className="plan-card plan-card--none"
        disabled={minimumFeeFen > 0 || lockedOut(null)}
        onClick={() => onChoose(null)}
      >
        <span className="plan-card__name">{t('order.noPlan')}</span>
        <span className="plan-card__detail">{t('order.noPlanHint')}</span>
        {belowMinimum}
      </button>
      {plans.map((plan) => (
        <button
          key={plan.id}
          type="button"
          role="radio"
          aria-checked={chosen === plan.id}
          className="plan-card"
          disabled={plan.monthlyFeeFen < minimumFeeFen || lockedOut(plan.id)}
          onClick={() => onChoose(plan.id)}
        >
          <span className="plan-card__name">{localText(plan.name, language)}</span>
          <span className="plan-card__fee">
            {t('plan.monthly', { price: formatFen(plan.monthlyFeeFen, language) })}
          </span>
          <PlanAllowance plan={plan} />
          {plan.id === bundlePlanId && (
            <span className="plan-card__bundle">{t('order.bundlePlan')}</span>
          )}
          {plan.monthlyFeeFen < minimumFeeFen && belowMinimum}
        </button>
      ))}
    </div>
  );
}
