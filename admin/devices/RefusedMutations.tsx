import { describeError } from '../api/describe-error';
import { useText } from '../i18n/LanguageProvider';
import { formatStoreTime } from '../orders/store-time';
import { useDeviceMutations } from './useDeviceMutations';

interface RefusedMutationsProps {
  deviceId: string;
  label: string;
  onUnauthorized: () => void;
}

/**
 * The drill-down under a kiosk's row: each mutation the server rejected or answered with a
 * conflict, with its reason and both clocks' times. The server sends no payload, so no
 * personal data can show here.
 */
export function RefusedMutations({ deviceId, label, onUnauthorized }: RefusedMutationsProps) {
  const { t, language } = useText();
  const state = useDeviceMutations(deviceId, onUnauthorized);

  if (state.status === 'loading')
    return (
      <p className="refused__note" role="status">
        {t('devices.refused.loading')}
      </p>
    );
  if (state.status === 'failed')
    return (
      <p className="refused__note refused__note--error" role="alert">
        {t('devices.refused.loadFailed', { reason: describeError(state.error, t) })}
      </p>
    );
  if (state.mutations.length === 0)
    return <p className="refused__note">{t('devices.refused.empty')}</p>;
  return (
    <table className="refused" aria-label={t('devices.refused.tableLabel', { label })}>
      <thead>
        <tr>
          <th scope="col">{t('devices.refused.column.status')}</th>
          <th scope="col">{t('devices.refused.column.type')}</th>
          <th scope="col">{t('devices.refused.column.reason')}</th>
          <th scope="col">{t('devices.refused.column.deviceTime')}</th>
          <th scope="col">{t('devices.refused.column.receivedAt')}</th>
        </tr>
      </thead>
      <tbody>
        {state.mutations.map((mutation) => (
          <tr key={mutation.id}>
            <td>
              <span className={`badge badge--${mutation.status}`}>
                {t(
                  mutation.status === 'rejected'
                    ? 'devices.refused.rejected'
                    : 'devices.refused.conflict',
                )}
              </span>
            </td>
            <td className="refused__type">{mutation.type}</td>
            <td>
              {mutation.reason ?? t('common.none')}
              {mutation.alternatives > 0 && (
                <span className="refused__detail">
                  {t('devices.refused.alternatives', { count: mutation.alternatives })}
                </span>
              )}
            </td>
            <td>{formatStoreTime(mutation.deviceCreatedAt, language)}</td>
            <td>{formatStoreTime(mutation.receivedAt, language)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
