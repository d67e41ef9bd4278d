import { formatFen, type Plan } from '../../shared';
import { useLanguage, useT } from '../i18n/useT';
import './plans.css';

export function dataAmount(mb: number): string {
  return mb >= 1024 ? `${Math.round((mb / 1024) * 10) / 10} GB` : `${mb} MB`;
}

/** What a plan includes, in one line each: the same on plan cards and in the plan helper. */
export function PlanAllowance({ plan }: { plan: Plan }) {
  const t = useT();
  const language = useLanguage();
  return (
    <span className="plan-allowance">
      <span className="plan-allowance__item">
        {t('plan.voice', { minutes: plan.voiceMinutes })}
      </span>
      <span className="plan-allowance__item">
        {t('plan.data', { mb: dataAmount(plan.dataMb) })}
      </span>
      <span className="plan-allowance__item">{t('plan.sms', { count: plan.sms })}</span>
      <span className="plan-allowance__item">
        {t('plan.videoCall', { minutes: plan.videoCallMinutes })}
      </span>
      <span className="plan-allowance__tags">
        <span className="plan-allowance__tag">
          {plan.contractMonths > 0
            ? t('plan.contract', { months: plan.contractMonths })
            : t('plan.noContract')}
        </span>
        {plan.handsetSubsidyFen > 0 && (
          <span className="plan-allowance__tag plan-allowance__tag--offer">
            {t('plan.subsidy', { price: formatFen(plan.handsetSubsidyFen, language) })}
          </span>
        )}
      </span>
    </span>
  );
}
