import { useState } from 'react';
import { useText } from '../i18n/LanguageProvider';
import type { ShellContext } from '../shell/Shell';
import { AuditPanel } from './AuditPanel';
import { UsersPanel } from './UsersPanel';
import './people.css';

type PeopleTab = 'users' | 'audit';

/** HQ and store managers: the people who use the console, and the log of who changed what. */
export function PeoplePage(context: ShellContext) {
  const { t } = useText();
  const [tab, setTab] = useState<PeopleTab>('users');
  return (
    <section className="people-page">
      <div className="tabs" role="tablist" aria-label={t('people.tabs')}>
        {(['users', 'audit'] as const).map((option) => (
          <button
            key={option}
            type="button"
            role="tab"
            className="tabs__tab"
            aria-selected={tab === option}
            onClick={() => setTab(option)}
          >
            {t(option === 'users' ? 'people.tab.users' : 'people.tab.audit')}
          </button>
        ))}
      </div>
      <div role="tabpanel">
        {tab === 'users' ? <UsersPanel {...context} /> : <AuditPanel {...context} />}
      </div>
    </section>
  );
}
