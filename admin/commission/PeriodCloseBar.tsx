import { useState } from 'react';
import type { User } from '../../shared';
import { useText } from '../i18n/LanguageProvider';
import { ClosePeriodDialog } from './ClosePeriodDialog';
import { PeriodClosedBadge } from './PeriodClosedBadge';
import { periodCloseState, periodLabel } from './commission-format';
import { useClosedPeriods } from './useCommission';

interface PeriodCloseBarProps {
  user: User;
  period: string;
  revision: number;
  onChanged: () => void;
  onUnauthorized: () => void;
}

/** HQ's month bar: who closed the month, or "Close month" once it has ended. */
export function PeriodCloseBar(props: PeriodCloseBarProps) {
  const { user, period, revision, onChanged, onUnauthorized } = props;
  const { t, language } = useText();
  const { state } = useClosedPeriods(revision, onUnauthorized);
  const [confirming, setConfirming] = useState(false);
  if (state.status !== 'ready') return null;
  const close = periodCloseState(user.role, period, state.value, Date.now());
  if (close.kind === 'none') return null;
  return (
    <div className="commission-period-bar">
      {close.kind === 'closed' ? (
        <PeriodClosedBadge closure={close.closure} />
      ) : (
        <>
          <span className="commission-period-bar__hint">{t('commission.period.openHint')}</span>
          <button
            type="button"
            className="button button--secondary no-print"
            aria-label={`${t('commission.period.close')} · ${periodLabel(period, language)}`}
            onClick={() => setConfirming(true)}
          >
            {t('commission.period.close')}
          </button>
        </>
      )}
      {confirming && (
        <ClosePeriodDialog
          period={period}
          onClose={() => setConfirming(false)}
          onClosed={() => {
            setConfirming(false);
            onChanged();
          }}
          onUnauthorized={onUnauthorized}
        />
      )}
    </div>
  );
}
