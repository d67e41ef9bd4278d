import { formatFen, type Service } from '../../shared';
import { Icon } from '../app/Icon';
import { localText } from '../i18n/messages';
import { useLanguage, useT } from '../i18n/useT';

interface ServicesPickerProps {
  services: readonly Service[];
  chosen: readonly string[];
  /** Services the chosen gift box includes: shown on, and not removable while it is chosen. */
  included: readonly string[];
  onToggle: (serviceId: string) => void;
}

/** Value-added services as big toggles, each with its monthly fee. */
export function ServicesPicker({ services, chosen, included, onToggle }: ServicesPickerProps) {
  const t = useT();
  const language = useLanguage();
  if (services.length === 0) return <p className="checkout__hint">{t('order.servicesNone')}</p>;
  return (
    <div className="services" role="group" aria-label={t('order.services')}>
      {services.map((service) => {
        const inBox = included.includes(service.id);
        const on = inBox || chosen.includes(service.id);
        return (
          <button
            key={service.id}
            type="button"
            className={inBox ? 'service service--included' : 'service'}
            aria-pressed={on}
            aria-label={localText(service.name, language)}
            aria-describedby={`service-${service.id}`}
            disabled={inBox}
            onClick={() => onToggle(service.id)}
          >
            <span className="service__check" aria-hidden="true">
              {on && <Icon name="check" />}
            </span>
            <span className="service__text">
              <span className="service__name">{localText(service.name, language)}</span>
              <span className="service__summary" id={`service-${service.id}`}>
                {localText(service.summary, language)}
              </span>
            </span>
            <span className="service__fee">
              {inBox ? (
                <span className="service__badge">{t('service.included')}</span>
              ) : (
                t('plan.monthly', { price: formatFen(service.monthlyFeeFen, language) })
              )}
            </span>
          </button>
        );
      })}
    </div>
  );
}
