import { useState, type ReactNode } from 'react';
import type { Store, User } from '../../shared';
import { ChangePasswordDialog } from '../account/ChangePasswordDialog';
import { describeError } from '../api/describe-error';
import { roleKey } from '../i18n/labels';
import { useText } from '../i18n/LanguageProvider';
import type { MessageKey } from '../i18n/messages';
import { LanguageSwitch } from './LanguageSwitch';
import { StorePicker } from './StorePicker';
import { effectiveStoreId } from './store-scope';
import { useStores } from './useStores';
import './shell.css';

export type ShellPage =
  'orders' | 'commission' | 'sales' | 'devices' | 'numbers' | 'people' | 'content';

const pageLabel = {
  orders: { nav: 'shell.nav.orders', title: 'orders.title' },
  commission: { nav: 'shell.nav.commission', title: 'commission.title' },
  sales: { nav: 'shell.nav.sales', title: 'sales.title' },
  devices: { nav: 'shell.nav.devices', title: 'devices.title' },
  numbers: { nav: 'shell.nav.numbers', title: 'numbers.title' },
  people: { nav: 'shell.nav.people', title: 'people.title' },
  content: { nav: 'shell.nav.content', title: 'content.title' },
} as const satisfies Record<ShellPage, { nav: MessageKey; title: MessageKey }>;

export interface ShellContext {
  user: User;
  stores: readonly Store[];
  /** null: every store the user may see. */
  storeId: string | null;
  onUnauthorized: () => void;
}

interface ShellProps {
  user: User;
  onSignOut: () => void;
  onUnauthorized: () => void;
  /** Pages offered in the navigation; a page whose endpoint is missing is left out. */
  pages: readonly ShellPage[];
  renderPage: (page: ShellPage, context: ShellContext) => ReactNode;
}

export function Shell({ user, onSignOut, onUnauthorized, pages, renderPage }: ShellProps) {
  const { t } = useText();
  const storesState = useStores(onUnauthorized);
  const [chosenStoreId, setChosenStoreId] = useState<string | null>(null);
  const [page, setPage] = useState<ShellPage>('orders');
  const [accountOpen, setAccountOpen] = useState(false);
  const stores = storesState.status === 'ready' ? storesState.stores : [];
  const storeId = effectiveStoreId(user, chosenStoreId);
  const currentPage = pages.includes(page) ? page : 'orders';

  return (
    <div className="shell">
      <header className="topbar">
        <div className="topbar__brand">
          <img className="topbar__mark" src="/icons/admin-icon.svg" alt="" />
          <span className="topbar__name">{t('app.name')}</span>
        </div>
        <nav className="topbar__nav" aria-label={t('shell.nav')}>
          {pages.map((option) => (
            <button
              key={option}
              type="button"
              className="topbar__nav-item"
              aria-current={option === currentPage ? 'page' : undefined}
              onClick={() => setPage(option)}
            >
              {t(pageLabel[option].nav)}
            </button>
          ))}
        </nav>
        <div className="topbar__spacer" />
        <LanguageSwitch />
        <button
          type="button"
          className="user-chip"
          aria-haspopup="dialog"
          aria-label={t('account.chip', { name: user.displayName, role: t(roleKey[user.role]) })}
          onClick={() => setAccountOpen(true)}
        >
          <span className="user-chip__avatar" aria-hidden="true">
            {[...user.displayName][0]}
          </span>
          <span className="user-chip__text">
            <span className="user-chip__name">{user.displayName}</span>
            <span className="user-chip__role">{t(roleKey[user.role])}</span>
          </span>
        </button>
        <button type="button" className="button button--ghost-light" onClick={onSignOut}>
          {t('shell.signOut')}
        </button>
      </header>
      <div className="scopebar">
        <h1 className="scopebar__title">{t(pageLabel[currentPage].title)}</h1>
        <StorePicker user={user} stores={stores} storeId={storeId} onChange={setChosenStoreId} />
      </div>
      {storesState.status === 'failed' && (
        <p className="notice notice--error shell__notice" role="alert">
          {t('store.loadFailed', { reason: describeError(storesState.error, t) })}
        </p>
      )}
      <main className="shell__main">
        {renderPage(currentPage, { user, stores, storeId, onUnauthorized })}
      </main>
      {accountOpen && (
        <ChangePasswordDialog
          onClose={() => setAccountOpen(false)}
          onUnauthorized={onUnauthorized}
        />
      )}
    </div>
  );
}
