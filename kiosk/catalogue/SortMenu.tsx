import { useState } from 'react';
import type { MessageKey } from '../i18n/messages';
import { useT } from '../i18n/useT';
import { sortKeys, type SortKey } from './filterHandsets';

export const sortMessage: Record<SortKey, MessageKey> = {
  recommended: 'sort.recommended',
  priceLow: 'sort.priceLow',
  priceHigh: 'sort.priceHigh',
  newest: 'sort.newest',
  screen: 'sort.screen',
};

/** One button naming the order on screen; a tap opens the five orders as big radios. */
export function SortMenu({ sort, onSort }: { sort: SortKey; onSort: (sort: SortKey) => void }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <div className="sort-menu">
      <button
        type="button"
        className="chip sort-menu__button"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {t('catalogue.sortBy', { sort: t(sortMessage[sort]) })}
        <span className="sort-menu__caret" aria-hidden="true">
          ▾
        </span>
      </button>
      {open && (
        <>
          <div className="sort-menu__backdrop" onClick={() => setOpen(false)} />
          <div className="sort-menu__list" role="radiogroup" aria-label={t('catalogue.sort')}>
            {sortKeys.map((key) => (
              <button
                key={key}
                type="button"
                role="radio"
                aria-checked={key === sort}
                className="sort-menu__option"
                onClick={() => {
                  onSort(key);
                  setOpen(false);
                }}
              >
                {t(sortMessage[key])}
              </button>
            ))}
          </div>
        </>
      )}
    </div>
  );
}
