import { useId, useState, type FormEvent } from 'react';
import type { EnrolmentCodeResponse, Store, User } from '../../shared';
import { Dialog } from '../account/Dialog';
import { DialogFooter } from '../account/DialogFooter';
import { createEnrolmentCode } from '../api/devices';
import { useSubmission } from '../api/useSubmission';
import { useText } from '../i18n/LanguageProvider';
import { formatStoreTime } from '../orders/store-time';
import { sortStoresForPicker } from '../shell/store-scope';

interface EnrolKioskDialogProps {
  user: User;
  stores: readonly Store[];
  /** The shell's store, preselected for HQ. */
  storeId: string | null;
  onClose: () => void;
  onUnauthorized: () => void;
}

/** A one-time code for a new kiosk of one store: HQ picks the store, a manager enrols their own. */
export function EnrolKioskDialog({
  user,
  stores,
  storeId,
  onClose,
  onUnauthorized,
}: EnrolKioskDialogProps) {
  const { t, language } = useText();
  const isHq = user.role === 'hq';
  const [chosen, setChosen] = useState(isHq ? (storeId ?? '') : (user.storeId ?? ''));
  const { state, submit } = useSubmission<EnrolmentCodeResponse>(
    'devices.enrol.failed',
    onUnauthorized,
  );
  const storeFieldId = useId();
  const storeName = stores.find((store) => store.id === chosen)?.name ?? chosen;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (chosen) await submit(() => createEnrolmentCode(chosen));
  };

  if (state.status === 'done') {
    return (
      <Dialog title={t('devices.enrol.codeTitle', { store: storeName })} onClose={onClose}>
        <div className="dialog__form">
          <p className="enrol-code" aria-label={t('devices.enrol.code')}>
            {state.result.code}
          </p>
          <p className="enrol-code__expiry">
            {t('devices.enrol.expires', {
              time: formatStoreTime(state.result.expiresAt, language),
            })}
          </p>
          <ol className="enrol-steps">
            <li>{t('devices.enrol.step1')}</li>
            <li>{t('devices.enrol.step2')}</li>
            <li>{t('devices.enrol.step3')}</li>
          </ol>
          <div className="dialog__actions">
            <button type="button" className="button button--primary" onClick={onClose}>
              {t('dialog.close')}
            </button>
          </div>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog title={t('devices.enrol.title')} onClose={onClose}>
      <form className="dialog__form" onSubmit={(event) => void onSubmit(event)}>
        <p className="dialog__text">{t('devices.enrol.hint')}</p>
        <div className="field">
          <label className="field__label" htmlFor={storeFieldId}>
            {t('store.label')}
          </label>
          <select
            id={storeFieldId}
            className="field__input"
            value={chosen}
            disabled={!isHq}
            onChange={(event) => setChosen(event.target.value)}
          >
            <option value="">{t('people.chooseStore')}</option>
            {sortStoresForPicker(stores).map((store) => (
              <option key={store.id} value={store.id}>
                {store.name}
              </option>
            ))}
          </select>
        </div>
        <DialogFooter
          failure={state.status === 'failed' ? state.message : undefined}
          submitLabel={t('devices.enrol.submit')}
          onCancel={onClose}
          submitDisabled={!chosen || state.status === 'working'}
        />
      </form>
    </Dialog>
  );
}
