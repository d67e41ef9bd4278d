import { useState, type FormEvent } from 'react';
import { updateUserRequestSchema, type ManagedUser, type UpdateUserRequest } from '../../shared';
import { Dialog } from '../account/Dialog';
import { DialogFooter } from '../account/DialogFooter';
import { TextField } from '../account/TextField';
import { updateUser } from '../api/people';
import { useText } from '../i18n/LanguageProvider';
import { problemsOfIssues } from './field-problems';
import { useUserForm } from './useUserForm';
import { localiseUserProblems } from './user-problems';

interface EditUserDialogProps {
  target: ManagedUser;
  onSaved: (user: ManagedUser) => void;
  onClose: () => void;
  onUnauthorized: () => void;
}

/** Name and (for a clerk) badge; only what changed is sent. */
export function EditUserDialog({ target, onSaved, onClose, onUnauthorized }: EditUserDialogProps) {
  const { t } = useText();
  const [displayName, setDisplayName] = useState(target.displayName);
  const [badge, setBadge] = useState(target.badge ?? '');
  const form = useUserForm(onUnauthorized, onSaved);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const patch: UpdateUserRequest = {};
    if (displayName.trim() !== target.displayName) patch.displayName = displayName;
    if (target.role === 'clerk' && badge !== (target.badge ?? '')) patch.badge = badge || null;
    if (Object.keys(patch).length === 0) {
      onClose();
      return;
    }
    const parsed = updateUserRequestSchema.safeParse(patch);
    if (!parsed.success) {
      form.setProblems(localiseUserProblems(problemsOfIssues(parsed.error.issues), t));
      return;
    }
    await form.send(() => updateUser(target.id, parsed.data));
  };

  return (
    <Dialog title={t('people.edit.title', { name: target.displayName })} onClose={onClose}>
      <form className="dialog__form" onSubmit={(event) => void onSubmit(event)} noValidate>
        <TextField
          label={t('people.column.name')}
          value={displayName}
          onChange={setDisplayName}
          problem={form.problems.displayName}
        />
        {target.role === 'clerk' && (
          <TextField
            label={t('people.column.badge')}
            inputMode="numeric"
            value={badge}
            onChange={setBadge}
            problem={form.problems.badge}
            hint={t('people.badgeRule')}
          />
        )}
        <DialogFooter
          failure={form.message}
          submitLabel={t('people.edit.submit')}
          onCancel={onClose}
          submitDisabled={form.working}
        />
      </form>
    </Dialog>
  );
}
