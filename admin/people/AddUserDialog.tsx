import { useId, useState, type FormEvent } from 'react';
import {
  createUserRequestSchema,
  roles,
  type ManagedUser,
  type Role,
  type Store,
  type User,
} from '../../shared';
import { Dialog } from '../account/Dialog';
import { DialogFooter } from '../account/DialogFooter';
import { TextField } from '../account/TextField';
import { createUser } from '../api/people';
import { roleKey } from '../i18n/labels';
import { useText } from '../i18n/LanguageProvider';
import { sortStoresForPicker } from '../shell/store-scope';
import { problemsOfIssues } from './field-problems';
import { useUserForm } from './useUserForm';
import { localiseUserProblems } from './user-problems';

interface AddUserDialogProps {
  actor: User;
  stores: readonly Store[];
  /** The shell's store, preselected for HQ. */
  storeId: string | null;
  onAdded: (user: ManagedUser) => void;
  onClose: () => void;
  onUnauthorized: () => void;
}

/** HQ adds anyone to any store; a manager adds clerks to their own store only. */
export function AddUserDialog(props: AddUserDialogProps) {
  const { actor, stores, onAdded, onClose, onUnauthorized } = props;
  const { t } = useText();
  const isHq = actor.role === 'hq';
  const [login, setLogin] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<Role>('clerk');
  const [storeId, setStoreId] = useState(isHq ? (props.storeId ?? '') : (actor.storeId ?? ''));
  const [password, setPassword] = useState('');
  const [badge, setBadge] = useState('');
  const form = useUserForm(onUnauthorized, onAdded);
  const roleId = useId();
  const storeFieldId = useId();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = createUserRequestSchema.safeParse({
      login,
      displayName,
      role,
      storeId: role === 'hq' ? null : storeId || null,
      password,
      badge: role === 'clerk' && badge ? badge : null,
    });
    if (!parsed.success) {
      form.setProblems(localiseUserProblems(problemsOfIssues(parsed.error.issues), t));
      return;
    }
    form.setProblems({});
    await form.send(() => createUser(parsed.data));
  };

  const roleChoices: readonly Role[] = isHq ? roles : ['clerk'];
  return (
    <Dialog title={t('people.add.title')} onClose={onClose} wide>
      <form
        className="dialog__form people-form"
        onSubmit={(event) => void onSubmit(event)}
        noValidate
      >
        <div className="field">
          <label className="field__label" htmlFor={roleId}>
            {t('people.column.role')}
          </label>
          <select
            id={roleId}
            className="field__input"
            value={role}
            disabled={!isHq}
            onChange={(event) => setRole(event.target.value as Role)}
          >
            {roleChoices.map((choice) => (
              <option key={choice} value={choice}>
                {t(roleKey[choice])}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={storeFieldId}>
            {t('people.column.store')}
          </label>
          <select
            id={storeFieldId}
            className="field__input"
            value={role === 'hq' ? '' : storeId}
            disabled={!isHq || role === 'hq'}
            aria-invalid={form.problems.storeId ? true : undefined}
            onChange={(event) => setStoreId(event.target.value)}
          >
            <option value="">
              {role === 'hq' ? t('people.noStore') : t('people.chooseStore')}
            </option>
            {sortStoresForPicker(stores).map((store) => (
              <option key={store.id} value={store.id}>
                {store.name}
              </option>
            ))}
          </select>
          {form.problems.storeId && role !== 'hq' && (
            <span className="field__problem" role="alert">
              {form.problems.storeId}
            </span>
          )}
        </div>
        <TextField
          label={t('people.column.name')}
          value={displayName}
          onChange={setDisplayName}
          problem={form.problems.displayName}
        />
        <TextField
          label={t('people.column.login')}
          value={login}
          onChange={setLogin}
          autoComplete="off"
          problem={form.problems.login}
          hint={t('people.loginRule')}
        />
        <TextField
          label={t('people.password')}
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={setPassword}
          problem={form.problems.password}
          hint={t('people.passwordRule')}
        />
        {role === 'clerk' && (
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
          submitLabel={t('people.add.submit')}
          onCancel={onClose}
          submitDisabled={form.working}
          className="people-form__wide"
        />
      </form>
    </Dialog>
  );
}
