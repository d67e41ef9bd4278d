import { Icon } from '../app/Icon';
import type { MessageKey } from '../i18n/messages';
import { useT } from '../i18n/useT';
import {
  featureKeys,
  priceBandKeys,
  type BrandCount,
  type FeatureKey,
  type HandsetFilter,
  type PriceBand,
} from './filterHandsets';

interface FilterBarProps {
  filter: HandsetFilter;
  brands: readonly BrandCount[];
  onChange: (filter: Partial<HandsetFilter>) => void;
}

const featureMessage: Record<FeatureKey, MessageKey> = {
  videoCall: 'feature.videoCall',
  bigScreen: 'feature.bigScreen',
  dualSim: 'feature.dualSim',
  smart: 'feature.smart',
  camera: 'feature.camera',
};

const priceMessage: Record<PriceBand, MessageKey> = {
  under1000: 'price.under1000',
  from1000: 'price.from1000',
  from2000: 'price.from2000',
  from3000: 'price.from3000',
};

/** Search words, features (all must hold), stock, a price band and a brand: big chips for a finger. */
export function FilterBar({ filter, brands, onChange }: FilterBarProps) {
  const t = useT();
  const toggleFeature = (key: FeatureKey) =>
    onChange({
      features: filter.features.includes(key)
        ? filter.features.filter((each) => each !== key)
        : [...filter.features, key],
    });
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
        <button
          type="button"
          className="chip chip--stock"
          aria-pressed={filter.inStock}
          onClick={() => onChange({ inStock: !filter.inStock })}
        >
          {t('catalogue.inStock')}
        </button>
        {featureKeys.map((key) => (
          <button
            key={key}
            type="button"
            className="chip"
            aria-pressed={filter.features.includes(key)}
            onClick={() => toggleFeature(key)}
          >
            {t(featureMessage[key])}
          </button>
        ))}
      </div>
      <div className="filter-bar__row" role="radiogroup" aria-label={t('catalogue.price')}>
        <button
          type="button"
          role="radio"
          className="chip"
          aria-checked={filter.priceBand === null}
          onClick={() => onChange({ priceBand: null })}
        >
          {t('catalogue.anyPrice')}
        </button>
        {priceBandKeys.map((band) => (
          <button
            key={band}
            type="button"
            role="radio"
            className="chip"
            aria-checked={filter.priceBand === band}
            onClick={() => onChange({ priceBand: filter.priceBand === band ? null : band })}
          >
            {t(priceMessage[band])}
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
