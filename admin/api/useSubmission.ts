import { useState } from 'react';
import type { MessageKey } from '../i18n/messages';
import { useText } from '../i18n/LanguageProvider';
import type { ApiResult } from './api-error';
import { describeError } from './describe-error';

export type SubmissionState<T> =
  | { status: 'idle' }
  | { status: 'working' }
  | { status: 'done'; result: T }
  | { status: 'failed'; message: string };

/**
 * One form's call to the server: working, then its answer or a sentence saying why not
 * (`failedKey` with `{reason}`); a 401 ends the session.
 */
export function useSubmission<T>(failedKey: MessageKey, onUnauthorized: () => void) {
  const { t } = useText();
  const [state, setState] = useState<SubmissionState<T>>({ status: 'idle' });

  const submit = async (call: () => Promise<ApiResult<T>>) => {
    setState({ status: 'working' });
    const result = await call();
    if (result.ok) {
      setState({ status: 'done', result: result.value });
      return;
    }
    if (result.error.kind === 'unauthorized') onUnauthorized();
    setState({
      status: 'failed',
      message: t(failedKey, { reason: describeError(result.error, t) }),
    });
  };
  const fail = (message: string) => setState({ status: 'failed', message });
  const reset = () => setState({ status: 'idle' });
  return { state, submit, fail, reset };
}
