import { useText } from '../i18n/LanguageProvider';
import { TextField } from './TextField';

interface NewPasswordFieldsProps {
  password: string;
  repeat: string;
  onPasswordChange: (value: string) => void;
  onRepeatChange: (value: string) => void;
  passwordProblem: string | undefined;
  repeatProblem: string | undefined;
}

/** A new password and the same again, with the password rule as the first one's hint. */
export function NewPasswordFields({
  password,
  repeat,
  onPasswordChange,
  onRepeatChange,
  passwordProblem,
  repeatProblem,
}: NewPasswordFieldsProps) {
  const { t } = useText();
  return (
    <>
      <TextField
        label={t('account.password.next')}
        type="password"
        autoComplete="new-password"
        value={password}
        onChange={onPasswordChange}
        problem={passwordProblem}
        hint={t('people.passwordRule')}
      />
      <TextField
        label={t('account.password.repeat')}
        type="password"
        autoComplete="new-password"
        value={repeat}
        onChange={onRepeatChange}
        problem={repeatProblem}
      />
    </>
  );
}
