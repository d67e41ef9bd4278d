import { orderConsentText, type OrderDetail, type OrderLine } from '../../shared';
import { useText } from '../i18n/LanguageProvider';
import type { MessageKey } from '../i18n/messages';
import { formatMoney, formatPhoneNumber } from './order-format';
import { formatStoreTime } from './store-time';

const lineKey = {
  handset: 'orders.detail.line.handset',
  bundle: 'orders.detail.line.bundle',
  plan: 'orders.detail.line.plan',
  subsidy: 'orders.detail.line.subsidy',
  number: 'orders.detail.line.number',
  service: 'orders.detail.line.service',
} as const satisfies Record<OrderLine['kind'], MessageKey>;

/** What was sold and to whom (masked), and who helped. */
export function OrderFacts({ order }: { order: OrderDetail }) {
  const { t, language } = useText();
  const none = t('common.none');
  const lineName = (line: OrderLine) => {
    if (line.kind === 'handset') return order.handsetName ?? line.refId;
    if (line.kind === 'bundle') return order.bundle?.name[language] ?? line.refId;
    if (line.kind === 'plan' || line.kind === 'subsidy')
      return order.planName?.[language] ?? line.refId;
    if (line.kind === 'number') return formatPhoneNumber(line.refId);
    return order.services.find((s) => s.id === line.refId)?.name[language] ?? line.refId;
  };
  const clerk = order.clerk
    ? `${order.clerk.displayName}${order.clerkBadge ? ` · ${order.clerkBadge}` : ''}`
    : order.clerkBadge
      ? t('orders.detail.clerkUnknownBadge', { badge: order.clerkBadge })
      : t('orders.detail.clerkNone');
  const consentText = order.consent && orderConsentText(order.consent.textVersion);

  return (
    <>
      <table className="data-table order-lines" aria-label={t('orders.detail.items')}>
        <tbody>
          {order.lines.map((line, index) => (
            <tr key={index}>
              <th scope="row">{t(lineKey[line.kind])}</th>
              <td>{lineName(line)}</td>
              <td className="data-table__number">
                {formatMoney(line.unitFen * line.quantity, language)}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              {t('orders.detail.total')}
            </th>
            <td className="data-table__number">{formatMoney(order.totalFen, language)}</td>
          </tr>
        </tfoot>
      </table>
      <dl className="order-facts">
        {order.colour && (
          <div>
            <dt>{t('orders.detail.colour')}</dt>
            <dd>{order.colour}</dd>
          </div>
        )}
        {order.bundle && (
          <div>
            <dt>{t('orders.detail.bundle')}</dt>
            <dd>{order.bundle.name[language]}</dd>
          </div>
        )}
        {order.services.length > 0 && (
          <div>
            <dt>{t('orders.detail.services')}</dt>
            <dd>{order.services.map((s) => s.name[language]).join('、')}</dd>
          </div>
        )}
        <div>
          <dt>{t('orders.detail.number')}</dt>
          <dd>{order.number ? formatPhoneNumber(order.number) : none}</dd>
        </div>
        <div>
          <dt>{t('orders.detail.customer')}</dt>
          <dd>{order.customerName}</dd>
        </div>
        <div>
          <dt>{t('orders.detail.idNumber')}</dt>
          <dd>{order.idNumberMasked}</dd>
        </div>
        <div>
          <dt>{t('orders.detail.phone')}</dt>
          <dd>{order.customerPhoneMasked}</dd>
        </div>
        <div>
          <dt>{t('orders.detail.clerk')}</dt>
          <dd>{clerk}</dd>
        </div>
        {order.stockLeft !== null && (
          <div>
            <dt>{t('orders.detail.stock')}</dt>
            <dd>{t('orders.detail.stockValue', { count: order.stockLeft })}</dd>
          </div>
        )}
        <div>
          <dt>{t('orders.detail.payment')}</dt>
          <dd>
            {order.paidFen !== null
              ? t(
                  order.status === 'cancelled' ? 'orders.detail.paidRefund' : 'orders.detail.paid',
                  {
                    amount: formatMoney(order.paidFen, language),
                  },
                )
              : order.status === 'received'
                ? t('orders.detail.payOnConfirm', {
                    amount: formatMoney(order.totalFen, language),
                  })
                : t('orders.detail.paymentNone')}
          </dd>
        </div>
        <div>
          <dt>{t('orders.detail.commission')}</dt>
          <dd>{formatMoney(order.commissionFen, language)}</dd>
        </div>
        <div className="order-facts__wide">
          <dt>{t('orders.detail.consent')}</dt>
          <dd>
            {order.consent ? (
              <>
                {t('orders.detail.consentGiven', {
                  time: formatStoreTime(order.consent.givenAt, language),
                  version: order.consent.textVersion,
                })}
                {consentText && (
                  <q className="order-facts__consent-text">{consentText[language]}</q>
                )}
              </>
            ) : (
              t('orders.detail.consentNone')
            )}
          </dd>
        </div>
        {order.cancelReason && (
          <div>
            <dt>{t('orders.detail.cancelReason')}</dt>
            <dd>{t(`cancelReason.${order.cancelReason}`)}</dd>
          </div>
        )}
      </dl>
    </>
  );
}
