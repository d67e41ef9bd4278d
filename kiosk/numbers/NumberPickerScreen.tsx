import { useMemo, useState } from 'react';
import { formatFen } from '../../shared';
import { Icon } from '../app/Icon';
import { localText } from '../i18n/messages';
import { useLanguage, useT } from '../i18n/useT';
import { useSessionSend } from '../session/SessionContext';
import type { PickerNumber } from './numberIndex';
import { NumberCard } from './NumberCard';
import { NumberPad } from './NumberPad';
import {
  emptyPickerFilter,
  findNumbers,
  pickerTiers,
  priceCeilings,
  queryOf,
  resultLimit,
  searchModes,
  surpriseNumbers,
  typeKey,
  type PickerFilter,
} from './numberSearch';
import { useNumberBook } from './useNumberIndex';
import './numbers.css';

/** The store's number book: search with the pad, filter by tier and price, or be surprised. */
export function NumberPickerScreen() {
  const t = useT();
  const language = useLanguage();
  const send = useSessionSend();
  const { index, unavailable } = useNumberBook();
  const [filter, setFilter] = useState<PickerFilter>(emptyPickerFilter);
  const [surprise, setSurprise] = useState<readonly PickerNumber[] | null>(null);

  const search = useMemo(() => queryOf(filter), [filter]);
  const query = 'query' in search ? search.query : {};
  const found = useMemo(
    () => (index && 'query' in search ? findNumbers(index, search.query, unavailable) : []),
    [index, search, unavailable],
  );
  const shown = surprise ?? found;

  const change = (next: Partial<PickerFilter>) => {
    setSurprise(null);
    setFilter((current) => ({ ...current, ...next }));
  };
  const toggleTier = (tierId: string) =>
    change({
      tierIds: filter.tierIds.includes(tierId)
        ? filter.tierIds.filter((id) => id !== tierId)
        : [...filter.tierIds, tierId],
    });
  const choose = (entry: PickerNumber) => send({ type: 'number.chosen', number: entry.number });

  let summary: string;
  if (!index) summary = t('numbers.preparing');
  else if ('problem' in search) summary = t(`numbers.${search.problem}`);
  else if (surprise) summary = t('numbers.surpriseFound', { count: surprise.length });
  else if (found.length === 0) summary = t('numbers.none');
  else if (found.length >= resultLimit) summary = t('numbers.foundMany', { count: resultLimit });
  else summary = t('numbers.found', { count: found.length });

  return (
    <div className="page numbers-picker">
      <header className="page__intro numbers-picker__head">
        <h1 className="page__title">{t('numbers.title')}</h1>
        <p className="page__subtitle">{t('numbers.subtitle')}</p>
      </header>
      <div className="numbers-picker__layout">
        <section className="numbers-picker__search" aria-label={t('numbers.searchArea')}>
          <div className="search-modes" role="radiogroup" aria-label={t('numbers.mode')}>
            {searchModes.map((mode) => (
              <button
                key={mode}
                type="button"
                role="radio"
                aria-checked={filter.mode === mode}
                className="search-modes__mode"
                onClick={() => change({ mode, digits: '' })}
              >
                {t(`numbers.mode.${mode}`)}
              </button>
            ))}
          </div>
          <label className="number-entry">
            <span className="number-entry__label">{t(`numbers.mode.${filter.mode}`)}</span>
            <input
              className="number-entry__field"
              readOnly
              inputMode="none"
              value={filter.digits}
              placeholder={t(`numbers.hint.${filter.mode}`)}
            />
          </label>
          <NumberPad
            allowAny={filter.mode === 'pattern'}
            onKey={(key) => change({ digits: typeKey(filter.mode, filter.digits, key) })}
            onDelete={() => change({ digits: filter.digits.slice(0, -1) })}
            onClear={() => change({ digits: '' })}
          />
          <div className="picker-chips" role="group" aria-label={t('numbers.tiers')}>
            {pickerTiers.map((tier) => (
              <button
                key={tier.id}
                type="button"
                className={`chip picker-chip picker-chip--${tier.id}`}
                aria-pressed={filter.tierIds.includes(tier.id)}
                onClick={() => toggleTier(tier.id)}
              >
                {localText(tier.name, language)}
              </button>
            ))}
          </div>
          <div className="picker-chips" role="radiogroup" aria-label={t('numbers.maxPrice')}>
            {priceCeilings.map((ceiling) => (
              <button
                key={String(ceiling)}
                type="button"
                role="radio"
                aria-checked={filter.maxPriceFen === ceiling}
                className="chip picker-chip"
                onClick={() => change({ maxPriceFen: ceiling })}
              >
                {ceiling === null
                  ? t('numbers.price.any')
                  : ceiling === 0
                    ? t('numbers.price.free')
                    : t('numbers.price.upTo', { price: formatFen(ceiling, language) })}
              </button>
            ))}
          </div>
        </section>
        <section className="numbers-picker__results">
          <div className="numbers-picker__bar">
            <p className="numbers-picker__summary" aria-live="polite">
              {summary}
            </p>
            <button
              type="button"
              className="button button--primary surprise-button"
              disabled={!index}
              onClick={() => index && setSurprise(surpriseNumbers(index, filter, unavailable))}
            >
              <Icon name="spark" />
              {surprise ? t('numbers.surpriseAgain') : t('numbers.surprise')}
            </button>
          </div>
          <ul className="number-results" aria-label={t('numbers.results')}>
            {shown.map((entry) => (
              <li key={entry.number}>
                <NumberCard entry={entry} query={surprise ? {} : query} onChoose={choose} />
              </li>
            ))}
          </ul>
        </section>
      </div>
    </div>
  );
}
