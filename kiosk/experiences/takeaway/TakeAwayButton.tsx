import { useState } from 'react';
import { useT } from '../../i18n/useT';
import type { InfoTarget } from './infoUrl';
import { TakeAwaySheet } from './TakeAwaySheet';

/** A QR glyph, drawn: three finder squares and a few modules. */
function QrGlyph() {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" className="icon" fill="currentColor">
      <path d="M3 3h7v7H3zM5 5v3h3V5zM14 3h7v7h-7zM16 5v3h3V5zM3 14h7v7H3zM5 16v3h3v-3z" />
      <path d="M14 14h3v3h-3zM18 18h3v3h-3zM18 14h3v2h-3zM14 19h2v2h-2z" />
    </svg>
  );
}

/**
 * Opens the take-away QR of an item. `compact` shows only the glyph beside a card; its
 * accessible name still says what is taken away.
 */
export function TakeAwayButton({
  target,
  compact = false,
}: {
  target: InfoTarget;
  compact?: boolean;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className={compact ? 'takeaway-button takeaway-button--compact' : 'takeaway-button'}
        aria-label={compact ? t('takeaway.item', { name: target.name }) : undefined}
        onClick={() => setOpen(true)}
      >
        <QrGlyph />
        {!compact && <span>{t('takeaway.open')}</span>}
      </button>
      {open && <TakeAwaySheet target={target} onClose={() => setOpen(false)} />}
    </>
  );
}
