import { useId, useState, type FormEvent } from 'react';
import type { DeviceStatus } from '../../shared';
import { Dialog } from '../account/Dialog';
import { DialogFooter } from '../account/DialogFooter';
import { revokeDevice } from '../api/devices';
import { useSubmission } from '../api/useSubmission';
import { useText } from '../i18n/LanguageProvider';

interface RevokeKioskDialogProps {
  device: DeviceStatus;
  onRevoked: () => void;
  onClose: () => void;
  onUnauthorized: () => void;
}

/** A lost, stolen or retired kiosk: its token stops working at once; the reason goes to the log. */
export function RevokeKioskDialog({
  device,
  onRevoked,
  onClose,
  onUnauthorized,
}: RevokeKioskDialogProps) {
  const { t } = useText();
  const [reason, setReason] = useState('');
  const { state, submit } = useSubmission<null>('devices.revoke.failed', onUnauthorized);
  const reasonId = useId();
  const label = device.label || device.id;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) return;
    await submit(async () => {
      const result = await revokeDevice(device.id, reason.trim());
      // Someone else revoked it first: the outcome is the same, so the row is simply reloaded.
      if (result.ok || result.error.code === 'already_revoked') onRevoked();
      return result;
    });
  };

  return (
    <Dialog title={t('devices.revoke.title', { label })} onClose={onClose}>
      <form className="dialog__form" onSubmit={(event) => void onSubmit(event)}>
        <p className="dialog__text">{t('devices.revoke.text')}</p>
        <div className="field">
          <label className="field__label" htmlFor={reasonId}>
            {t('devices.revoke.reason')}
          </label>
          <textarea
            id={reasonId}
            className="field__input field__input--text"
            rows={2}
            maxLength={200}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        </div>
        <DialogFooter
          failure={state.status === 'failed' ? state.message : undefined}
          submitLabel={t('devices.revoke.confirm')}
          onCancel={onClose}
          submitDisabled={!reason.trim() || state.status === 'working'}
          danger
        />
      </form>
    </Dialog>
  );
}
