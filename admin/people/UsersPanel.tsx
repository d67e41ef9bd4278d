import { useMemo, useState } from 'react';
import { canManageUser, type ManagedUser } from '../../shared';
import { listUsers } from '../api/people';
import { useRemote } from '../api/useRemote';
import { roleKey } from '../i18n/labels';
import { useText } from '../i18n/LanguageProvider';
import { RemoteStatus } from '../shell/RemoteStatus';
import type { ShellContext } from '../shell/Shell';
import { storesById } from '../shell/store-scope';
import { AddUserDialog } from './AddUserDialog';
import { EditUserDialog } from './EditUserDialog';
import { SetPasswordDialog } from './SetPasswordDialog';
import { sortUsers } from './sort-users';
import { SwitchUserDialog } from './SwitchUserDialog';

type OpenDialog =
  { kind: 'add' } | { kind: 'edit' | 'password' | 'switch'; target: ManagedUser } | null;

/** The people of the shell's store (HQ: every store): who they are and what they may do. */
export function UsersPanel(context: ShellContext) {
  const { user: actor, stores, storeId, onUnauthorized } = context;
  const { t } = useText();
  const { state, refresh } = useRemote(
    `users:${storeId ?? ''}`,
    (signal) => listUsers(storeId, signal),
    onUnauthorized,
  );
  const storeIndex = useMemo(() => storesById(stores), [stores]);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const done = (message: string) => {
    setDialog(null);
    setNotice(message);
    refresh();
  };
  const close = () => setDialog(null);

  return (
    <article className="panel">
      <div className="toolbar">
        <p className="panel__hint">
          {actor.role === 'hq' ? t('people.users.hintHq') : t('people.users.hintManager')}
        </p>
        <div className="toolbar__spacer" />
        <button type="button" className="button button--secondary" onClick={refresh}>
          <span aria-hidden="true">↻</span>
          {t('common.refresh')}
        </button>
        <button
          type="button"
          className="button button--primary"
          onClick={() => {
            setNotice(null);
            setDialog({ kind: 'add' });
          }}
        >
          {t('people.add.open')}
        </button>
      </div>
      {notice && (
        <p className="notice notice--info" role="status">
          {notice}
        </p>
      )}
      <RemoteStatus
        state={state}
        loadingKey="people.users.loading"
        failedKey="people.users.loadFailed"
        onRetry={refresh}
      />
      {state.status === 'ready' && (
        <div className="table-scroll">
          <table className="data-table people-table" aria-label={t('people.users.tableLabel')}>
            <thead>
              <tr>
                <th scope="col">{t('people.column.name')}</th>
                <th scope="col">{t('people.column.login')}</th>
                <th scope="col">{t('people.column.role')}</th>
                <th scope="col">{t('people.column.store')}</th>
                <th scope="col">{t('people.column.badge')}</th>
                <th scope="col">{t('people.column.status')}</th>
                <th scope="col">{t('people.column.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {sortUsers(state.value, storeIndex).map((person) => {
                const manageable = canManageUser(actor, person) && person.id !== actor.id;
                const off = person.disabledAt !== null;
                return (
                  <tr key={person.id} className={off ? 'people-table__off' : undefined}>
                    <th scope="row">{person.displayName}</th>
                    <td className="mono">{person.login}</td>
                    <td>{t(roleKey[person.role])}</td>
                    <td>
                      {person.storeId
                        ? (storeIndex.get(person.storeId)?.name ?? person.storeId)
                        : t('people.noStore')}
                    </td>
                    <td className="mono">{person.badge ?? t('common.none')}</td>
                    <td>
                      <span className={off ? 'badge badge--revoked' : 'badge badge--online'}>
                        {t(off ? 'people.status.off' : 'people.status.on')}
                      </span>
                    </td>
                    <td>
                      {manageable ? (
                        <div className="people-table__actions">
                          <button
                            type="button"
                            className="button button--secondary button--small"
                            aria-label={t('people.edit.label', { name: person.displayName })}
                            onClick={() => setDialog({ kind: 'edit', target: person })}
                          >
                            {t('people.edit.open')}
                          </button>
                          <button
                            type="button"
                            className="button button--secondary button--small"
                            aria-label={t('people.password.label', { name: person.displayName })}
                            onClick={() => setDialog({ kind: 'password', target: person })}
                          >
                            {t('people.password.open')}
                          </button>
                          <button
                            type="button"
                            className="button button--secondary button--small"
                            aria-label={t(off ? 'people.on.label' : 'people.off.label', {
                              name: person.displayName,
                            })}
                            onClick={() => setDialog({ kind: 'switch', target: person })}
                          >
                            {t(off ? 'people.on.open' : 'people.off.open')}
                          </button>
                        </div>
                      ) : (
                        <span className="muted">
                          {person.id === actor.id ? t('people.you') : t('common.none')}
                        </span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {state.value.length === 0 && <p className="empty-state">{t('people.users.empty')}</p>}
        </div>
      )}
      {dialog?.kind === 'add' && (
        <AddUserDialog
          actor={actor}
          stores={stores}
          storeId={storeId}
          onAdded={(added) => done(t('people.add.done', { name: added.displayName }))}
          onClose={close}
          onUnauthorized={onUnauthorized}
        />
      )}
      {dialog?.kind === 'edit' && (
        <EditUserDialog
          target={dialog.target}
          onSaved={(saved) => done(t('people.edit.done', { name: saved.displayName }))}
          onClose={close}
          onUnauthorized={onUnauthorized}
        />
      )}
      {dialog?.kind === 'password' && (
        <SetPasswordDialog
          target={dialog.target}
          onSaved={(saved) => done(t('people.password.done', { name: saved.displayName }))}
          onClose={close}
          onUnauthorized={onUnauthorized}
        />
      )}
      {dialog?.kind === 'switch' && (
        <SwitchUserDialog
          target={dialog.target}
          onSaved={(saved) =>
            done(
              t(saved.disabledAt === null ? 'people.on.done' : 'people.off.done', {
                name: saved.displayName,
              }),
            )
          }
          onClose={close}
          onUnauthorized={onUnauthorized}
        />
      )}
    </article>
  );
}
