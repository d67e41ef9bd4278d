import { useT } from '../i18n/useT';

interface NumberPadProps {
  /** `*` is a key only where it means something (a pattern). */
  allowAny: boolean;
  onKey: (key: string) => void;
  onDelete: () => void;
  onClear: () => void;
}

const digitKeys = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

/** Big keys instead of the system keyboard, which would cover half a kiosk. */
export function NumberPad({ allowAny, onKey, onDelete, onClear }: NumberPadProps) {
  const t = useT();
  return (
    <div className="number-pad" role="group" aria-label={t('numbers.pad')}>
      {digitKeys.map((key) => (
        <button key={key} type="button" className="number-pad__key" onClick={() => onKey(key)}>
          {key}
        </button>
      ))}
      <button
        type="button"
        className="number-pad__key number-pad__key--any"
        aria-label={t('numbers.pad.any')}
        disabled={!allowAny}
        onClick={() => onKey('*')}
      >
        *
      </button>
      <button type="button" className="number-pad__key" onClick={() => onKey('0')}>
        0
      </button>
      <button type="button" className="number-pad__key number-pad__key--action" onClick={onDelete}>
        {t('numbers.pad.delete')}
      </button>
      <button type="button" className="number-pad__key number-pad__key--clear" onClick={onClear}>
        {t('numbers.pad.clear')}
      </button>
    </div>
  );
}
