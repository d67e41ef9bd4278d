import type { OrderEvent } from '../../shared';
import { orderStatusKey } from '../i18n/labels';
import { useText } from '../i18n/LanguageProvider';
import { formatStoreTime } from './store-time';

/** Who did each step of the order, when, and what they noted. */
export function OrderTimeline({ events }: { events: readonly OrderEvent[] }) {
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
