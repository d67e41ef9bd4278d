import { useId, useState } from 'react';
import type { CommissionDispute } from '../../shared';
import { Dialog } from '../account/Dialog';
import { DialogFooter } from '../account/DialogFooter';
import { answerDispute } from '../api/commission';
import { useSubmission } from '../api/useSubmission';
import { useText } from '../i18n/LanguageProvider';
import { formatSignedMoney, signedYuanToFen } from './commission-format';

interface AnswerDisputeDialogProps {
  dispute: CommissionDispute;
  onClose: () => void;
  onSent: () => void;
  onUnauthorized: () => void;
}

type Decision = 'upheld' | 'rejected';

/** The manager upholds or rejects; an upheld answer may add an adjustment line. */
export function AnswerDisputeDialog(props: AnswerDisputeDialogProps) {
  const { dispute, onClose, onSent, onUnauthorized } = props;
  const { t, language } = useText();
  const id = useId();
  const [decision, setDecision] = useState<Decision>('upheld');
  const [message, setMessage] = useState('');
  const [adjustment, setAdjustment] = useState('');
  const [problems, setProblems] = useState({ message: false, adjustment: false });
  const submission = useSubmission('commission.answer.failed', onUnauthorized);
  const adjustmentFen =
    decision === 'upheld' && adjustment.trim() !== '' ? signedYuanToFen(adjustment) : null;

  const send = async () => {
    const found = {
      message: message.trim() === '',
      adjustment: decision === 'upheld' && adjustment.trim() !== '' && adjustmentFen === null,
    };
    setProblems(found);
    if (found.message || found.adjustment) return;
    await submission.submit(async () => {
      const result = await answerDispute(dispute.id, {
        decision,
        message: message.trim(),
        adjustmentFen,
      });
      if (result.ok) onSent();
      return result;
    });
  };

  return (
    <Dialog title={t('commission.answer.title', { name: dispute.clerkName })} onClose={onClose}>
      <form
        className="dialog__form"
        onSubmit={(event) => {
          event.preventDefault();
          void send();
        }}
      >
        <p className="dialog__text">
          <span className="mono">{dispute.ticket}</span> · {dispute.ruleName[language]} ·{' '}
          {formatSignedMoney(dispute.lineAmountFen, language)}
        </p>
        <blockquote className="commission-quote">{dispute.message}</blockquote>
        <fieldset className="commission-decision">
          <legend className="field__label">{t('commission.answer.decision')}</legend>
          {(['upheld', 'rejected'] as const).map((option) => (
            <label key={option} className="commission-decision__option">
              <input
                type="radio"
                name={`${id}-decision`}
                value={option}
                checked={decision === option}
                onChange={() => setDecision(option)}
              />
              {t(option === 'upheld' ? 'commission.answer.upheld' : 'commission.answer.rejected')}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-message`}>
            {t('commission.answer.message')}
          </label>
          <textarea
            id={`${id}-message`}
            className="field__input commission-textarea"
            rows={3}
            maxLength={500}
            value={message}
            aria-invalid={problems.message}
            onChange={(event) => setMessage(event.target.value)}
          />
          {problems.message && (
            <span className="field__problem">{t('commission.answer.messageMissing')}</span>
          )}
        </div>
        {decision === 'upheld' && (
          <div className="field">
            <label className="field__label" htmlFor={`${id}-adjustment`}>
              {t('commission.answer.adjustment')}
            </label>
            <input
              id={`${id}-adjustment`}
              className="field__input"
              inputMode="decimal"
              value={adjustment}
              aria-invalid={problems.adjustment}
              aria-describedby={`${id}-adjustment-hint`}
              onChange={(event) => setAdjustment(event.target.value)}
            />
            <span
              id={`${id}-adjustment-hint`}
              className={problems.adjustment ? 'field__problem' : 'field__hint'}
            >
              {t(
                problems.adjustment
                  ? 'commission.answer.adjustmentInvalid'
                  : 'commission.answer.adjustmentHint',
              )}
            </span>
          </div>
        )}
        <DialogFooter
          failure={submission.state.status === 'failed' ? submission.state.message : undefined}
          submitLabel={t('commission.answer.send')}
          onCancel={onClose}
          submitDisabled={submission.state.status === 'working'}
        />
      </form>
    </Dialog>
  );
}
