import { useState } from 'react';
import { useText } from '../i18n/LanguageProvider';
import type { ShellContext } from '../shell/Shell';
import { TabBar } from '../shell/TabBar';
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
      <TabBar
        label={t('people.tabs')}
        tabs={[
          { id: 'users', label: t('people.tab.users') },
          { id: 'audit', label: t('people.tab.audit') },
        ]}
        chosen={tab}
        onChoose={setTab}
      />
      <div role="tabpanel">
        {tab === 'users' ? <UsersPanel {...context} /> : <AuditPanel {...context} />}
      </div>
    </section>
  );
}
