import { Icon } from '../app/Icon';
import { useT } from '../i18n/useT';
import type { CatalogueFilter } from '../session/sessionMachine';
import { featureKeys, type BrandCount } from './filterHandsets';

interface FilterBarProps {
  filter: CatalogueFilter;
  brands: readonly BrandCount[];
  onChange: (filter: Partial<CatalogueFilter>) => void;
}

const featureMessage = {
  videoCall: 'feature.videoCall',
  smart: 'feature.smart',
  bigScreen: 'feature.bigScreen',
  camera: 'feature.camera',
  budget: 'feature.budget',
} as const;

/** Search words, one feature and one brand, all as big chips for a finger. */
export function FilterBar({ filter, brands, onChange }: FilterBarProps) {
  const t = useT();
  return (
    <div className="filter-bar">
      <div className="filter-bar__search">
        <Icon name="search" className="filter-bar__search-icon" />
        <input
          type="search"
          className="filter-bar__input"
          aria-label={t('catalogue.search')}
          placeholder={t('catalogue.search')}
          value={filter.query}
          onChange={(event) => onChange({ query: event.target.value })}
          autoComplete="off"
          spellCheck={false}
        />
        {filter.query && (
          <button
            type="button"
            className="filter-bar__clear"
            aria-label={t('catalogue.searchClear')}
            onClick={() => onChange({ query: '' })}
          >
            <Icon name="close" />
          </button>
        )}
      </div>
      <div className="filter-bar__row" role="group" aria-label={t('catalogue.features')}>
        {featureKeys.map((key) => (
          <button
            key={key}
            type="button"
            className="chip"
            aria-pressed={filter.feature === key}
            onClick={() => onChange({ feature: filter.feature === key ? null : key })}
          >
            {t(featureMessage[key])}
          </button>
        ))}
      </div>
      <div className="filter-bar__row" role="group" aria-label={t('catalogue.brands')}>
        <button
          type="button"
          className="chip"
          aria-pressed={filter.brand === null}
          onClick={() => onChange({ brand: null })}
        >
          {t('catalogue.allBrands')}
        </button>
        {brands.map(({ brand, count }) => (
          <button
            key={brand}
            type="button"
            className="chip"
            aria-pressed={filter.brand === brand}
            onClick={() => onChange({ brand: filter.brand === brand ? null : brand })}
          >
            {brand}
            <span className="chip__count" aria-hidden="true">
              {count}
            </span>
          </button>
        ))}
      </div>
    </div>
  );
}
