import { formatFen } from '../../shared';
import { Icon } from '../app/Icon';
import { useLanguage, useT } from '../i18n/useT';
import { useSessionSelector, useSessionSend } from '../session/SessionContext';
import { useSyncStatus } from '../sync/useSyncStatus';
import { useQrSvg } from './useQrSvg';
import './checkout.css';

/**
 * The QR code's text: the order's follow-up page on the server (its status only, no personal
 * data), which a customer opens on their own phone and a clerk's scanner reads the ticket from.
 */
export function ticketFollowUpUrl(origin: string, ticket: string): string {
  return `${origin}/t/${encodeURIComponent(ticket)}`;
}

export function ConfirmationScreen() {
  const t = useT();
  const language = useLanguage();
  const send = useSessionSend();
  const placed = useSessionSelector((snapshot) => snapshot.context.placed);
  const { online, queuedOrders } = useSyncStatus();
  const qr = useQrSvg(placed ? ticketFollowUpUrl(window.location.origin, placed.ticket) : '');
  if (!placed) return null;

  return (
    <div className="page confirmation">
      <div className="confirmation__card">
        <span className="confirmation__tick" aria-hidden="true">
          <Icon name="check" />
        </span>
        <h1 className="confirmation__title">{t('confirm.title')}</h1>
        <p className="confirmation__show">{t('confirm.showClerk')}</p>
        <div className="confirmation__ticket">
          <span className="confirmation__ticket-label">{t('confirm.ticket')}</span>
          <span className="confirmation__ticket-code" data-testid="ticket">
            {placed.ticket}
          </span>
        </div>
        {qr && (
          <div
            className="confirmation__qr"
            role="img"
            aria-label={t('confirm.qr')}
            // The markup is made on the device by `qrcode` from our own ticket text.
            dangerouslySetInnerHTML={{ __html: qr }}
          />
        )}
        {qr && <p className="confirmation__follow">{t('confirm.follow')}</p>}
        <div className="confirmation__total">
          <span>{t('confirm.total')}</span>
          <strong>{formatFen(placed.totalFen, language)}</strong>
        </div>
        <p className="confirmation__pay">{t('confirm.payNote')}</p>
        {(!online || queuedOrders > 0) && (
          <p className="confirmation__queued">{t('confirm.queued')}</p>
        )}
        <button
          type="button"
          className="button button--primary button--large button--block"
          onClick={() => send({ type: 'session.ended' })}
        >
          {t('confirm.done')}
        </button>
      </div>
    </div>
  );
}
