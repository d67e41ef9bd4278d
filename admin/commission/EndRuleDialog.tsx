import { useId, useState } from 'react';
import type { CommissionRule } from '../../shared';
import { Dialog } from '../account/Dialog';
import { DialogFooter } from '../account/DialogFooter';
import { endRule } from '../api/commission';
import { useSubmission } from '../api/useSubmission';
import { useText } from '../i18n/LanguageProvider';
import { endTimeOf } from './rule-form';

interface EndRuleDialogProps {
  rule: CommissionRule;
  onClose: () => void;
  onSaved: () => void;
  onUnauthorized: () => void;
}

/** HQ ends a rule now or from a later day; what it paid stays paid. */
export function EndRuleDialog({ rule, onClose, onSaved, onUnauthorized }: EndRuleDialogProps) {
  const { t, language } = useText();
  const id = useId();
  const [day, setDay] = useState('');
  const [invalid, setInvalid] = useState(false);
  const submission = useSubmission('commission.rules.failed', onUnauthorized);
  const send = async () => {
    const validTo = endTimeOf(day, Date.now());
    if (validTo === null) {
      setInvalid(true);
      return;
    }
    await submission.submit(async () => {
      const result = await endRule(rule.id, validTo);
      if (result.ok) onSaved();
      return result;
    });
  };
  return (
    <Dialog title={t('commission.rules.endTitle', { name: rule.name[language] })} onClose={onClose}>
      <form
        className="dialog__form"
        onSubmit={(event) => {
          event.preventDefault();
          void send();
        }}
      >
        <p className="dialog__text">{t('commission.rules.endText')}</p>
        <div className="field">
          <label className="field__label" htmlFor={id}>
            {t('commission.rules.endDay')}
          </label>
          <input
            id={id}
            type="date"
            className="field__input"
            value={day}
            aria-invalid={invalid}
            onChange={(event) => {
              setDay(event.target.value);
              setInvalid(false);
            }}
          />
          <span className={invalid ? 'field__problem' : 'field__hint'}>
            {t(invalid ? 'commission.rules.endDayInvalid' : 'commission.rules.endDayHint')}
          </span>
        </div>
        <DialogFooter
          failure={submission.state.status === 'failed' ? submission.state.message : undefined}
          submitLabel={t('commission.rules.endConfirm')}
          onCancel={onClose}
          submitDisabled={submission.state.status === 'working'}
          danger
        />
      </form>
    </Dialog>
  );
}
