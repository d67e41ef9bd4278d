import { useState } from 'react';
import type { User } from '../../shared';
import { useText } from '../i18n/LanguageProvider';
import { ClosePeriodDialog } from './ClosePeriodDialog';
import { PeriodClosedBadge } from './PeriodClosedBadge';
import { RecomputeCheck } from './RecomputeCheck';
import { periodCloseState, periodLabel } from './commission-format';
import { useClosedPeriods } from './useCommission';

interface PeriodCloseBarProps {
  user: User;
  period: string;
  revision: number;
  onChanged: () => void;
  onUnauthorized: () => void;
}

/**
 * The month bar: who closed the month, or for HQ "Close month" once it has ended; HQ can
 * recompute any month against the rules.
 */
export function PeriodCloseBar(props: PeriodCloseBarProps) {
  const { user, period, revision, onChanged, onUnauthorized } = props;
  const { t, language } = useText();
  const { state } = useClosedPeriods(revision, onUnauthorized);
  const [confirming, setConfirming] = useState(false);
  if (state.status !== 'ready') return null;
  const close = periodCloseState(user.role, period, state.value, Date.now());
  if (close.kind === 'none' && user.role !== 'hq') return null;
  return (
    <div className="commission-period-bar">
      {close.kind === 'closed' && <PeriodClosedBadge closure={close.closure} />}
      {close.kind === 'closable' && (
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
      {user.role === 'hq' && <RecomputeCheck period={period} onUnauthorized={onUnauthorized} />}
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
