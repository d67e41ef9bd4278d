import type { ManagedUser } from '../../shared';
import { Dialog } from '../account/Dialog';
import { DialogFooter } from '../account/DialogFooter';
import { updateUser } from '../api/people';
import { useText } from '../i18n/LanguageProvider';
import { useUserForm } from './useUserForm';

interface SwitchUserDialogProps {
  target: ManagedUser;
  onSaved: (user: ManagedUser) => void;
  onClose: () => void;
  onUnauthorized: () => void;
}

/** Confirms switching an account off (its sessions end at once) or back on. */
export function SwitchUserDialog({
  target,
  onSaved,
  onClose,
  onUnauthorized,
}: SwitchUserDialogProps) {
  const { t } = useText();
  const form = useUserForm(onUnauthorized, onSaved);
  const switchingOff = target.disabledAt === null;
  const name = target.displayName;
  return (
    <Dialog
      title={t(switchingOff ? 'people.off.title' : 'people.on.title', { name })}
      onClose={onClose}
    >
      <div className="dialog__form">
        <p className="dialog__text">
          {t(switchingOff ? 'people.off.text' : 'people.on.text', { name })}
        </p>
        <DialogFooter
          failure={form.message}
          submitLabel={t(switchingOff ? 'people.off.confirm' : 'people.on.confirm')}
          onCancel={onClose}
          submitDisabled={form.working}
          danger={switchingOff}
          onConfirm={() => void form.send(() => updateUser(target.id, { disabled: switchingOff }))}
        />
      </div>
    </Dialog>
  );
}
