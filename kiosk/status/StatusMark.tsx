import { useT } from '../i18n/useT';
import { useSyncStatus } from '../sync/useSyncStatus';
import './status.css';

/** Online/offline and how many orders wait to be sent, e.g. "离线 · 1 单待发送". */
export function StatusMark() {
  const t = useT();
  const status = useSyncStatus();
  const state = !status.online
    ? 'offline'
    : status.pulling || status.pushing
      ? 'syncing'
      : 'online';
  const parts = [status.online ? t('status.online') : t('status.offline')];
  if (status.queuedOrders > 0) parts.push(t('status.queued', { count: status.queuedOrders }));
  return (
    <div className={`status-mark status-mark--${state}`} role="status" aria-live="polite">
      <span className="status-mark__dot" aria-hidden="true" />
      <span className="status-mark__text">{parts.join(' · ')}</span>
    </div>
  );
}
