import { useId } from 'react';
import { orderStatusSchema, type OrderStatus } from '../../shared';
import { orderStatusKey } from '../i18n/labels';
import { useText } from '../i18n/LanguageProvider';
import type { MessageKey } from '../i18n/messages';
import { presetOf, presetRange, type DatePreset, type OrdersFilter } from './orders-filter';
import { formatStoreTime } from './store-time';

type DateRange = Pick<OrdersFilter, 'fromDay' | 'toDay'>;

interface OrdersToolbarProps {
  range: DateRange;
  onRangeChange: (range: DateRange) => void;
  status: OrderStatus | null;
  onStatusChange: (status: OrderStatus | null) => void;
  onRefresh: () => void;
  refreshing: boolean;
  loadedAt: number | null;
}

const presetKeys: Record<DatePreset, MessageKey> = {
  today: 'orders.preset.today',
  week: 'orders.preset.week',
  month: 'orders.preset.month',
  all: 'orders.preset.all',
};

export function OrdersToolbar({
  range,
  onRangeChange,
  status,
  onStatusChange,
  onRefresh,
  refreshing,
  loadedAt,
}: OrdersToolbarProps) {
  const { t, language } = useText();
  const fromId = useId();
  const toId = useId();
  const statusId = useId();
  const now = Date.now();
  const activePreset = presetOf({ storeId: null, ...range }, now);

  return (
    <div className="toolbar">
      <div className="toolbar__dates">
        <div className="field field--inline">
          <label className="field__label" htmlFor={fromId}>
            {t('orders.from')}
          </label>
          <input
            id={fromId}
            className="field__input"
            type="date"
            value={range.fromDay}
            max={range.toDay || undefined}
            onChange={(event) => onRangeChange({ ...range, fromDay: event.target.value })}
          />
        </div>
        <span className="toolbar__dash" aria-hidden="true">
          –
        </span>
        <div className="field field--inline">
          <label className="field__label" htmlFor={toId}>
            {t('orders.to')}
          </label>
          <input
            id={toId}
            className="field__input"
            type="date"
            value={range.toDay}
            min={range.fromDay || undefined}
            onChange={(event) => onRangeChange({ ...range, toDay: event.target.value })}
          />
        </div>
      </div>
      <div className="segmented" role="group" aria-label={t('orders.presets')}>
        {(Object.keys(presetKeys) as DatePreset[]).map((preset) => (
          <button
            key={preset}
            type="button"
            className="segmented__option"
            aria-pressed={activePreset === preset}
            onClick={() => onRangeChange(presetRange(preset, Date.now()))}
          >
            {t(presetKeys[preset])}
          </button>
        ))}
      </div>
      <div className="field field--inline">
        <label className="field__label" htmlFor={statusId}>
          {t('orders.status.filter')}
        </label>
        <select
          id={statusId}
          className="field__input"
          value={status ?? ''}
          onChange={(event) =>
            onStatusChange(orderStatusSchema.safeParse(event.target.value).data ?? null)
          }
        >
          <option value="">{t('orders.status.all')}</option>
          {orderStatusSchema.options.map((option) => (
            <option key={option} value={option}>
              {t(orderStatusKey[option])}
            </option>
          ))}
        </select>
      </div>
      <div className="toolbar__spacer" />
      {loadedAt !== null && (
        <span className="toolbar__updated">
          {t('common.updatedAt', { time: formatStoreTime(loadedAt, language) })}
        </span>
      )}
      <button
        type="button"
        className="button button--secondary"
        onClick={onRefresh}
        disabled={refreshing}
      >
        <span className={refreshing ? 'spin' : undefined} aria-hidden="true">
          ↻
        </span>
        {refreshing ? t('common.refreshing') : t('common.refresh')}
      </button>
    </div>
  );
}
