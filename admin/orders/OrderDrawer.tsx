import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { OrderDetail, OrderSummary } from '../../shared';
import { describeError } from '../api/describe-error';
import { getOrder } from '../api/orders';
import { useRemote } from '../api/useRemote';
import { orderStatusKey } from '../i18n/labels';
import { useText } from '../i18n/LanguageProvider';
import { OrderActions } from './OrderActions';
import { OrderFacts } from './OrderFacts';
import { OrderTimeline } from './OrderTimeline';
import { useOrderSteps } from './useOrderSteps';

interface OrderDrawerProps {
  orderId: string;
  /** The row as the list knows it, shown while the detail loads. */
  summary: OrderSummary | undefined;
  onClose: () => void;
  onStatusChanged: (order: Pick<OrderSummary, 'id' | 'status'>) => void;
  onUnauthorized: () => void;
}

/** One order beside the list: what was sold, to whom (masked), its timeline and its steps. */
export function OrderDrawer({
  orderId,
  summary,
  onClose,
  onStatusChanged,
  onUnauthorized,
}: OrderDrawerProps) {
  const { t } = useText();
  const titleId = useId();
  const closeRef = useRef<HTMLButtonElement>(null);
  const { state: remote, refresh } = useRemote(
    orderId,
    (signal) => getOrder(orderId, signal),
    onUnauthorized,
  );
  // The answer of a step is the order as it is now: shown at once, without a reload.
  const [latest, setLatest] = useState<OrderDetail | null>(null);
  const loaded = remote.status === 'ready' ? remote.value : null;
  const order = latest?.id === orderId ? latest : loaded;

  const onChanged = useCallback(
    (next: OrderDetail) => {
      setLatest(next);
      onStatusChanged({ id: next.id, status: next.status });
    },
    [onStatusChanged],
  );
  const onStale = useCallback(() => {
    setLatest(null);
    refresh();
  }, [refresh]);
  const steps = useOrderSteps(orderId, { onChanged, onStale, onUnauthorized });

  useEffect(() => {
    if (loaded) {
      setLatest(null);
      onStatusChanged({ id: loaded.id, status: loaded.status });
    }
  }, [loaded, onStatusChanged]);
  useEffect(() => closeRef.current?.focus(), [orderId]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const ticket = order?.ticket ?? summary?.ticket ?? '';
  return (
    <div className="order-drawer__backdrop" onClick={onClose}>
      <aside
        className="order-drawer"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onClick={(event) => event.stopPropagation()}
      >
        <header className="order-drawer__header">
          <h2 id={titleId}>{t('orders.detail.title', { ticket })}</h2>
          {order && (
            <span className={`badge badge--${order.status}`}>
              {t(orderStatusKey[order.status])}
            </span>
          )}
          <button
            ref={closeRef}
            type="button"
            className="button button--secondary order-drawer__close"
            onClick={onClose}
          >
            {t('orders.detail.close')}
          </button>
        </header>
        {!order && remote.status === 'loading' && (
          <p className="empty-state" role="status">
            {t('orders.detail.loading')}
          </p>
        )}
        {!order && remote.status === 'failed' && (
          <div className="notice notice--error" role="alert">
            <span>{t('orders.detail.loadFailed', { reason: describeError(remote.error, t) })}</span>
            <button type="button" className="button button--secondary" onClick={refresh}>
              {t('common.retry')}
            </button>
          </div>
        )}
        {order && (
          <div className="order-drawer__body">
            <OrderActions
              order={order}
              state={steps.state}
              dispatch={steps.dispatch}
              send={(request) => void steps.send(request)}
            />
            <OrderFacts order={order} />
            <h3 className="order-drawer__section">{t('orders.detail.timeline')}</h3>
            <OrderTimeline events={order.events} capturedAt={order.correctedAt} />
          </div>
        )}
      </aside>
    </div>
  );
}
