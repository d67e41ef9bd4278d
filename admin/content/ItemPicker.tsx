import { useId, type ReactNode } from 'react';
import type { ContentEntity } from '../../shared';
import { useText } from '../i18n/LanguageProvider';
import type { MessageKey } from '../i18n/messages';
import type { DraftState } from './working-item';

export interface PickerEntry {
  entity: ContentEntity;
  key: string;
  title: string;
  detail: string;
  state: DraftState;
}

const stateKey = {
  edited: 'content.inDraft',
  created: 'content.picker.created',
  withdrawn: 'content.picker.withdrawn',
} as const satisfies Record<Exclude<DraftState, 'published'>, MessageKey>;

interface ItemPickerProps {
  label: string;
  entries: readonly PickerEntry[];
  selected: { entity: ContentEntity; key: string } | null;
  onSelect: (entry: PickerEntry) => void;
  /** Given for long lists (handsets): a search box above, and how many matched. */
  search?: { query: string; onQuery: (query: string) => void; matched: number } | undefined;
  /** The "New …" actions above the list. */
  actions?: ReactNode;
}

/** The items of one kind: pick one to edit; those with a pending change are marked. */
export function ItemPicker(props: ItemPickerProps) {
  const { label, entries, selected, onSelect, search, actions } = props;
  const { t } = useText();
  const searchId = useId();
  return (
    <div className="item-picker">
      {actions}
      {search && (
        <div className="field">
          <label className="field__label" htmlFor={searchId}>
            {t('content.handset.search')}
          </label>
          <input
            id={searchId}
            className="field__input"
            type="search"
            placeholder={t('content.handset.searchHint')}
            value={search.query}
            onChange={(event) => search.onQuery(event.target.value)}
          />
          <span className="field__hint">
            {t('content.handset.matched', { shown: entries.length, matched: search.matched })}
          </span>
        </div>
      )}
      <ul className="item-picker__list" aria-label={label}>
        {entries.map((entry) => {
          const current = selected?.entity === entry.entity && selected.key === entry.key;
          return (
            <li key={`${entry.entity}:${entry.key}`}>
              <button
                type="button"
                className={`item-picker__item item-picker__item--${entry.state}`}
                aria-current={current ? 'true' : undefined}
                onClick={() => onSelect(entry)}
              >
                <span className="item-picker__title">{entry.title}</span>
                <span className="item-picker__detail">{entry.detail}</span>
                {entry.state !== 'published' && (
                  <span className="item-picker__draft">{t(stateKey[entry.state])}</span>
                )}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
