import type { OrderEvent } from '../../shared';
import { orderStatusKey } from '../i18n/labels';
import { useText } from '../i18n/LanguageProvider';
import { formatStoreTime } from './store-time';

/**
 * Who did each step of the order, when, and what they noted; first, when the customer placed
 * it on the kiosk (the kiosk's clock, corrected), which may be well before the server received
 * it when the store was offline.
 */
export function OrderTimeline({
  events,
  capturedAt,
}: {
  events: readonly OrderEvent[];
  capturedAt: number;
}) {
  const { t, language } = useText();
  const actorName = (actor: OrderEvent['actor']) => {
    switch (actor.kind) {
      case 'user':
        return actor.displayName;
      case 'device':
        return t('orders.detail.actor.device', { label: actor.label });
      case 'unknown':
        return t('orders.detail.actor.unknown', { id: actor.id });
    }
  };
  return (
    <ol className="order-timeline" aria-label={t('orders.detail.timeline')}>
      <li className="order-timeline__step order-timeline__step--captured">
        <span className="badge badge--captured">{t('orders.detail.captured')}</span>
        <time dateTime={new Date(capturedAt).toISOString()}>
          {formatStoreTime(capturedAt, language)}
        </time>
        <span className="order-timeline__actor">{t('orders.detail.capturedBy')}</span>
      </li>
      {events.map((event, index) => (
        <li key={index} className={`order-timeline__step order-timeline__step--${event.status}`}>
          <span className={`badge badge--${event.status}`}>{t(orderStatusKey[event.status])}</span>
          <time dateTime={new Date(event.at).toISOString()}>
            {formatStoreTime(event.at, language)}
          </time>
          <span className="order-timeline__actor">{actorName(event.actor)}</span>
          {event.note && <p className="order-timeline__note">{event.note}</p>}
        </li>
      ))}
    </ol>
  );
}
