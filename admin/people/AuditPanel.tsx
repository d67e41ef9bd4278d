import { useMemo } from 'react';
import { describeError } from '../api/describe-error';
import { useText } from '../i18n/LanguageProvider';
import { formatStoreTime } from '../orders/store-time';
import type { ShellContext } from '../shell/Shell';
import { storesById } from '../shell/store-scope';
import { roles, type Role } from '../../shared';
import { roleKey } from '../i18n/labels';
import {
  auditActionKey,
  auditDetailKey,
  describeTarget,
  summariseDetail,
  type DetailWords,
} from './audit-labels';
import { useAuditLog } from './useAuditLog';

/** Who changed what, newest first; older pages on demand. */
export function AuditPanel({ stores, storeId, onUnauthorized }: ShellContext) {
  const { t, language } = useText();
  const { state, loadMore, refresh } = useAuditLog(storeId, onUnauthorized);
  const storeIndex = useMemo(() => storesById(stores), [stores]);
  const words: DetailWords = {
    key: (key) => (auditDetailKey[key] ? t(auditDetailKey[key]) : key),
    value: (key, value) => {
      if (key === 'role' && roles.includes(value as Role)) return t(roleKey[value as Role]);
      if (key === 'publishAt' && typeof value === 'number') return formatStoreTime(value, language);
      if (key === 'storeIds' && value === null) return t('audit.allStores');
      if (key === 'storeIds' && Array.isArray(value))
        return value.map((id) => storeIndex.get(String(id))?.name ?? String(id)).join('、');
      if (typeof value === 'boolean') return t(value ? 'audit.detail.yes' : 'audit.detail.no');
      return undefined;
    },
  };

  return (
    <article className="panel">
      <div className="toolbar">
        <p className="panel__hint">{t('audit.hint')}</p>
        <div className="toolbar__spacer" />
        <button type="button" className="button button--secondary" onClick={refresh}>
          <span aria-hidden="true">↻</span>
          {t('common.refresh')}
        </button>
      </div>
      {state.entries.length > 0 && (
        <div className="table-scroll">
          <table className="data-table audit-table" aria-label={t('audit.tableLabel')}>
            <thead>
              <tr>
                <th scope="col">{t('audit.column.at')}</th>
                <th scope="col">{t('audit.column.actor')}</th>
                <th scope="col">{t('audit.column.action')}</th>
                <th scope="col">{t('audit.column.target')}</th>
                <th scope="col">{t('audit.column.store')}</th>
                <th scope="col">{t('audit.column.detail')}</th>
              </tr>
            </thead>
            <tbody>
              {state.entries.map((entry) => (
                <tr key={entry.id}>
                  <td className="audit-table__at">{formatStoreTime(entry.at, language)}</td>
                  <td>{entry.actorName ?? t('audit.system')}</td>
                  <th scope="row">{t(auditActionKey[entry.action])}</th>
                  <td className="mono" title={entry.target}>
                    {describeTarget(entry.target)}
                  </td>
                  <td>
                    {entry.storeId
                      ? (storeIndex.get(entry.storeId)?.name ?? entry.storeId)
                      : t('audit.allStores')}
                  </td>
                  <td className="audit-table__detail">
                    {summariseDetail(entry.detail, 160, words)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {state.status === 'ready' && state.entries.length === 0 && (
        <p className="empty-state">{t('audit.empty')}</p>
      )}
      {state.status === 'loading' && (
        <p className="empty-state" role="status">
          {t('audit.loading')}
        </p>
      )}
      {state.status === 'failed' && state.error && (
        <div className="notice notice--error" role="alert">
          <span>{t('audit.loadFailed', { reason: describeError(state.error, t) })}</span>
          <button type="button" className="button button--secondary" onClick={refresh}>
            {t('common.retry')}
          </button>
        </div>
      )}
      {state.status === 'ready' && state.next !== null && (
        <div className="panel__actions">
          <button type="button" className="button button--secondary" onClick={loadMore}>
            {t('audit.loadMore')}
          </button>
        </div>
      )}
    </article>
  );
}
