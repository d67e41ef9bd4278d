import { useId, useState } from 'react';
import type { CommissionRuleKind } from '../../shared';
import { Dialog } from '../account/Dialog';
import { DialogFooter } from '../account/DialogFooter';
import { createRule } from '../api/commission';
import { useSubmission } from '../api/useSubmission';
import { storeTypeKey } from '../i18n/labels';
import { useText } from '../i18n/LanguageProvider';
import type { MessageKey } from '../i18n/messages';
import { emptyRuleForm, ruleFromForm, type RuleForm, type RuleFormField } from './rule-form';

const kinds: CommissionRuleKind[] = [
  'per_activation',
  'plan_tier',
  'handset',
  'number_tier',
  'store_type',
];
const kindKey = {
  per_activation: 'commission.rules.kind.per_activation',
  plan_tier: 'commission.rules.form.kind.plan_tier',
  handset: 'commission.rules.form.kind.handset',
  number_tier: 'commission.rules.form.kind.number_tier',
  store_type: 'commission.rules.form.kind.store_type',
} as const satisfies Record<CommissionRuleKind, MessageKey>;

interface NewRuleDialogProps {
  onClose: () => void;
  onSaved: () => void;
  onUnauthorized: () => void;
}

/** HQ writes a new rule: what it pays for, how much, from when (now or a later day). */
export function NewRuleDialog({ onClose, onSaved, onUnauthorized }: NewRuleDialogProps) {
  const { t } = useText();
  const id = useId();
  const [form, setForm] = useState<RuleForm>(emptyRuleForm);
  const [problems, setProblems] = useState<RuleFormField[]>([]);
  const submission = useSubmission('commission.rules.failed', onUnauthorized);
  const set = (patch: Partial<RuleForm>) => setForm((current) => ({ ...current, ...patch }));

  const text = (field: RuleFormField, label: MessageKey, extra: { type?: string } = {}) => (
    <div className="field">
      <label className="field__label" htmlFor={`${id}-${field}`}>
        {t(label)}
      </label>
      <input
        id={`${id}-${field}`}
        className="field__input"
        type={extra.type ?? 'text'}
        value={form[field]}
        aria-invalid={problems.includes(field)}
        onChange={(event) => set({ [field]: event.target.value })}
      />
      {problems.includes(field) && (
        <span className="field__problem">{t('commission.rules.form.invalid')}</span>
      )}
    </div>
  );

  const send = async () => {
    const outcome = ruleFromForm(form, Date.now());
    if (!outcome.ok) {
      setProblems(outcome.problems);
      return;
    }
    setProblems([]);
    await submission.submit(async () => {
      const result = await createRule(outcome.rule);
      if (result.ok) onSaved();
      return result;
    });
  };

  return (
    <Dialog title={t('commission.rules.add')} onClose={onClose} wide>
      <form
        className="dialog__form commission-rule-form"
        onSubmit={(event) => {
          event.preventDefault();
          void send();
        }}
      >
        {text('nameZh', 'commission.rules.form.nameZh')}
        {text('nameEn', 'commission.rules.form.nameEn')}
        <div className="field">
          <label className="field__label" htmlFor={`${id}-kind`}>
            {t('commission.rules.form.kind')}
          </label>
          <select
            id={`${id}-kind`}
            className="field__input"
            value={form.kind}
            onChange={(event) => set({ kind: event.target.value as CommissionRuleKind })}
          >
            {kinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(kindKey[kind])}
              </option>
            ))}
          </select>
        </div>
        {form.kind === 'plan_tier' && (
          <>
            {text('minFee', 'commission.rules.form.minFee')}
            {text('maxFee', 'commission.rules.form.maxFee')}
          </>
        )}
        {form.kind === 'handset' && text('handsetId', 'commission.rules.form.handsetId')}
        {form.kind === 'number_tier' && text('tierId', 'commission.rules.form.tierId')}
        {form.kind === 'store_type' && (
          <div className="field">
            <label className="field__label" htmlFor={`${id}-storeType`}>
              {t('commission.rules.form.storeType')}
            </label>
            <select
              id={`${id}-storeType`}
              className="field__input"
              value={form.storeType}
              onChange={(event) => set({ storeType: event.target.value as 'own' | 'partner' })}
            >
              {(['own', 'partner'] as const).map((type) => (
                <option key={type} value={type}>
                  {t(storeTypeKey[type])}
                </option>
              ))}
            </select>
          </div>
        )}
        {text('amount', 'commission.rules.form.amount')}
        {text('clawbackDays', 'commission.rules.form.clawbackDays')}
        {text('fromDay', 'commission.rules.form.fromDay', { type: 'date' })}
        {text('toDay', 'commission.rules.form.toDay', { type: 'date' })}
        <p className="field__hint commission-rule-form__wide">{t('commission.rules.form.hint')}</p>
        <DialogFooter
          failure={submission.state.status === 'failed' ? submission.state.message : undefined}
          submitLabel={t('commission.rules.form.save')}
          onCancel={onClose}
          submitDisabled={submission.state.status === 'working'}
          className="commission-rule-form__wide"
        />
      </form>
    </Dialog>
  );
}
