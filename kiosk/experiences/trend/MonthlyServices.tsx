import { formatFen } from '../../../shared';
import { Icon } from '../../app/Icon';
import { localText } from '../../i18n/messages';
import { useLanguage, useT } from '../../i18n/useT';
import { useSessionSend } from '../../session/SessionContext';
import { contentOf } from '../shell/contentOf';
import { NoContent } from '../shell/SimNotes';
import type { SimulationProps } from '../shell/simulations';
import './trend.css';

function monthLabel(month: string, language: 'zh' | 'en'): string {
  const [year, number] = month.split('-').map(Number);
  if (language === 'zh') return `${year} 年 ${number} 月`;
  return new Date(Date.UTC(year ?? 2012, (number ?? 1) - 1, 1)).toLocaleDateString('en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** This month's new services, as HQ published them, each one tap from an order with its plan. */
export default function MonthlyServices({ experience }: SimulationProps) {
  const t = useT();
  const language = useLanguage();
  const send = useSessionSend();
  const content = contentOf(experience, 'monthly-services');
  const handsetId = experience.handsetIds[0] ?? null;
  if (!content) return <NoContent message={t('experience.noContent')} />;

  return (
    <div className="sim services">
      <p className="services__month">
        {t('services.month', { month: monthLabel(content.month, language) })}
      </p>
      <ul className="services__list">
        {content.services.map((service, i) => {
          const name = localText(service.name, language);
          return (
            <li key={service.id} className="service" style={{ '--i': i } as React.CSSProperties}>
              <div className="service__text">
                {service.badge && (
                  <span className="service__badge">{localText(service.badge, language)}</span>
                )}
                <h2 className="service__name">{name}</h2>
                <p className="service__summary">{localText(service.summary, language)}</p>
              </div>
              <p className="service__fee">
                {service.monthlyFeeFen === 0
                  ? t('services.free')
                  : t('plan.monthly', { price: formatFen(service.monthlyFeeFen, language) })}
              </p>
              {handsetId && (
                <button
                  type="button"
                  className="button button--primary"
                  aria-label={t('services.order', { name })}
                  onClick={() =>
                    send({ type: 'offer.taken', handsetId, planId: service.planId, colour: null })
                  }
                >
                  {t('offer.getThis')}
                  <Icon name="arrow" />
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
