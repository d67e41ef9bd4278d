import { formatFen, type Plan } from '../../shared';
import { localText } from '../i18n/messages';
import { useLanguage, useT } from '../i18n/useT';

interface PlanCardsProps {
  plans: readonly Plan[];
  chosen: string | null;
  onChoose: (planId: string | null) => void;
  /** The chosen number's least monthly fee: cheaper plans (and none) cannot be taken. */
  minimumFeeFen?: number;
}

function dataAmount(mb: number): string {
  return mb >= 1024 ? `${Math.round((mb / 1024) * 10) / 10} GB` : `${mb} MB`;
}

export function PlanCards({ plans, chosen, onChoose, minimumFeeFen = 0 }: PlanCardsProps) {
  const t = useT();
  const language = useLanguage();
  const belowMinimum = minimumFeeFen > 0 && (
    <span className="plan-card__reason">
      {t('plan.belowNumberMinimum', { price: formatFen(minimumFeeFen, language) })}
    </span>
  );
  return (
    <div className="plan-cards" role="radiogroup" aria-label={t('order.plan')}>
      <button
        type="button"
        role="radio"
        aria-checked={chosen === null}
        className="plan-card plan-card--none"
        disabled={minimumFeeFen > 0}
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
          disabled={plan.monthlyFeeFen < minimumFeeFen}
          onClick={() => onChoose(plan.id)}
        >
          <span className="plan-card__name">{localText(plan.name, language)}</span>
          <span className="plan-card__fee">
            {t('plan.monthly', { price: formatFen(plan.monthlyFeeFen, language) })}
          </span>
          <span className="plan-card__detail">
            {t('plan.voice', { minutes: plan.voiceMinutes })} ·{' '}
            {t('plan.data', { mb: dataAmount(plan.dataMb) })}
          </span>
          <span className="plan-card__detail">
            {t('plan.videoCall', { minutes: plan.videoCallMinutes })}
          </span>
          <span className="plan-card__tags">
            <span className="plan-card__tag">
              {plan.contractMonths > 0
                ? t('plan.contract', { months: plan.contractMonths })
                : t('plan.noContract')}
            </span>
            {plan.handsetSubsidyFen > 0 && (
              <span className="plan-card__tag plan-card__tag--offer">
                {t('plan.subsidy', { price: formatFen(plan.handsetSubsidyFen, language) })}
              </span>
            )}
          </span>
          {plan.monthlyFeeFen < minimumFeeFen && belowMinimum}
        </button>
      ))}
    </div>
  );
}
