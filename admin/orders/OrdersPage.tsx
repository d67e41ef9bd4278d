import { useCallback, useMemo, useState } from 'react';
import { orderStatusSchema, type OrderStatus } from '../../shared';
import { describeError } from '../api/describe-error';
import { orderStatusKey } from '../i18n/labels';
import { useText } from '../i18n/LanguageProvider';
import type { ShellContext } from '../shell/Shell';
import { canChooseStore, storesById } from '../shell/store-scope';
import { formatMoney } from './order-format';
import { OrderDrawer } from './OrderDrawer';
import { presetRange } from './orders-filter';
import { summariseOrders } from './orders-state';
import { OrdersTable } from './OrdersTable';
import { OrdersToolbar } from './OrdersToolbar';
import { useOrders } from './useOrders';
import './orders.css';
import './order-drawer.css';

export function OrdersPage({ user, stores, storeId, onUnauthorized }: ShellContext) {
  const { t, language } = useText();
  const [range, setRange] = useState(() => presetRange('month', Date.now()));
  const [status, setStatus] = useState<OrderStatus | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const filter = { storeId, status, ...range };
  const { state, invalidRange, refresh, loadMore, updateOrder } = useOrders(filter, onUnauthorized);
  const storeIndex = useMemo(() => storesById(stores), [stores]);
  const summary = summariseOrders(state.orders);
  const hasMore = state.cursor !== null;
  const showTable = state.orders.length > 0;
  const closeDrawer = useCallback(() => setOpenId(null), []);

  return (
    <section
      className="orders-page"
      aria-busy={state.phase === 'loading' || state.phase === 'refreshing'}
    >
      <OrdersToolbar
        range={range}
        onRangeChange={setRange}
        status={status}
        onStatusChange={setStatus}
        onRefresh={refresh}
        refreshing={state.phase === 'refreshing' || state.phase === 'loading'}
        loadedAt={state.loadedAt}
      />

      {showTable && (
        <dl className="summary" aria-live="polite">
          <div className="summary__item">
            <dt>{t('orders.shown')}</dt>
            <dd className="summary__value">{t('orders.countValue', { count: summary.count })}</dd>
            <dd className="summary__hint">
              {t(hasMore ? 'orders.moreHint' : 'orders.allShownHint')}
            </dd>
          </div>
          <div className="summary__item summary__item--total">
            <dt>{t('orders.sum')}</dt>
            <dd className="summary__value">{formatMoney(summary.totalFen, language)}</dd>
          </div>
          <div className="summary__item summary__item--status">
            <dt>{t('orders.byStatus')}</dt>
            <dd className="summary__statuses">
              {orderStatusSchema.options.map((status) => (
                <span key={status} className={`badge badge--${status}`}>
                  {t(orderStatusKey[status])} {summary.byStatus[status]}
                </span>
              ))}
            </dd>
          </div>
        </dl>
      )}

      {invalidRange ? (
        <p className="notice notice--warning" role="alert">
          {t('orders.invalidRange')}
        </p>
      ) : state.error ? (
        <div className="notice notice--error" role="alert">
          <span>{t('orders.loadFailed', { reason: describeError(state.error, t) })}</span>
          <button type="button" className="button button--secondary" onClick={refresh}>
            {t('common.retry')}
          </button>
        </div>
      ) : null}

      {state.phase === 'loading' && (
        <p className="empty-state" role="status">
          {t('orders.loading')}
        </p>
      )}

      {!invalidRange && state.phase === 'ready' && !state.error && !showTable && (
        <div className="empty-state">
          <p className="empty-state__title">{t('orders.empty')}</p>
          <p className="empty-state__hint">
            {t(canChooseStore(user) ? 'orders.emptyHint' : 'orders.emptyHintDates')}
          </p>
        </div>
      )}

      {showTable && (
        <OrdersTable
          orders={state.orders}
          storesById={storeIndex}
          onOpen={setOpenId}
          openId={openId}
        />
      )}

      {showTable && (
        <div className="list-footer">
          {state.moreError && (
            <p className="notice notice--error" role="alert">
              {t('orders.moreFailed', { reason: describeError(state.moreError, t) })}
            </p>
          )}
          {hasMore ? (
            <button
              type="button"
              className="button button--secondary button--wide"
              onClick={loadMore}
              disabled={state.phase !== 'ready'}
            >
              {state.phase === 'loadingMore' ? t('orders.loadingMore') : t('orders.loadMore')}
            </button>
          ) : (
            <p className="list-footer__end">{t('orders.end')}</p>
          )}
        </div>
      )}
      {openId && (
        <OrderDrawer
          orderId={openId}
          summary={state.orders.find((order) => order.id === openId)}
          onClose={closeDrawer}
          onStatusChanged={updateOrder}
          onUnauthorized={onUnauthorized}
        />
      )}
    </section>
  );
}
