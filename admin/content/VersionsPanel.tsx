import { useMemo, useState } from 'react';
import type { ContentVersionStatus, ContentVersionSummary, Store } from '../../shared';
import { Dialog } from '../account/Dialog';
import { listContentVersions, restoreContentVersion } from '../api/content';
import { describeError } from '../api/describe-error';
import { useRemote } from '../api/useRemote';
import { useSubmission } from '../api/useSubmission';
import { useText } from '../i18n/LanguageProvider';
import type { MessageKey } from '../i18n/messages';
import { formatStoreTime } from '../orders/store-time';
import { storesById } from '../shell/store-scope';

const statusKey = {
  scheduled: 'content.status.scheduled',
  published: 'content.status.published',
  failed: 'content.status.failed',
} as const satisfies Record<ContentVersionStatus, MessageKey>;

const statusBadge: Record<ContentVersionStatus, string> = {
  scheduled: 'received',
  published: 'activated',
  failed: 'cancelled',
};

/** The server's refusals of a restore, in words HQ can act on. */
const restoreRefusalKey: Record<string, MessageKey> = {
  nothing_to_restore: 'content.restore.nothingToRestore',
  restore_failed: 'content.restore.noLongerFits',
};

/** A published version, for every store or some, can be put back in one action. */
export const canRestore = (version: ContentVersionSummary) => version.status === 'published';

interface VersionsPanelProps {
  stores: readonly Store[];
  onUnauthorized: () => void;
}

/** Every content version, newest first: what, when, for whom, and a way back to each. */
export function VersionsPanel({ stores, onUnauthorized }: VersionsPanelProps) {
  const { t, language } = useText();
  const { state, refresh } = useRemote('content-versions', listContentVersions, onUnauthorized);
  const storeIndex = useMemo(() => storesById(stores), [stores]);
  const [restoring, setRestoring] = useState<ContentVersionSummary | null>(null);
  const restore = useSubmission<unknown>('content.restore.failed', onUnauthorized);

  const restoreVersion = async (target: ContentVersionSummary) => {
    const note = t('content.restore.note', { note: target.note }).slice(0, 200);
    const result = await restoreContentVersion(target.id, note);
    const known =
      !result.ok && result.error.code ? restoreRefusalKey[result.error.code] : undefined;
    if (known) restore.fail(t(known));
    else await restore.submit(() => Promise.resolve(result));
    refresh();
  };

  const storesOf = (version: ContentVersionSummary) =>
    version.storeIds === null
      ? t('content.publish.everyStore')
      : version.storeIds.map((id) => storeIndex.get(id)?.name ?? id).join('、');

  return (
    <article className="panel">
      <div className="toolbar">
        <p className="panel__hint">{t('content.versions.hint')}</p>
        <div className="toolbar__spacer" />
        <button type="button" className="button button--secondary" onClick={refresh}>
          <span aria-hidden="true">↻</span>
          {t('common.refresh')}
        </button>
      </div>
      {restore.state.status === 'done' && (
        <p className="notice notice--info" role="status">
          {t('content.restore.done')}
        </p>
      )}
      {restore.state.status === 'failed' && (
        <p className="notice notice--error" role="alert">
          {restore.state.message}
        </p>
      )}
      {state.status === 'loading' && (
        <p className="empty-state" role="status">
          {t('content.versions.loading')}
        </p>
      )}
      {state.status === 'failed' && (
        <div className="notice notice--error" role="alert">
          <span>{t('content.versions.loadFailed', { reason: describeError(state.error, t) })}</span>
          <button type="button" className="button button--secondary" onClick={refresh}>
            {t('common.retry')}
          </button>
        </div>
      )}
      {state.status === 'ready' && (
        <div className="table-scroll">
          <table
            className="data-table versions-table"
            aria-label={t('content.versions.tableLabel')}
          >
            <thead>
              <tr>
                <th scope="col">{t('content.versions.when')}</th>
                <th scope="col">{t('content.versions.status')}</th>
                <th scope="col">{t('content.versions.note')}</th>
                <th scope="col">{t('content.versions.stores')}</th>
                <th scope="col" className="data-table__number">
                  {t('content.versions.changes')}
                </th>
                <th scope="col">{t('content.versions.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {state.value.map((version) => (
                <tr key={version.id}>
                  <td className="audit-table__at">
                    {formatStoreTime(version.publishedAt ?? version.publishAt, language)}
                    {version.status === 'scheduled' && (
                      <span className="versions-table__detail">{t('content.versions.due')}</span>
                    )}
                  </td>
                  <td>
                    <span className={`badge badge--${statusBadge[version.status]}`}>
                      {t(statusKey[version.status])}
                    </span>
                    {version.failure && (
                      <span className="versions-table__detail">{version.failure}</span>
                    )}
                  </td>
                  <th scope="row" className="versions-table__note">
                    {version.note}
                  </th>
                  <td className="versions-table__stores">{storesOf(version)}</td>
                  <td className="data-table__number">{version.changeCount}</td>
                  <td>
                    {canRestore(version) && (
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        aria-label={t('content.restore.label', { note: version.note })}
                        onClick={() => {
                          restore.reset();
                          setRestoring(version);
                        }}
                      >
                        {t('content.restore.open')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {state.value.length === 0 && <p className="empty-state">{t('content.versions.empty')}</p>}
        </div>
      )}
      {restoring && (
        <Dialog title={t('content.restore.title')} onClose={() => setRestoring(null)}>
          <div className="dialog__form">
            <p className="dialog__text">
              {restoring.storeIds === null
                ? t('content.restore.text', {
                    note: restoring.note,
                    time: formatStoreTime(restoring.publishedAt ?? restoring.publishAt, language),
                  })
                : t('content.restore.textStores', {
                    stores: storesOf(restoring),
                    note: restoring.note,
                    time: formatStoreTime(restoring.publishedAt ?? restoring.publishAt, language),
                  })}
            </p>
            <div className="dialog__actions">
              <button
                type="button"
                className="button button--secondary"
                onClick={() => setRestoring(null)}
              >
                {t('dialog.cancel')}
              </button>
              <button
                type="button"
                className="button button--primary"
                disabled={restore.state.status === 'working'}
                onClick={() => {
                  const target = restoring;
                  setRestoring(null);
                  void restoreVersion(target);
                }}
              >
                {t('content.restore.confirm')}
              </button>
            </div>
          </div>
        </Dialog>
      )}
    </article>
  );
}
