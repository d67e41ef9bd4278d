import { useState, type FormEvent } from 'react';
import { passwordSchema, type ManagedUser } from '../../shared';
import { Dialog } from '../account/Dialog';
import { DialogFooter } from '../account/DialogFooter';
import { NewPasswordFields } from '../account/NewPasswordFields';
import { updateUser } from '../api/people';
import { useText } from '../i18n/LanguageProvider';
import { useUserForm } from './useUserForm';

interface SetPasswordDialogProps {
  target: ManagedUser;
  onSaved: (user: ManagedUser) => void;
  onClose: () => void;
  onUnauthorized: () => void;
}

/** A new password chosen for someone else (forgotten, or a leaver's); their sessions end. */
export function SetPasswordDialog({
  target,
  onSaved,
  onClose,
  onUnauthorized,
}: SetPasswordDialogProps) {
  const { t } = useText();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const form = useUserForm(onUnauthorized, onSaved);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!passwordSchema.safeParse(password).success) {
      form.setProblems({ password: t('people.problem.password') });
      return;
    }
    if (repeat !== password) {
      form.setProblems({ repeat: t('account.password.repeatDiffers') });
      return;
    }
    form.setProblems({});
    await form.send(() => updateUser(target.id, { password }));
  };

  return (
    <Dialog title={t('people.password.title', { name: target.displayName })} onClose={onClose}>
      <form className="dialog__form" onSubmit={(event) => void onSubmit(event)} noValidate>
        <p className="dialog__text">{t('people.password.hint')}</p>
        <NewPasswordFields
          password={password}
          repeat={repeat}
          onPasswordChange={setPassword}
          onRepeatChange={setRepeat}
          passwordProblem={form.problems.password}
          repeatProblem={form.problems.repeat}
        />
        <DialogFooter
          failure={form.message}
          submitLabel={t('people.password.submit')}
          onCancel={onClose}
          submitDisabled={form.working}
        />
      </form>
    </Dialog>
  );
}
