import {
  fitPlans,
  formatFen,
  typicalMonth,
  usageLevels,
  type UsageAnswers,
  type UsageLevel,
} from '../../shared';
import { Icon } from '../app/Icon';
import { usePlans } from '../checkout/useCheckout';
import { localText, type MessageKey } from '../i18n/messages';
import { useLanguage, useT } from '../i18n/useT';
import { planAllowed } from '../session/cart';
import { useSessionSelector, useSessionSend } from '../session/SessionContext';
import { dataAmount, PlanAllowance } from './PlanAllowance';
import './plans.css';

type Question = keyof UsageAnswers;
const questions: Question[] = ['calls', 'data', 'videoCalls', 'sms'];

const questionMessage: Record<Question, MessageKey> = {
  calls: 'usage.calls',
  data: 'usage.data',
  videoCalls: 'usage.videoCalls',
  sms: 'usage.sms',
};
const amountMessage: Record<Question, MessageKey> = {
  calls: 'usage.amount.calls',
  data: 'usage.amount.data',
  videoCalls: 'usage.amount.videoCalls',
  sms: 'usage.amount.sms',
};
const levelMessage: Record<UsageLevel, MessageKey> = {
  none: 'level.none',
  light: 'level.light',
  regular: 'level.regular',
  heavy: 'level.heavy',
};

function isComplete(usage: Partial<UsageAnswers>): usage is UsageAnswers {
  return questions.every((question) => usage[question] !== undefined);
}

/** "Which plan fits me": four questions as big buttons, then every plan by its real month. */
export function PlanHelperScreen() {
  const t = useT();
  const language = useLanguage();
  const send = useSessionSend();
  const usage = useSessionSelector((snapshot) => snapshot.context.usage);
  const bundle = useSessionSelector((snapshot) => snapshot.context.bundle);
  const plans = usePlans() ?? [];
  const fits = isComplete(usage) ? fitPlans(plans, usage) : [];
  const amountOf = (question: Question, level: UsageLevel) => {
    const amount = typicalMonth[question][level];
    return t(amountMessage[question], {
      amount: question === 'data' ? dataAmount(amount) : amount,
    });
  };

  return (
    <div className="page plan-helper">
      <div className="page__intro">
        <h1 className="page__title">{t('planHelper.title')}</h1>
        <p className="page__subtitle">{t('planHelper.subtitle')}</p>
      </div>
      <div className="plan-helper__questions">
        {questions.map((question) => (
          <div
            key={question}
            className="plan-helper__question"
            role="radiogroup"
            aria-label={t(questionMessage[question])}
          >
            <h2 className="plan-helper__ask">{t(questionMessage[question])}</h2>
            <div className="plan-helper__levels">
              {usageLevels.map((level) => (
                <button
                  key={level}
                  type="button"
                  role="radio"
                  aria-checked={usage[question] === level}
                  className="level-button"
                  onClick={() => send({ type: 'usage.answered', question, level })}
                >
                  <span className="level-button__name">{t(levelMessage[level])}</span>
                  {level !== 'none' && (
                    <span className="level-button__amount">{amountOf(question, level)}</span>
                  )}
                </button>
              ))}
            </div>
          </div>
        ))}
      </div>
      {fits.length === 0 ? (
        <p className="plan-helper__wait">{t('planHelper.answerAll')}</p>
      ) : (
        <section className="plan-helper__results" aria-live="polite">
          {bundle?.planId && <p className="plan-helper__locked">{t('planHelper.locked')}</p>}
          {fits.map((fit, rank) => {
            const name = localText(fit.plan.name, language);
            const best = rank === 0;
            return (
              <article
                key={fit.plan.id}
                className={best ? 'fit-card fit-card--best' : 'fit-card'}
                aria-label={best ? `${t('planHelper.best')}：${name}` : name}
              >
                {best && <span className="fit-card__ribbon">{t('planHelper.best')}</span>}
                <div className="fit-card__main">
                  <h2 className="fit-card__name">{name}</h2>
                  <PlanAllowance plan={fit.plan} />
                </div>
                <div className="fit-card__cost">
                  <strong>
                    {t('planHelper.expected', { price: formatFen(fit.expectedFen, language) })}
                  </strong>
                  <span>
                    {fit.overageFen > 0
                      ? t('planHelper.over', { price: formatFen(fit.overageFen, language) })
                      : t('planHelper.fits')}
                  </span>
                  <button
                    type="button"
                    className={best ? 'button button--primary' : 'button button--secondary'}
                    disabled={!planAllowed(bundle, fit.plan.id)}
                    aria-label={t('planHelper.chooseNamed', { name })}
                    onClick={() => send({ type: 'plan.chosen', planId: fit.plan.id })}
                  >
                    {t('planHelper.choose')}
                    {best && <Icon name="arrow" />}
                  </button>
                </div>
              </article>
            );
          })}
        </section>
      )}
    </div>
  );
}
