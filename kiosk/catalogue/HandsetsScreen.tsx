import { useCallback, useMemo } from 'react';
import type { Handset } from '../../shared';
import { useLanguage, useT } from '../i18n/useT';
import type { CatalogueFilter } from '../session/sessionMachine';
import { useSessionSelector, useSessionSend } from '../session/SessionContext';
import { FilterBar } from './FilterBar';
import { brandCounts, filterHandsets } from './filterHandsets';
import { HandsetCard } from './HandsetCard';
import { HandsetSheet } from './HandsetSheet';
import { useHandsets } from './useHandsets';
import { VirtualGrid } from './VirtualGrid';
import './catalogue.css';

export function HandsetsScreen() {
  const t = useT();
  const language = useLanguage();
  const send = useSessionSend();
  const filter = useSessionSelector((snapshot) => snapshot.context.filter);
  const openId = useSessionSelector((snapshot) => snapshot.context.handsetId);
  const handsets = useHandsets();

  const brands = useMemo(() => brandCounts(handsets ?? []), [handsets]);
  const shown = useMemo(() => filterHandsets(handsets ?? [], filter), [handsets, filter]);
  const open = openId ? (handsets?.find((handset) => handset.id === openId) ?? null) : null;

  const onOpen = useCallback(
    (handset: Handset) =>
      send({ type: 'handset.opened', handsetId: handset.id, colour: handset.colours[0] ?? null }),
    [send],
  );
  const onFilter = useCallback(
    (change: Partial<CatalogueFilter>) => send({ type: 'catalogue.filtered', filter: change }),
    [send],
  );

  return (
    <div className="catalogue">
      <div className="catalogue__head">
        <h1 className="page__title">{t('catalogue.title')}</h1>
        <span className="catalogue__count">
          {t('catalogue.count', { count: shown.length.toLocaleString() })}
        </span>
      </div>
      <FilterBar filter={filter} brands={brands} onChange={onFilter} />
      {handsets && shown.length === 0 ? (
        <div className="catalogue__none">
          <p>{t('catalogue.none')}</p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => onFilter({ brand: null, feature: null, query: '' })}
          >
            {t('catalogue.reset')}
          </button>
        </div>
      ) : (
        <VirtualGrid
          items={shown}
          minColumnRem={14}
          rowRem={22}
          gapRem={1.1}
          label={t('catalogue.title')}
          getKey={(handset) => handset.id}
          renderItem={(handset) => (
            <HandsetCard handset={handset} language={language} onOpen={onOpen} />
          )}
        />
      )}
      {open && <HandsetSheet handset={open} />}
    </div>
  );
}
