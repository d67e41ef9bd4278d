import { classifyNumber, formatFen, type PoolNumber } from '../../shared';
import { localText } from '../i18n/messages';
import { useLanguage, useT } from '../i18n/useT';
import { useSessionSend } from '../session/SessionContext';
import { NumberDigits } from './NumberDigits';
import { groupDigits, highlightedDigits, nextBestOfTier, tierOf } from './numberSearch';
import { useNumberBook } from './useNumberIndex';
import { useNumberHold } from './useNumberHold';
import './numbers.css';

/**
 * The order's number: the one chosen with its terms and hold, or a button to the picker. When
 * another kiosk took it (or it was sold) the customer is told and offered the next best of
 * the same tier.
 */
export function ChosenNumber({ chosen }: { chosen: PoolNumber | null }) {
  const t = useT();
  const language = useLanguage();
  const send = useSessionSend();
  const hold = useNumberHold();
  // Also warms the index while the customer fills in the order.
  const { index, unavailable } = useNumberBook();
  const refused = hold.status === 'refused' ? hold.refused : null;
  const lostTier = refused && index?.entries.find((entry) => entry.number === refused.number);
  const alternative =
    refused && index && lostTier
      ? nextBestOfTier(index, lostTier.tierId, refused.number, unavailable)
      : null;

  const tier = chosen ? tierOf(chosen.tierId) : null;
  return (
    <div className="chosen-number">
      {refused && (
        <div className="chosen-number__refused" role="alert">
          <p>{t(`numbers.refused.${refused.reason}`, { number: groupDigits(refused.number) })}</p>
          {alternative && (
            <button
              type="button"
              className="button button--primary"
              onClick={() => send({ type: 'number.chosen', number: alternative.number })}
            >
              {t('numbers.alternative', { number: groupDigits(alternative.number) })}
            </button>
          )}
        </div>
      )}
      {chosen && tier ? (
        <div className={`chosen-number__card number-card--${tier.id}`}>
          <span className="number-card__tier">{localText(tier.name, language)}</span>
          <NumberDigits
            number={chosen.number}
            marked={highlightedDigits({ ...chosen, ...classifyNumber(chosen.number) }, {})}
          />
          <span className="number-card__terms">
            <strong className="number-card__price">
              {chosen.priceFen > 0
                ? t('numbers.priceOf', { price: formatFen(chosen.priceFen, language) })
                : t('numbers.priceFree')}
            </strong>
            {tier.depositFen > 0 && (
              <span>{t('numbers.deposit', { price: formatFen(tier.depositFen, language) })}</span>
            )}
            <span>
              {chosen.minPlanFeeFen > 0
                ? t('numbers.minPlan', { price: formatFen(chosen.minPlanFeeFen, language) })
                : t('numbers.noMinPlan')}
            </span>
          </span>
          {hold.status !== 'free' && hold.status !== 'refused' && (
            <span className={`chosen-number__hold chosen-number__hold--${hold.status}`}>
              {t(`numbers.hold.${hold.status}`)}
            </span>
          )}
        </div>
      ) : (
        !refused && <p className="checkout__hint">{t('numbers.noneChosen')}</p>
      )}
      <div className="chosen-number__actions">
        <button
          type="button"
          className="button button--primary button--large"
          onClick={() => send({ type: 'numbers.browsed' })}
        >
          {t('numbers.open')}
        </button>
        {chosen && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => send({ type: 'number.chosen', number: null })}
          >
            {t('numbers.drop')}
          </button>
        )}
      </div>
    </div>
  );
}
