import { useCallback, useMemo } from 'react';
import type { Handset } from '../../shared';
import { Icon } from '../app/Icon';
import { useLanguage, useT } from '../i18n/useT';
import { compareLimit } from '../session/cart';
import type { CatalogueFilter } from '../session/sessionMachine';
import { useSessionSelector, useSessionSend } from '../session/SessionContext';
import { CompareToggle } from './CompareToggle';
import { CompareTray } from './CompareTray';
import { FilterBar } from './FilterBar';
import {
  brandCounts,
  emptyHandsetFilter,
  filterHandsets,
  indexCatalogue,
  isFiltered,
} from './filterHandsets';
import { HandsetCard } from './HandsetCard';
import { HandsetSheet } from './HandsetSheet';
import { SortMenu } from './SortMenu';
import { useHandsets, useStoreStockMap } from './useHandsets';
import { VirtualGrid } from './VirtualGrid';
import './catalogue.css';

export function HandsetsScreen() {
  const t = useT();
  const language = useLanguage();
  const send = useSessionSend();
  const filter = useSessionSelector((snapshot) => snapshot.context.filter);
  const openId = useSessionSelector((snapshot) => snapshot.context.handsetId);
  const compared = useSessionSelector((snapshot) => snapshot.context.compared);
  const handsets = useHandsets();
  const stock = useStoreStockMap();

  const brands = useMemo(() => brandCounts(handsets ?? []), [handsets]);
  // The index changes with the catalogue or the shelf; each tap only walks it.
  const index = useMemo(() => indexCatalogue(handsets ?? [], stock), [handsets, stock]);
  const shown = useMemo(() => filterHandsets(index, filter), [index, filter]);
  const byId = useMemo(() => new Map((handsets ?? []).map((h) => [h.id, h])), [handsets]);
  const open = openId ? (byId.get(openId) ?? null) : null;
  const inTray = compared.map((id) => byId.get(id)).filter((h): h is Handset => h !== undefined);
  const full = compared.length >= compareLimit;

  const onOpen = useCallback(
    (handset: Handset) =>
      send({ type: 'handset.opened', handsetId: handset.id, colour: handset.colours[0] ?? null }),
    [send],
  );
  const onToggleCompare = useCallback(
    (handsetId: string) => send({ type: 'compare.toggled', handsetId }),
    [send],
  );
  const onFilter = useCallback(
    (change: Partial<CatalogueFilter>) => send({ type: 'catalogue.filtered', filter: change }),
    [send],
  );

  return (
    <div className={inTray.length > 0 ? 'catalogue catalogue--comparing' : 'catalogue'}>
      <div className="catalogue__head">
        <h1 className="page__title">{t('catalogue.title')}</h1>
        <span className="catalogue__count">
          {t('catalogue.count', { count: shown.length.toLocaleString() })}
        </span>
        <span className="catalogue__tools">
          <button
            type="button"
            className="chip chip--offer"
            onClick={() => send({ type: 'bundles.browsed' })}
          >
            <Icon name="spark" />
            {t('catalogue.bundles')}
          </button>
          <SortMenu sort={filter.sort} onSort={(sort) => onFilter({ sort })} />
        </span>
      </div>
      <FilterBar filter={filter} brands={brands} onChange={onFilter} />
      {handsets && shown.length === 0 ? (
        <div className="catalogue__none">
          <p>{t('catalogue.none')}</p>
          {isFiltered(filter) && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => onFilter({ ...emptyHandsetFilter, sort: filter.sort })}
            >
              {t('catalogue.reset')}
            </button>
          )}
        </div>
      ) : (
        <VirtualGrid
          items={shown}
          minColumnRem={14}
          rowRem={23}
          gapRem={1.1}
          label={t('catalogue.title')}
          getKey={(handset) => handset.id}
          renderItem={(handset) => (
            <>
              <HandsetCard
                handset={handset}
                language={language}
                stock={stock?.get(handset.id) ?? 0}
                onOpen={onOpen}
              />
              <CompareToggle
                handset={handset}
                language={language}
                pressed={compared.includes(handset.id)}
                full={full}
                onToggle={onToggleCompare}
              />
            </>
          )}
        />
      )}
      <CompareTray handsets={inTray} />
      {open && <HandsetSheet handset={open} />}
    </div>
  );
}
