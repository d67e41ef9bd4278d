import { useState, type FormEvent } from 'react';
import { passwordSchema, type ManagedUser } from '../../shared';
import { Dialog } from '../account/Dialog';
import { TextField } from '../account/TextField';
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
        <TextField
          label={t('account.password.next')}
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={setPassword}
          problem={form.problems.password}
          hint={t('people.passwordRule')}
        />
        <TextField
          label={t('account.password.repeat')}
          type="password"
          autoComplete="new-password"
          value={repeat}
          onChange={setRepeat}
          problem={form.problems.repeat}
        />
        {form.message && (
          <p className="notice notice--error" role="alert">
            {form.message}
          </p>
        )}
        <div className="dialog__actions">
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('dialog.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={form.working}>
            {t('people.password.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
