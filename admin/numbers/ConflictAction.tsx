import { useState } from 'react';
import { conflictAllows, type NumberConflict } from '../../shared';
import { describeError } from '../api/describe-error';
import { resolveConflict } from '../api/numbers';
import { useText } from '../i18n/LanguageProvider';
import type { MessageKey } from '../i18n/messages';
import { formatMoney, formatPhoneNumber } from '../orders/order-format';

type Resolution = Parameters<typeof resolveConflict>[1];

/** The server's refusals of a resolution (server/numbers/resolve-conflict.ts), in words. */
const refusalKey: Record<string, MessageKey> = {
  conflictResolved: 'numbers.conflicts.refused.conflictResolved',
  priceMoved: 'numbers.conflicts.refused.priceMoved',
  actionNotAllowed: 'numbers.conflicts.refused.actionNotAllowed',
  numberUnavailable: 'numbers.conflicts.refused.numberUnavailable',
  numberHeld: 'numbers.conflicts.refused.numberHeld',
  orderNotPlaceable: 'numbers.conflicts.refused.orderNotPlaceable',
};

/**
 * A conflict's outcome once resolved; while open, the actions its reason allows: place a price
 * conflict at today's total (once the customer agreed at the counter), give another number
 * (a lost number's tier, or one the order's plan allows), or cancel with a note.
 */
export function ConflictAction({
  conflict,
  onResolved,
  onStale,
}: {
  conflict: NumberConflict;
  onResolved: () => void;
  /** The list no longer says what the server knows: reload it and show `message` above. */
  onStale: (message: string) => void;
}) {
  const { t } = useText();
  const [working, setWorking] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  if (conflict.status !== 'open') return <ConflictOutcome conflict={conflict} />;

  const resolve = async (resolution: Resolution) => {
    setWorking(true);
    setFailure(null);
    const result = await resolveConflict(conflict.id, resolution);
    setWorking(false);
    if (result.ok) {
      onResolved();
      return;
    }
    const code = result.error.code ?? '';
    const refused = refusalKey[code];
    const message = refused
      ? t(refused)
      : t('numbers.conflicts.failed', { reason: describeError(result.error, t) });
    // The list is stale (another clerk closed it, or today's total moved): reload it and say why.
    if (code === 'conflictResolved' || code === 'priceMoved') onStale(message);
    else setFailure(message);
  };

  return (
    <div className="conflict-action">
      {conflictAllows(conflict.reason, 'place') && (
        <PlaceAtTodaysPrices conflict={conflict} working={working} onResolve={resolve} />
      )}
      {conflict.reason !== 'price_changed' && (
        <GiveAnotherNumber conflict={conflict} working={working} onResolve={resolve} />
      )}
      <CancelWithNote working={working} onResolve={resolve} />
      {working && <span role="status">{t('numbers.conflicts.working')}</span>}
      {failure && (
        <span className="notice notice--error" role="alert">
          {failure}
        </span>
      )}
    </div>
  );
}

function ConflictOutcome({ conflict }: { conflict: NumberConflict }) {
  const { t } = useText();
  switch (conflict.status) {
    case 'reassigned':
      return (
        <span className="badge badge--activated">
          {t('numbers.conflicts.status.reassigned', {
            number: formatPhoneNumber(conflict.resolution ?? ''),
          })}
        </span>
      );
    case 'placed':
      return <span className="badge badge--activated">{t('numbers.conflicts.status.placed')}</span>;
    default:
      return (
        <span className="badge badge--cancelled">
          {t('numbers.conflicts.status.cancelled', { note: conflict.resolution ?? '' })}
        </span>
      );
  }
}

interface ActionProps {
  conflict: NumberConflict;
  working: boolean;
  onResolve: (resolution: Resolution) => Promise<void>;
}

function PlaceAtTodaysPrices({ conflict, working, onResolve }: ActionProps) {
  const { t, language } = useText();
  const totalFen = conflict.todayTotalFen;
  if (totalFen === null) return null;
  return (
    <div className="conflict-action__row">
      <span className="muted">
        {t('numbers.conflicts.placeHint', { amount: formatMoney(totalFen, language) })}
      </span>
      <button
        type="button"
        className="button button--primary"
        disabled={working}
        onClick={() => void onResolve({ action: 'place', totalFen })}
      >
        {t('numbers.conflicts.place')}
      </button>
    </div>
  );
}

function GiveAnotherNumber({ conflict, working, onResolve }: ActionProps) {
  const { t } = useText();
  const [number, setNumber] = useState(conflict.alternatives[0] ?? '');
  if (conflict.alternatives.length === 0) {
    return (
      <span className="muted">
        {t(
          conflict.reason === 'number_needs_plan'
            ? 'numbers.conflicts.noPlanAlternatives'
            : 'numbers.conflicts.noAlternatives',
        )}
      </span>
    );
  }
  return (
    <div className="conflict-action__row">
      <label className="field field--inline">
        <span className="field__label">{t('numbers.conflicts.alternative')}</span>
        <select
          className="field__input"
          value={number}
          onChange={(event) => setNumber(event.target.value)}
        >
          {conflict.alternatives.map((alternative) => (
            <option key={alternative} value={alternative}>
              {formatPhoneNumber(alternative)}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="button button--primary"
        disabled={working || number === ''}
        onClick={() => void onResolve({ action: 'reassign', number })}
      >
        {t('numbers.conflicts.reassign')}
      </button>
    </div>
  );
}

function CancelWithNote({ working, onResolve }: Omit<ActionProps, 'conflict'>) {
  const { t } = useText();
  const [cancelling, setCancelling] = useState(false);
  const [note, setNote] = useState('');
  if (!cancelling) {
    return (
      <button
        type="button"
        className="button button--secondary"
        disabled={working}
        onClick={() => setCancelling(true)}
      >
        {t('numbers.conflicts.cancel')}
      </button>
    );
  }
  return (
    <div className="conflict-action__row">
      <label className="field field--inline">
        <span className="field__label">{t('numbers.conflicts.cancelNote')}</span>
        <input
          className="field__input"
          value={note}
          maxLength={500}
          onChange={(event) => setNote(event.target.value)}
        />
      </label>
      <button
        type="button"
        className="button button--danger"
        disabled={working || note.trim() === ''}
        onClick={() => void onResolve({ action: 'cancel', note: note.trim() })}
      >
        {t('numbers.conflicts.confirmCancel')}
      </button>
    </div>
  );
}
