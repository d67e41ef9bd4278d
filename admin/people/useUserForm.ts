import { useState } from 'react';
import type { ApiResult } from '../api/api-error';
import { describeError } from '../api/describe-error';
import { useText } from '../i18n/LanguageProvider';
import type { FieldProblems } from './field-problems';
import { serverUserProblems } from './user-problems';

/**
 * A people dialog's call: field problems found before sending or named by the server show
 * under their fields; anything else is one sentence.
 */
export function useUserForm<T>(onUnauthorized: () => void, onDone: (value: T) => void) {
  const { t } = useText();
  const [problems, setProblems] = useState<FieldProblems>({});
  const [message, setMessage] = useState<string | null>(null);
  const [working, setWorking] = useState(false);

  const send = async (call: () => Promise<ApiResult<T>>) => {
    setWorking(true);
    setMessage(null);
    const result = await call();
    setWorking(false);
    if (result.ok) {
      setProblems({});
      onDone(result.value);
      return;
    }
    if (result.error.kind === 'unauthorized') onUnauthorized();
    const fields = serverUserProblems(result.error, t);
    if (fields) setProblems(fields);
    else setMessage(t('people.saveFailed', { reason: describeError(result.error, t) }));
  };
  return { problems, setProblems, message, working, send };
}
