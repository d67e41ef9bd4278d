import type { OrderSummary, Store } from '../../shared';
import { clockSuspicionKey, orderStatusKey } from '../i18n/labels';
import { useText } from '../i18n/LanguageProvider';
import { formatMoney, formatPhoneNumber, wasDeliveredLate } from './order-format';
import { formatStoreTime } from './store-time';

interface OrdersTableProps {
  orders: readonly OrderSummary[];
  storesById: ReadonlyMap<string, Store>;
  /** Opens an order's detail; the ticket is a button named by the ticket. */
  onOpen: (orderId: string) => void;
  /** The order whose detail is open, marked in the list. */
  openId: string | null;
}

/** One row per order; the ticket is the row header, so a row is found by its ticket text. */
export function OrdersTable({ orders, storesById, onOpen, openId }: OrdersTableProps) {
  const { t, language } = useText();
  const none = t('common.none');
  return (
    <div className="table-scroll">
      <table className="data-table orders-table" aria-label={t('orders.tableLabel')}>
        <thead>
          <tr>
            <th scope="col">{t('orders.column.ticket')}</th>
            <th scope="col">{t('orders.column.time')}</th>
            <th scope="col">{t('orders.column.store')}</th>
            <th scope="col">{t('orders.column.handset')}</th>
            <th scope="col">{t('orders.column.plan')}</th>
            <th scope="col">{t('orders.column.number')}</th>
            <th scope="col">{t('orders.column.customer')}</th>
            <th scope="col" className="data-table__number">
              {t('orders.column.total')}
            </th>
            <th scope="col">{t('orders.column.status')}</th>
          </tr>
        </thead>
        <tbody>
          {orders.map((order) => (
            <tr
              key={order.id}
              className={
                [
                  order.status === 'cancelled' ? 'is-cancelled' : '',
                  openId === order.id ? 'is-open' : '',
                ]
                  .filter(Boolean)
                  .join(' ') || undefined
              }
            >
              <th scope="row" className="orders-table__ticket">
                <button
                  type="button"
                  className="orders-table__open"
                  title={t('orders.open', { ticket: order.ticket })}
                  aria-haspopup="dialog"
                  onClick={() => onOpen(order.id)}
                >
                  {order.ticket}
                </button>
              </th>
              <td className="orders-table__time">
                {/* The corrected time: what the list is sorted and filtered by. */}
                <time dateTime={new Date(order.correctedAt).toISOString()}>
                  {formatStoreTime(order.correctedAt, language)}
                </time>
                {order.clockSuspect && (
                  <span
                    className="badge badge--clock-suspect"
                    title={t(clockSuspicionKey[order.clockSuspect])}
                  >
                    {t('orders.clockSuspect')}
                  </span>
                )}
                {wasDeliveredLate(order) && (
                  <span className="orders-table__late">
                    {t('orders.deliveredLate', {
                      time: formatStoreTime(order.receivedAt, language),
                    })}
                  </span>
                )}
              </td>
              <td>
                {storesById.get(order.storeId)?.name ?? t('store.unknown', { id: order.storeId })}
              </td>
              <td className="orders-table__ref" title={order.handsetId ?? undefined}>
                {order.handsetName ?? order.handsetId ?? none}
              </td>
              <td className="orders-table__ref" title={order.planId ?? undefined}>
                {order.planName?.[language] ?? order.planId ?? none}
              </td>
              <td className="orders-table__phone">
                {order.number ? formatPhoneNumber(order.number) : none}
              </td>
              <td>{order.customerName}</td>
              <td className="data-table__number">{formatMoney(order.totalFen, language)}</td>
              <td>
                <span className={`badge badge--${order.status}`}>
                  {t(orderStatusKey[order.status])}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
