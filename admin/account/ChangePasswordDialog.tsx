import { useState, type FormEvent } from 'react';
import { changePasswordRequestSchema } from '../../shared';
import { changeOwnPassword } from '../api/people';
import { useSubmission } from '../api/useSubmission';
import { useText } from '../i18n/LanguageProvider';
import { Dialog } from './Dialog';
import { DialogFooter } from './DialogFooter';
import { NewPasswordFields } from './NewPasswordFields';
import { TextField } from './TextField';

interface ChangePasswordDialogProps {
  onClose: () => void;
  onUnauthorized: () => void;
}

type Problems = Partial<Record<'current' | 'next' | 'repeat', string>>;

/** The signed-in user's own password: current, new, new again. Other sessions end. */
export function ChangePasswordDialog({ onClose, onUnauthorized }: ChangePasswordDialogProps) {
  const { t } = useText();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const { state, submit } = useSubmission<null>('account.password.failed', onUnauthorized);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Problems = {};
    const parsed = changePasswordRequestSchema.safeParse({ current, next });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] === 'current' ? 'current' : 'next';
        found[field] ??=
          field === 'current'
            ? t('account.password.currentMissing')
            : next === current && next !== ''
              ? t('account.password.sameAsCurrent')
              : t('people.problem.password');
      }
    }
    if (repeat !== next) found.repeat = t('account.password.repeatDiffers');
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    await submit(async () => {
      const result = await changeOwnPassword(current, next);
      if (!result.ok && result.error.code === 'wrong_password')
        setProblems({ current: t('account.password.wrongCurrent') });
      return result;
    });
  };

  return (
    <Dialog title={t('account.password.title')} onClose={onClose}>
      {state.status === 'done' ? (
        <div className="dialog__form">
          <p className="notice notice--info" role="status">
            {t('account.password.done')}
          </p>
          <div className="dialog__actions">
            <button type="button" className="button button--primary" onClick={onClose}>
              {t('dialog.close')}
            </button>
          </div>
        </div>
      ) : (
        <form className="dialog__form" onSubmit={(event) => void onSubmit(event)} noValidate>
          <TextField
            label={t('account.password.current')}
            type="password"
            autoComplete="current-password"
            value={current}
            onChange={setCurrent}
            problem={problems.current}
          />
          <NewPasswordFields
            password={next}
            repeat={repeat}
            onPasswordChange={setNext}
            onRepeatChange={setRepeat}
            passwordProblem={problems.next}
            repeatProblem={problems.repeat}
          />
          <DialogFooter
            failure={state.status === 'failed' && !problems.current ? state.message : undefined}
            submitLabel={t('account.password.submit')}
            onCancel={onClose}
            submitDisabled={state.status === 'working'}
          />
        </form>
      )}
    </Dialog>
  );
}
