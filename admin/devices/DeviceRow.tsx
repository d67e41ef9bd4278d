import type { DeviceStatus, Store } from '../../shared';
import { useText } from '../i18n/LanguageProvider';
import type { MessageKey } from '../i18n/messages';
import { formatStoreTime } from '../orders/store-time';
import { formatClockOffset, isClockOffsetSuspect } from './clock-format';
import { deviceHealth, type DeviceHealth } from './device-health';
import { formatStorageUse, storageAlerts, type StorageAlert } from './storage-format';

const healthKey: Record<DeviceHealth, MessageKey> = {
  online: 'devices.online',
  stale: 'devices.stale',
  never: 'devices.never',
  revoked: 'devices.revoked',
};

const storageAlertKey: Record<StorageAlert, MessageKey> = {
  nearlyFull: 'devices.storageNearlyFull',
  notPersisted: 'devices.notPersisted',
};

/** A UUID's first eight characters tell versions apart on screen; the title has all of it. */
const shortVersionId = (id: string) => (id.length > 16 ? `${id.slice(0, 8)}…` : id);

interface DeviceRowProps {
  device: DeviceStatus;
  store: Store | undefined;
  loadedAt: number;
  expanded: boolean;
  onToggle: () => void;
  /** id of the drill-down row this row's button controls. */
  detailsId: string;
  /** Offered to HQ and managers; a revoked kiosk shows when it was revoked instead. */
  onRevoke?: (() => void) | undefined;
}

/** One kiosk: its contact, software, content, queue, storage, clock and refused mutations. */
export function DeviceRow({
  device,
  store,
  loadedAt,
  expanded,
  onToggle,
  detailsId,
  onRevoke,
}: DeviceRowProps) {
  const { t, language } = useText();
  const none = t('common.none');
  const health = deviceHealth(device, loadedAt);
  const alerts = storageAlerts(device.storageUsage, device.storageQuota, device.persisted);
  const offset = formatClockOffset(device.clockOffsetMs);
  const refused = device.rejectedCount + device.conflictCount;
  return (
    <tr className={alerts.length > 0 ? 'devices-table__alert' : undefined}>
      <th scope="row" className="devices-table__label">
        {device.label || device.id}
      </th>
      <td>{store?.name ?? t('store.unknown', { id: device.storeId })}</td>
      <td>
        <span className={`badge badge--${health}`}>{t(healthKey[health])}</span>
      </td>
      <td>{device.lastSeenAt === null ? none : formatStoreTime(device.lastSeenAt, language)}</td>
      <td>{device.appVersion ?? none}</td>
      <td className="devices-table__content">
        {device.contentVersionId ? (
          <span title={device.contentVersionId}>{shortVersionId(device.contentVersionId)}</span>
        ) : (
          <span className="devices-table__muted">{t('devices.noVersion')}</span>
        )}
        {device.contentCursor !== null && (
          <span className="devices-table__detail">
            {t('devices.contentCursor', { cursor: device.contentCursor })}
          </span>
        )}
      </td>
      <td className="data-table__number">
        <span className={device.outboxDepth ? 'devices-table__queued' : undefined}>
          {device.outboxDepth ?? none}
        </span>
      </td>
      <td>
        {formatStorageUse(device.storageUsage, device.storageQuota) ?? none}
        {alerts.map((alert) => (
          <span key={alert} className="devices-table__warning" role="note">
            {t(storageAlertKey[alert])}
          </span>
        ))}
      </td>
      <td className="data-table__number">
        {offset ?? none}
        {isClockOffsetSuspect(device.clockOffsetMs) && (
          <span className="devices-table__warning" role="note">
            {t('devices.clockWrong')}
          </span>
        )}
      </td>
      <td>
        {refused === 0 ? (
          <span className="devices-table__muted">0</span>
        ) : (
          <button
            type="button"
            className="button button--secondary devices-table__refused"
            aria-expanded={expanded}
            aria-controls={detailsId}
            onClick={onToggle}
          >
            {t('devices.refusedCounts', {
              rejected: device.rejectedCount,
              conflict: device.conflictCount,
            })}
          </button>
        )}
      </td>
      {onRevoke && (
        <td className="devices-table__actions">
          {device.revokedAt === null ? (
            <button
              type="button"
              className="button button--secondary button--small"
              aria-label={t('devices.revoke.label', { label: device.label || device.id })}
              onClick={onRevoke}
            >
              {t('devices.revoke.open')}
            </button>
          ) : (
            <span className="devices-table__muted">
              {t('devices.revokedAt', { time: formatStoreTime(device.revokedAt, language) })}
            </span>
          )}
        </td>
      )}
    </tr>
  );
}
