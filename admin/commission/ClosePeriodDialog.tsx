import { closePeriod } from '../api/commission';
import { Dialog } from '../account/Dialog';
import { DialogFooter } from '../account/DialogFooter';
import { useSubmission } from '../api/useSubmission';
import { useText } from '../i18n/LanguageProvider';
import { periodLabel } from './commission-format';

interface ClosePeriodDialogProps {
  period: string;
  onClose: () => void;
  onClosed: () => void;
  onUnauthorized: () => void;
}

/** HQ confirms closing a month, having read what closing means; it cannot be undone. */
export function ClosePeriodDialog({
  period,
  onClose,
  onClosed,
  onUnauthorized,
}: ClosePeriodDialogProps) {
  const { t, language } = useText();
  const submission = useSubmission('commission.period.failed', onUnauthorized);
  const month = periodLabel(period, language);
  const send = () =>
    submission.submit(async () => {
      const result = await closePeriod(period);
      if (result.ok) onClosed();
      return result;
    });
  return (
    <Dialog title={t('commission.period.closeTitle', { month })} onClose={onClose}>
      <p className="dialog__text">{t('commission.period.closeText', { month })}</p>
      <DialogFooter
        failure={submission.state.status === 'failed' ? submission.state.message : undefined}
        submitLabel={t('commission.period.closeConfirm')}
        onCancel={onClose}
        submitDisabled={submission.state.status === 'working'}
        onConfirm={() => void send()}
        danger
      />
    </Dialog>
  );
}
