import { Fragment, useId } from 'react';
import { orderStatusSchema, type SalesFilters, type SalesOptions } from '../../shared';
import type { RemoteState } from '../api/useRemote';
import { describeError } from '../api/describe-error';
import { useText } from '../i18n/LanguageProvider';
import type { MessageKey } from '../i18n/messages';
import {
  choiceGroups,
  choicesFor,
  filterFields,
  offersStoreFilters,
  withFilter,
} from './sales-filters';

interface SalesFilterBarProps {
  filters: SalesFilters;
  onFiltersChange: (filters: SalesFilters) => void;
  /** The store in scope (null: every store): with one store, type and district are moot. */
  storeId: string | null;
  options: RemoteState<SalesOptions>;
}

const labelKey = {
  status: 'sales.filter.status',
  storeType: 'sales.filter.storeType',
  district: 'sales.filter.district',
  zoneId: 'sales.filter.zone',
  handsetId: 'sales.filter.handset',
  planId: 'sales.filter.plan',
  bundleId: 'sales.filter.bundle',
  clerkId: 'sales.filter.clerk',
} as const satisfies Record<keyof SalesFilters, MessageKey>;

/** One select per filter, each "All" until chosen; they combine, and one button clears them. */
export function SalesFilterBar({
  filters,
  onFiltersChange,
  storeId,
  options,
}: SalesFilterBarProps) {
  const { t, language } = useText();
  const baseId = useId();
  const fields = filterFields.filter(
    (field) =>
      offersStoreFilters(storeId) || (field.name !== 'storeType' && field.name !== 'district'),
  );
  const active = fields.filter((field) => filters[field.name] !== undefined).length;
  const ready = options.status === 'ready' ? options.value : null;

  return (
    <fieldset className="sales-filters">
      <legend className="sales-filters__legend">
        {t('sales.filters')}
        {active > 0 && (
          <span className="sales-filters__count">
            {t('sales.filter.active', { count: active })}
          </span>
        )}
      </legend>
      <div className="sales-filters__grid">
        {fields.map((field) => {
          const id = `${baseId}-${field.name}`;
          const chosen = filters[field.name];
          const choices =
            field.options === null
              ? orderStatusSchema.options.map((status) => ({
                  key: status,
                  label: t(`status.${status}`),
                  group: null,
                  offered: true,
                }))
              : choicesFor(ready?.[field.options] ?? [], chosen, language);
          return (
            <div className="field sales-filters__field" key={field.name}>
              <label className="field__label" htmlFor={id}>
                {t(labelKey[field.name])}
              </label>
              <select
                id={id}
                className="field__input"
                value={chosen ?? ''}
                disabled={field.options !== null && !ready && chosen === undefined}
                onChange={(event) =>
                  onFiltersChange(withFilter(filters, field.name, event.target.value))
                }
              >
                <option value="">{t('sales.filter.any')}</option>
                {choiceGroups(choices).map(({ group, choices: run }, index) => {
                  const listed = run.map((choice) => (
                    <option key={choice.key} value={choice.key}>
                      {choice.offered
                        ? choice.label
                        : t('sales.filter.outOfScope', { name: choice.label })}
                    </option>
                  ));
                  return group === null ? (
                    <Fragment key={`run-${index}`}>{listed}</Fragment>
                  ) : (
                    <optgroup key={group} label={group}>
                      {listed}
                    </optgroup>
                  );
                })}
              </select>
            </div>
          );
        })}
        {active > 0 && (
          <button
            type="button"
            className="button button--secondary sales-filters__clear"
            onClick={() => onFiltersChange({})}
          >
            {t('sales.filter.clear')}
          </button>
        )}
      </div>
      {options.status === 'failed' && (
        <p className="notice notice--warning" role="alert">
          {t('sales.filter.optionsFailed', { reason: describeError(options.error, t) })}
        </p>
      )}
    </fieldset>
  );
}
