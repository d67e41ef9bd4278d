import { Fragment, useMemo, useState } from 'react';
import type { DeviceStatus } from '../../shared';
import { useText } from '../i18n/LanguageProvider';
import { formatStoreTime } from '../orders/store-time';
import { RemoteStatus } from '../shell/RemoteStatus';
import type { ShellContext } from '../shell/Shell';
import { storesById } from '../shell/store-scope';
import { DeviceRow } from './DeviceRow';
import './devices.css';
import { EnrolKioskDialog } from './EnrolKioskDialog';
import { RevokeKioskDialog } from './RevokeKioskDialog';
import { RefusedMutations } from './RefusedMutations';
import { useDevices } from './useDevices';

export function DevicesPage({ user, stores, storeId, onUnauthorized }: ShellContext) {
  const { t, language } = useText();
  const { state, refresh } = useDevices(storeId, onUnauthorized);
  const storeIndex = useMemo(() => storesById(stores), [stores]);
  const [openDeviceId, setOpenDeviceId] = useState<string | null>(null);
  const [enrolling, setEnrolling] = useState(false);
  const [revoking, setRevoking] = useState<DeviceStatus | null>(null);
  const canAdminister = user.role !== 'clerk';

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
        {canAdminister && (
          <button
            type="button"
            className="button button--primary"
            onClick={() => setEnrolling(true)}
          >
            {t('devices.enrol.open')}
          </button>
        )}
      </div>
      {enrolling && (
        <EnrolKioskDialog
          user={user}
          stores={stores}
          storeId={storeId}
          onClose={() => setEnrolling(false)}
          onUnauthorized={onUnauthorized}
        />
      )}
      {revoking && (
        <RevokeKioskDialog
          device={revoking}
          onRevoked={() => {
            setRevoking(null);
            refresh();
          }}
          onClose={() => setRevoking(null)}
          onUnauthorized={onUnauthorized}
        />
      )}

      <RemoteStatus
        state={state}
        loadingKey="devices.loading"
        failedKey="devices.loadFailed"
        onRetry={refresh}
      />
      {state.status === 'ready' && state.value.length === 0 && (
        <div className="empty-state">
          <p className="empty-state__title">{t('devices.empty')}</p>
        </div>
      )}
      {state.status === 'ready' && state.value.length > 0 && (
        <div className="table-scroll">
          <table className="data-table devices-table" aria-label={t('devices.tableLabel')}>
            <thead>
              <tr>
                <th scope="col">{t('devices.column.label')}</th>
                <th scope="col">{t('devices.column.store')}</th>
                <th scope="col">{t('devices.column.status')}</th>
                <th scope="col">{t('devices.column.lastSeen')}</th>
                <th scope="col">{t('devices.column.version')}</th>
                <th scope="col">{t('devices.column.content')}</th>
                <th scope="col" className="data-table__number">
                  {t('devices.column.outbox')}
                </th>
                <th scope="col">{t('devices.column.storage')}</th>
                <th scope="col" className="data-table__number">
                  {t('devices.column.clock')}
                </th>
                <th scope="col">{t('devices.column.refused')}</th>
                {canAdminister && (
                  <th scope="col" className="devices-table__actions">
                    {t('devices.column.actions')}
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {state.value.map((device) => {
                const detailsId = `refused-${device.id}`;
                const expanded = openDeviceId === device.id;
                return (
                  <Fragment key={device.id}>
                    <DeviceRow
                      device={device}
                      store={storeIndex.get(device.storeId)}
                      loadedAt={state.loadedAt}
                      expanded={expanded}
                      detailsId={detailsId}
                      onToggle={() => setOpenDeviceId(expanded ? null : device.id)}
                      onRevoke={canAdminister ? () => setRevoking(device) : undefined}
                    />
                    {expanded && (
                      <tr id={detailsId} className="devices-table__details">
                        <td colSpan={canAdminister ? 11 : 10}>
                          <RefusedMutations
                            deviceId={device.id}
                            label={device.label || device.id}
                            onUnauthorized={onUnauthorized}
                          />
                        </td>
                      </tr>
                    )}
                  </Fragment>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
