import { useId, useRef } from 'react';
import { salesGroupBys, type SalesGroupBy } from '../../shared';
import { useText } from '../i18n/LanguageProvider';
import { presetDays, presetOfRange, rangePresets, type DayRange } from './sales-range';

interface SalesToolbarProps {
  range: DayRange;
  onRangeChange: (range: DayRange) => void;
  groupBy: SalesGroupBy;
  onGroupByChange: (groupBy: SalesGroupBy) => void;
  /** Where the CSV of the current report downloads from; null while the range is invalid. */
  csvHref: string | null;
}

export function SalesToolbar(props: SalesToolbarProps) {
  const { range, onRangeChange, groupBy, onGroupByChange, csvHref } = props;
  const { t } = useText();
  const fromId = useId();
  const toId = useId();
  const groupId = useId();
  const fromInput = useRef<HTMLInputElement>(null);
  const preset = presetOfRange(range, Date.now());

  return (
    <div className="toolbar sales-toolbar">
      <div className="segmented" role="group" aria-label={t('sales.presets')}>
        {rangePresets.map((option) => (
          <button
            key={option}
            type="button"
            className="segmented__option"
            aria-pressed={preset === option}
            onClick={() => onRangeChange(presetDays(option, Date.now()))}
          >
            {t(`sales.preset.${option}`)}
          </button>
        ))}
        <button
          type="button"
          className="segmented__option"
          aria-pressed={preset === null}
          onClick={() => fromInput.current?.focus()}
        >
          {t('sales.preset.custom')}
        </button>
      </div>
      <div className="toolbar__dates">
        <div className="field field--inline">
          <label className="field__label" htmlFor={fromId}>
            {t('sales.from')}
          </label>
          <input
            id={fromId}
            ref={fromInput}
            className="field__input"
            type="date"
            value={range.from}
            max={range.to || undefined}
            onChange={(event) => onRangeChange({ ...range, from: event.target.value })}
          />
        </div>
        <span className="toolbar__dash" aria-hidden="true">
          –
        </span>
        <div className="field field--inline">
          <label className="field__label" htmlFor={toId}>
            {t('sales.to')}
          </label>
          <input
            id={toId}
            className="field__input"
            type="date"
            value={range.to}
            min={range.from || undefined}
            onChange={(event) => onRangeChange({ ...range, to: event.target.value })}
          />
        </div>
      </div>
      <div className="field field--inline">
        <label className="field__label" htmlFor={groupId}>
          {t('sales.groupBy')}
        </label>
        <select
          id={groupId}
          className="field__input"
          value={groupBy}
          onChange={(event) => onGroupByChange(event.target.value as SalesGroupBy)}
        >
          {salesGroupBys.map((option) => (
            <option key={option} value={option}>
              {t(`sales.groupBy.${option}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="toolbar__spacer" />
      {csvHref && (
        <a className="button button--secondary" href={csvHref} download>
          <span aria-hidden="true">⤓</span> {t('sales.csv')}
        </a>
      )}
    </div>
  );
}
