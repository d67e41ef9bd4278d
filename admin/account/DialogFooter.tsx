import { useText } from '../i18n/LanguageProvider';

interface DialogFooterProps {
  /** Why the last try failed, read out as an alert; nothing while there is none. */
  failure: string | null | undefined;
  submitLabel: string;
  onCancel: () => void;
  /** While sending, or while the form cannot be sent yet. */
  submitDisabled: boolean;
  /** A red button for what cannot be undone (ending, revoking, switching off). */
  danger?: boolean;
  /** Added to both rows, e.g. to span a two-column form. */
  className?: string;
  /** For a confirmation without a form: the button runs this instead of submitting. */
  onConfirm?: () => void;
}

/** A dialog's last rows: the failure sentence, then Cancel and the submit button. */
export function DialogFooter({
  failure,
  submitLabel,
  onCancel,
  submitDisabled,
  danger = false,
  className,
  onConfirm,
}: DialogFooterProps) {
  const { t } = useText();
  const extra = className ? ` ${className}` : '';
  return (
    <>
      {failure && (
        <p className={`notice notice--error${extra}`} role="alert">
          {failure}
        </p>
      )}
      <div className={`dialog__actions${extra}`}>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('dialog.cancel')}
        </button>
        <button
          type={onConfirm ? 'button' : 'submit'}
          className={danger ? 'button button--danger' : 'button button--primary'}
          disabled={submitDisabled}
          onClick={onConfirm}
        >
          {submitLabel}
        </button>
      </div>
    </>
  );
}
