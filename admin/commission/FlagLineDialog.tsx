import { useId, useState } from 'react';
import type { StatementLine } from '../../shared';
import { Dialog } from '../account/Dialog';
import { DialogFooter } from '../account/DialogFooter';
import { openDispute } from '../api/commission';
import { useSubmission } from '../api/useSubmission';
import { useText } from '../i18n/LanguageProvider';
import { formatSignedMoney, lineKindKey } from './commission-format';

interface FlagLineDialogProps {
  line: StatementLine;
  onClose: () => void;
  onSent: () => void;
  onUnauthorized: () => void;
}

/** A clerk says what is wrong with one of their lines; the manager answers later. */
export function FlagLineDialog({ line, onClose, onSent, onUnauthorized }: FlagLineDialogProps) {
  const { t, language } = useText();
  const id = useId();
  const [message, setMessage] = useState('');
  const [missing, setMissing] = useState(false);
  const submission = useSubmission('commission.dispute.failed', onUnauthorized);
  const send = async () => {
    if (message.trim() === '') {
      setMissing(true);
      return;
    }
    await submission.submit(async () => {
      const result = await openDispute(line.id, message.trim());
      if (result.ok) onSent();
      return result;
    });
  };
  return (
    <Dialog title={t('commission.dispute.title', { ticket: line.ticket })} onClose={onClose}>
      <form
        className="dialog__form"
        onSubmit={(event) => {
          event.preventDefault();
          void send();
        }}
      >
        <p className="dialog__text">
          {t('commission.dispute.line', {
            rule: line.ruleName[language],
            kind: t(lineKindKey[line.kind]),
            amount: formatSignedMoney(line.amountFen, language),
          })}
        </p>
        <div className="field">
          <label className="field__label" htmlFor={id}>
            {t('commission.dispute.message')}
          </label>
          <textarea
            id={id}
            className="field__input commission-textarea"
            rows={4}
            maxLength={500}
            value={message}
            aria-invalid={missing}
            aria-describedby={`${id}-hint`}
            onChange={(event) => {
              setMessage(event.target.value);
              setMissing(false);
            }}
          />
          <span id={`${id}-hint`} className={missing ? 'field__problem' : 'field__hint'}>
            {t(missing ? 'commission.dispute.messageMissing' : 'commission.dispute.messageHint')}
          </span>
        </div>
        <DialogFooter
          failure={submission.state.status === 'failed' ? submission.state.message : undefined}
          submitLabel={t('commission.dispute.send')}
          onCancel={onClose}
          submitDisabled={submission.state.status === 'working'}
        />
      </form>
    </Dialog>
  );
}
