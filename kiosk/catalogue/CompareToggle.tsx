import { memo } from 'react';
import type { Handset, Language } from '../../shared';
import { Icon } from '../app/Icon';
import { translator } from '../i18n/messages';

interface CompareToggleProps {
  handset: Handset;
  language: Language;
  pressed: boolean;
  /** The tray is full: only the handsets in it can be taken out. */
  full: boolean;
  onToggle: (handsetId: string) => void;
}

/** Puts a handset in the compare tray or takes it out; sits on the card's corner. */
function CompareToggleView({ handset, language, pressed, full, onToggle }: CompareToggleProps) {
  const t = translator(language);
  return (
    <button
      type="button"
      className="compare-toggle"
      aria-pressed={pressed}
      aria-label={t('compare.toggle', { name: `${handset.brand} ${handset.model}` })}
      disabled={full && !pressed}
      onClick={() => onToggle(handset.id)}
    >
      <span className="compare-toggle__box" aria-hidden="true">
        {pressed && <Icon name="check" />}
      </span>
      {t('compare.add')}
    </button>
  );
}

export const CompareToggle = memo(CompareToggleView);
