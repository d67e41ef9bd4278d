import { useId, useState, type ReactNode } from 'react';
import { formatFen, type Handset } from '../../shared';
import { useText } from '../i18n/LanguageProvider';
import { handsetChoices } from './handset-search';
import './links.css';

export interface LinkRow {
  id: string;
  /** Null when the catalogue (as the draft leaves it) has no such item. */
  title: string | null;
  detail: string;
}

interface LinkListProps {
  label: string;
  rows: readonly LinkRow[];
  onMove: (id: string, by: -1 | 1) => void;
  onRemove: (id: string) => void;
}

/** An ordered list of linked items with buttons (not drag) to move each up, down or out. */
export function LinkList({ label, rows, onMove, onRemove }: LinkListProps) {
  const { t } = useText();
  if (rows.length === 0) return <p className="link-list__empty">{t('content.links.empty')}</p>;
  return (
    <ol className="link-list" aria-label={label}>
      {rows.map((row, index) => {
        const name = row.title ?? row.id;
        return (
          <li
            key={row.id}
            className={`link-list__row${row.title ? '' : ' link-list__row--missing'}`}
          >
            <span className="link-list__order">{index + 1}</span>
            <span className="link-list__text">
              <span className="link-list__title">{name}</span>
              <span className="link-list__detail">
                {row.title ? row.detail : t('content.links.missing')}
              </span>
            </span>
            <span className="link-list__actions">
              <button
                type="button"
                className="icon-button"
                aria-label={t('content.links.up', { name })}
                disabled={index === 0}
                onClick={() => onMove(row.id, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                className="icon-button"
                aria-label={t('content.links.down', { name })}
                disabled={index === rows.length - 1}
                onClick={() => onMove(row.id, 1)}
              >
                ↓
              </button>
              <button
                type="button"
                className="icon-button icon-button--remove"
                aria-label={t('content.links.remove', { name })}
                onClick={() => onRemove(row.id)}
              >
                ✕
              </button>
            </span>
          </li>
        );
      })}
    </ol>
  );
}

/** One group of links in a form, across its full width. */
export function LinkGroup({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="item-form__wide link-group">
      <legend className="field__label">{legend}</legend>
      {children}
    </fieldset>
  );
}

const handsetsListed = 8;

interface HandsetSearchFieldProps {
  label: string;
  handsets: readonly Handset[];
  /** The handsets the item holds now: listed, marked, and not picked again. */
  chosen: readonly string[];
  /** What picking one does, e.g. "Add {name}" or "Use {name}"; `{name}` is filled in. */
  actionLabel: (name: string) => string;
  onPick: (handset: Handset) => void;
  disabled?: boolean;
}

/** Search the catalogue's handsets by brand and model, and pick one from the matches. */
export function HandsetSearchField(props: HandsetSearchFieldProps) {
  const { label, handsets, chosen, actionLabel, onPick, disabled = false } = props;
  const { t, language } = useText();
  const id = useId();
  const [query, setQuery] = useState('');
  const { shown, matched } = handsetChoices(handsets, query, chosen, handsetsListed);
  return (
    <div className="field handset-search">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="field__input"
        type="search"
        placeholder={t('content.handset.searchHint')}
        value={query}
        disabled={disabled}
        onChange={(event) => setQuery(event.target.value)}
      />
      {query.trim() !== '' && (
        <>
          <span className="field__hint">
            {matched === 0
              ? t('content.links.noMatch')
              : t('content.handset.matched', { shown: shown.length, matched })}
          </span>
          <ul className="handset-search__results" aria-label={label}>
            {shown.map(({ handset, chosen: isChosen }) => {
              const name = `${handset.brand} ${handset.model}`;
              return (
                <li key={handset.id}>
                  <button
                    type="button"
                    className="handset-search__result"
                    aria-label={actionLabel(name)}
                    disabled={isChosen || disabled}
                    onClick={() => onPick(handset)}
                  >
                    <span className="handset-search__name">{name}</span>
                    <span className="handset-search__price">
                      {isChosen ? t('content.links.chosen') : formatFen(handset.priceFen, language)}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}
