import type { PeriodClosure } from '../../shared';
import { useText } from '../i18n/LanguageProvider';
import { storeDayOf } from '../orders/store-time';

/** "Closed on 2026-11-03 by 王总部": the month was paid out and reads the same for ever. */
export function PeriodClosedBadge({ closure }: { closure: PeriodClosure }) {
  const { t } = useText();
  return (
    <span className="badge badge--period-closed">
      {t('commission.period.closedBadge', {
        day: storeDayOf(closure.closedAt),
        name: closure.closedBy.displayName,
      })}
    </span>
  );
}
