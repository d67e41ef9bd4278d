import { formatFen, type PoolNumber } from '../../shared';
import { useLanguage, useT } from '../i18n/useT';

interface NumberChoiceProps {
  numbers: readonly PoolNumber[];
  chosen: string | null;
  onChoose: (number: string | null) => void;
}

/** 138 0013 8000: the way people read a mobile number aloud. */
export function groupDigits(number: string): string {
  return `${number.slice(0, 3)} ${number.slice(3, 7)} ${number.slice(7)}`;
}

export function NumberChoice({ numbers, chosen, onChoose }: NumberChoiceProps) {
  const t = useT();
  const language = useLanguage();
  return (
    <div className="number-choice" role="radiogroup" aria-label={t('order.number')}>
      <button
        type="button"
        role="radio"
        aria-checked={chosen === null}
        className="number-chip number-chip--none"
        onClick={() => onChoose(null)}
      >
        {t('order.noNumber')}
      </button>
      {numbers.map((number) => (
        <button
          key={number.number}
          type="button"
          role="radio"
          aria-checked={chosen === number.number}
          className="number-chip"
          onClick={() => onChoose(number.number)}
        >
          <span className="number-chip__digits">{groupDigits(number.number)}</span>
          <span className="number-chip__price">
            {number.priceFen > 0
              ? t('number.price', { price: formatFen(number.priceFen, language) })
              : t('number.free')}
          </span>
        </button>
      ))}
    </div>
  );
}
