import { useMemo, useState } from 'react';
import { useText } from '../i18n/LanguageProvider';
import type { ShellContext } from '../shell/Shell';
import { TabBar } from '../shell/TabBar';
import { ClerksSummary } from './ClerksSummary';
import { CommissionToolbar } from './CommissionToolbar';
import { DisputesPanel } from './DisputesPanel';
import { PeriodCloseBar } from './PeriodCloseBar';
import { RulesPanel } from './RulesPanel';
import { StatementPanel } from './StatementPanel';
import { recentPeriods } from './commission-format';
import './commission.css';

/**
 * Commission: a clerk reads their own month and disputes a line; a manager sees the store's
 * clerks, opens one's statement and answers disputes; HQ does the same for the store chosen
 * at the top, and closes a month that has ended.
 */
export function CommissionPage({ user, storeId, onUnauthorized }: ShellContext) {
  const { t } = useText();
  const periods = useMemo(() => recentPeriods(Date.now()), []);
  const [period, setPeriod] = useState(periods[0] ?? '');
  const [chosenClerk, setChosenClerk] = useState<{ storeId: string; clerkId: string } | null>(null);
  const [revision, setRevision] = useState(0);
  const [tab, setTab] = useState<'statements' | 'rules'>('statements');
  const changed = () => setRevision((count) => count + 1);

  const isClerk = user.role === 'clerk';
  const clerkId = isClerk
    ? user.id
    : chosenClerk && chosenClerk.storeId === storeId
      ? chosenClerk.clerkId
      : null;

  const tabs = (
    <TabBar
      label={t('commission.tabs')}
      tabs={[
        { id: 'statements', label: t('commission.tab.statements') },
        { id: 'rules', label: t('commission.tab.rules') },
      ]}
      chosen={tab}
      onChoose={setTab}
      className="no-print"
    />
  );
  if (tab === 'rules') {
    return (
      <section className="commission-page">
        {tabs}
        <RulesPanel user={user} onUnauthorized={onUnauthorized} />
      </section>
    );
  }

  return (
    <section className="commission-page">
      {tabs}
      <CommissionToolbar periods={periods} period={period} onPeriodChange={setPeriod} />
      {user.role === 'hq' && (
        <PeriodCloseBar
          user={user}
          period={period}
          revision={revision}
          onChanged={changed}
          onUnauthorized={onUnauthorized}
        />
      )}
      {!isClerk && storeId === null && (
        <p className="notice notice--info">{t('commission.chooseStore')}</p>
      )}
      {!isClerk && storeId !== null && (
        <ClerksSummary
          period={period}
          storeId={storeId}
          selectedClerkId={clerkId}
          revision={revision}
          onSelect={(id) => setChosenClerk({ storeId, clerkId: id })}
          onUnauthorized={onUnauthorized}
        />
      )}
      {clerkId !== null && (
        <StatementPanel
          viewer={user}
          period={period}
          clerkId={isClerk ? null : clerkId}
          revision={revision}
          onChanged={changed}
          onUnauthorized={onUnauthorized}
        />
      )}
      {(isClerk || storeId !== null) && (
        <DisputesPanel
          viewer={user}
          storeId={isClerk ? null : storeId}
          revision={revision}
          onChanged={changed}
          onUnauthorized={onUnauthorized}
        />
      )}
    </section>
  );
}
