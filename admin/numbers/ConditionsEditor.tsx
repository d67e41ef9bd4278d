import { patternKinds, type PatternKind } from '../../shared';
import { useText } from '../i18n/LanguageProvider';
import type { TierPriceDraft } from './tier-prices';

type Conditions = TierPriceDraft['conditions'];

/** The patterns that put a number in a tier: any one qualifies, each from a least strength. */
export function ConditionsEditor({
  tierName,
  conditions,
  onChange,
}: {
  tierName: string;
  conditions: Conditions;
  onChange: (conditions: Conditions) => void;
}) {
  const { t } = useText();
  const replace = (index: number, next: Conditions[number]) =>
    onChange(conditions.map((condition, i) => (i === index ? next : condition)));

  return (
    <ul className="conditions" aria-label={t('numbers.tiers.conditionsOf', { tier: tierName })}>
      {conditions.map((condition, index) => (
        <li key={index} className="conditions__row">
          <select
            className="field__input"
            aria-label={t('numbers.tiers.pattern')}
            value={condition.kind}
            onChange={(event) =>
              replace(index, { ...condition, kind: event.target.value as PatternKind })
            }
          >
            {patternKinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`pattern.${kind}`)}
              </option>
            ))}
          </select>
          <label className="conditions__strength">
            <span>{t('numbers.tiers.strength')}</span>
            <input
              className="field__input"
              inputMode="numeric"
              value={condition.minStrength}
              onChange={(event) =>
                replace(index, { ...condition, minStrength: event.target.value })
              }
            />
          </label>
          <button
            type="button"
            className="button button--secondary"
            aria-label={t('numbers.tiers.removePattern', {
              pattern: t(`pattern.${condition.kind}`),
            })}
            onClick={() => onChange(conditions.filter((_, i) => i !== index))}
          >
            ×
          </button>
        </li>
      ))}
      <li>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => onChange([...conditions, { kind: 'repeat', minStrength: '4' }])}
        >
          {t('numbers.tiers.addPattern')}
        </button>
      </li>
    </ul>
  );
}
