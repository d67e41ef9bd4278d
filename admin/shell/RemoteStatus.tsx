import type { RemoteState } from '../api/useRemote';
import { describeError } from '../api/describe-error';
import { useText } from '../i18n/LanguageProvider';
import type { MessageKey } from '../i18n/messages';

interface RemoteStatusProps {
  state: RemoteState<unknown>;
  /** Said while loading. */
  loadingKey: MessageKey;
  /** Said when loading failed, with `{reason}`. */
  failedKey: MessageKey;
  onRetry: () => void;
}

/** What a panel shows until its list has arrived: loading, or why not with a retry button. */
export function RemoteStatus({ state, loadingKey, failedKey, onRetry }: RemoteStatusProps) {
  const { t } = useText();
  if (state.status === 'loading') {
    return (
      <p className="empty-state" role="status">
        {t(loadingKey)}
      </p>
    );
  }
  if (state.status === 'failed') {
    return (
      <div className="notice notice--error" role="alert">
        <span>{t(failedKey, { reason: describeError(state.error, t) })}</span>
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      </div>
    );
  }
  return null;
}
