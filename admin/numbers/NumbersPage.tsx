import type { ShellContext } from '../shell/Shell';
import { ConflictQueue } from './ConflictQueue';
import { ImportPanel } from './ImportPanel';
import { TierRulesPanel } from './TierRulesPanel';
import { WithdrawPanel } from './WithdrawPanel';
import './numbers.css';

/**
 * The number book: the store's conflict queue first (a customer is waiting on it), then the
 * import of new numbers (HQ and managers) and the tier rules (HQ edits, others read).
 */
export function NumbersPage(context: ShellContext) {
  const mayImport = context.user.role !== 'clerk';
  return (
    <section className="numbers-page">
      <ConflictQueue {...context} />
      {mayImport && <ImportPanel {...context} />}
      {mayImport && <WithdrawPanel {...context} />}
      <TierRulesPanel {...context} />
    </section>
  );
}
