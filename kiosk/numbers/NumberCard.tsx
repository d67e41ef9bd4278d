import { formatFen, type NumberQuery } from '../../shared';
import { localText } from '../i18n/messages';
import { useLanguage, useT } from '../i18n/useT';
import type { PickerNumber } from './numberIndex';
import { NumberDigits } from './NumberDigits';
import { groupDigits, highlightedDigits, tierOf } from './numberSearch';

interface NumberCardProps {
  entry: PickerNumber;
  query: NumberQuery;
  onChoose: (entry: PickerNumber) => void;
}

/** One result: the number, why it is a good one, its tier, price, deposit and minimum plan. */
export function NumberCard({ entry, query, onChoose }: NumberCardProps) {
  const t = useT();
  const language = useLanguage();
  const tier = tierOf(entry.tierId);
  const tierName = localText(tier.name, language);
  const price =
    entry.priceFen > 0
      ? t('numbers.priceOf', { price: formatFen(entry.priceFen, language) })
      : t('numbers.priceFree');
  const patterns = entry.patterns.slice(0, 2);
  return (
    <button
      type="button"
      className={`number-card number-card--${tier.id}`}
      aria-label={t('numbers.result', { number: groupDigits(entry.number), tier: tierName, price })}
      onClick={() => onChoose(entry)}
    >
      <span className="number-card__top">
        <span className="number-card__tier">{tierName}</span>
        {patterns.map((found) => (
          <span key={found.kind} className="number-card__pattern">
            {t(`numbers.pattern.${found.kind}`)}
          </span>
        ))}
      </span>
      <NumberDigits number={entry.number} marked={highlightedDigits(entry, query)} />
      <span className="number-card__terms">
        <strong className="number-card__price">{price}</strong>
        {tier.depositFen > 0 && (
          <span>{t('numbers.deposit', { price: formatFen(tier.depositFen, language) })}</span>
        )}
        <span>
          {entry.minPlanFeeFen > 0
            ? t('numbers.minPlan', { price: formatFen(entry.minPlanFeeFen, language) })
            : t('numbers.noMinPlan')}
        </span>
      </span>
    </button>
  );
}
