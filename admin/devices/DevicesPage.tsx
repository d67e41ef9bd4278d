import { useMemo } from 'react';
import { describeError } from '../api/describe-error';
import { useText } from '../i18n/LanguageProvider';
import type { MessageKey } from '../i18n/messages';
import { formatStoreTime } from '../orders/store-time';
import type { ShellContext } from '../shell/Shell';
import { storesById } from '../shell/store-scope';
import { deviceHealth, type DeviceHealth } from './device-health';
import './devices.css';
import { formatStorageUse } from './storage-format';
import { useDevices } from './useDevices';

const healthKey: Record<DeviceHealth, MessageKey> = {
  online: 'devices.online',
  stale: 'devices.stale',
  never: 'devices.never',
  revoked: 'devices.revoked',
};

export function DevicesPage({ stores, storeId, onUnauthorized }: ShellContext) {
  const { t, language } = useText();
  const { state, refresh } = useDevices(storeId, onUnauthorized);
  const storeIndex = useMemo(() => storesById(stores), [stores]);
  const none = t('common.none');

  return (
    <section className="devices-page">
      <div className="toolbar">
        <div className="toolbar__spacer" />
        {state.status === 'ready' && (
          <span className="toolbar__updated">
            {t('common.updatedAt', { time: formatStoreTime(state.loadedAt, language) })}
          </span>
        )}
        <button
          type="button"
          className="button button--secondary"
          onClick={refresh}
          disabled={state.status === 'loading'}
        >
          <span aria-hidden="true">↻</span>
          {t('common.refresh')}
        </button>
      </div>

      {state.status === 'loading' && (
        <p className="empty-state" role="status">
          {t('devices.loading')}
        </p>
      )}
      {state.status === 'failed' && (
        <div className="notice notice--error" role="alert">
          <span>{t('devices.loadFailed', { reason: describeError(state.error, t) })}</span>
          <button type="button" className="button button--secondary" onClick={refresh}>
            {t('common.retry')}
          </button>
        </div>
      )}
      {state.status === 'ready' && state.devices.length === 0 && (
        <div className="empty-state">
          <p className="empty-state__title">{t('devices.empty')}</p>
        </div>
      )}
      {state.status === 'ready' && state.devices.length > 0 && (
        <div className="table-scroll">
          <table className="data-table" aria-label={t('devices.tableLabel')}>
            <thead>
              <tr>
                <th scope="col">{t('devices.column.label')}</th>
                <th scope="col">{t('devices.column.store')}</th>
                <th scope="col">{t('devices.column.status')}</th>
                <th scope="col">{t('devices.column.lastSeen')}</th>
                <th scope="col">{t('devices.column.version')}</th>
                <th scope="col" className="data-table__number">
                  {t('devices.column.outbox')}
                </th>
                <th scope="col">{t('devices.column.storage')}</th>
              </tr>
            </thead>
            <tbody>
              {state.devices.map((device) => {
                const health = deviceHealth(device, state.loadedAt);
                return (
                  <tr key={device.id}>
                    <th scope="row" className="devices-table__label">
                      {device.label || device.id}
                    </th>
                    <td>
                      {storeIndex.get(device.storeId)?.name ??
                        t('store.unknown', { id: device.storeId })}
                    </td>
                    <td>
                      <span className={`badge badge--${health}`}>{t(healthKey[health])}</span>
                    </td>
                    <td>
                      {device.lastSeenAt === null
                        ? none
                        : formatStoreTime(device.lastSeenAt, language)}
                    </td>
                    <td>{device.appVersion ?? none}</td>
                    <td className="data-table__number">
                      <span className={device.outboxDepth ? 'devices-table__queued' : undefined}>
                        {device.outboxDepth ?? none}
                      </span>
                    </td>
                    <td>
                      {formatStorageUse(device.storageUsage, device.storageQuota) ?? none}
                      {device.persisted === false && (
                        <span className="devices-table__warning">{t('devices.notPersisted')}</span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
