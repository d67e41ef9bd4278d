import { useState } from 'react';
import { formatFen, type Experience } from '../../../shared';
import { Icon } from '../../app/Icon';
import { HandsetArt } from '../../catalogue/HandsetArt';
import { localText } from '../../i18n/messages';
import { useLanguage, useT } from '../../i18n/useT';
import { useSessionSend } from '../../session/SessionContext';
import { TakeAwayButton } from '../takeaway/TakeAwayButton';
import { planHighlights } from './planHighlights';
import { useOffer } from './useOffer';

/**
 * The plans and handsets that deliver the experience, and "get this": straight to the order
 * with the chosen handset and plan. Each can be taken away as a QR code.
 */
export function OfferPanel({ experience }: { experience: Experience }) {
  const t = useT();
  const language = useLanguage();
  const send = useSessionSend();
  const offer = useOffer(experience.planIds, experience.handsetIds);
  const [planChoice, setPlanChoice] = useState<string | null>(null);
  const [handsetChoice, setHandsetChoice] = useState<string | null>(null);
  if (!offer) return <aside className="offer" />;

  const plan = offer.plans.find((p) => p.id === planChoice) ?? offer.plans[0] ?? null;
  const handset = offer.handsets.find((h) => h.id === handsetChoice) ?? offer.handsets[0] ?? null;

  return (
    <aside className="offer" aria-labelledby="offer-title">
      <h2 id="offer-title" className="offer__title">
        {t('offer.title')}
      </h2>
      {offer.plans.length > 0 && (
        <div className="offer__group" role="radiogroup" aria-label={t('offer.plans')}>
          <h3 className="offer__label" aria-hidden="true">
            {t('offer.plans')}
          </h3>
          {offer.plans.map((option) => {
            const name = localText(option.name, language);
            return (
              <div key={option.id} className="offer__option">
                <button
                  type="button"
                  role="radio"
                  aria-checked={option.id === plan?.id}
                  className="offer-plan"
                  onClick={() => setPlanChoice(option.id)}
                >
                  <span className="offer-plan__name">{name}</span>
                  <span className="offer-plan__fee">
                    {t('plan.monthly', { price: formatFen(option.monthlyFeeFen, language) })}
                  </span>
                  <span className="offer-plan__detail">{planHighlights(option, t)}</span>
                </button>
                <TakeAwayButton compact target={{ kind: 'plan', id: option.id, name }} />
              </div>
            );
          })}
        </div>
      )}
      {offer.handsets.length > 0 && (
        <div className="offer__group" role="radiogroup" aria-label={t('offer.handsets')}>
          <h3 className="offer__label" aria-hidden="true">
            {t('offer.handsets')}
          </h3>
          <div className="offer__handsets">
            {offer.handsets.map((option) => {
              const name = `${option.brand} ${option.model}`;
              return (
                <div key={option.id} className="offer__option offer__option--handset">
                  <button
                    type="button"
                    role="radio"
                    aria-checked={option.id === handset?.id}
                    aria-label={t('handset.open', {
                      brand: option.brand,
                      model: option.model,
                      price: formatFen(option.priceFen, language),
                    })}
                    className="offer-handset"
                    onClick={() => setHandsetChoice(option.id)}
                  >
                    <HandsetArt handset={option} className="offer-handset__art" />
                    <span className="offer-handset__name">{name}</span>
                    <span className="offer-handset__price">
                      {formatFen(option.priceFen, language)}
                    </span>
                  </button>
                  <TakeAwayButton compact target={{ kind: 'handset', id: option.id, name }} />
                </div>
              );
            })}
          </div>
        </div>
      )}
      {handset ? (
        <button
          type="button"
          className="button button--primary button--large offer__get"
          onClick={() =>
            send({
              type: 'offer.taken',
              handsetId: handset.id,
              planId: plan?.id ?? null,
              colour: handset.colours[0] ?? null,
            })
          }
        >
          {t('offer.getThis')}
          <Icon name="arrow" />
        </button>
      ) : (
        <p className="offer__none">{t('offer.none')}</p>
      )}
    </aside>
  );
}
