import type { Handset, Plan, Service } from '../../shared';
import { useText } from '../i18n/LanguageProvider';
import { CountField, LocalTextField, MoneyField, TextField } from './fields';

export interface FormProps<T> {
  value: T;
  onChange: (value: T) => void;
}

export function PlanForm({ value, onChange }: FormProps<Plan>) {
  const { t } = useText();
  const set = <K extends keyof Plan>(key: K, next: Plan[K]) => onChange({ ...value, [key]: next });
  return (
    <div className="item-form">
      <LocalTextField
        label={t('content.plan.name')}
        value={value.name}
        onChange={(v) => set('name', v)}
      />
      <MoneyField
        label={t('content.plan.fee')}
        fen={value.monthlyFeeFen}
        onChange={(v) => set('monthlyFeeFen', v)}
      />
      <MoneyField
        label={t('content.plan.subsidy')}
        fen={value.handsetSubsidyFen}
        onChange={(v) => set('handsetSubsidyFen', v)}
      />
      <CountField
        label={t('content.plan.voice')}
        value={value.voiceMinutes}
        onChange={(v) => set('voiceMinutes', v)}
      />
      <CountField
        label={t('content.plan.data')}
        value={value.dataMb}
        onChange={(v) => set('dataMb', v)}
      />
      <CountField label={t('content.plan.sms')} value={value.sms} onChange={(v) => set('sms', v)} />
      <CountField
        label={t('content.plan.video')}
        value={value.videoCallMinutes}
        onChange={(v) => set('videoCallMinutes', v)}
      />
      <CountField
        label={t('content.plan.contract')}
        value={value.contractMonths}
        max={60}
        onChange={(v) => set('contractMonths', v)}
      />
    </div>
  );
}

export function HandsetForm({ value, onChange }: FormProps<Handset>) {
  const { t } = useText();
  return (
    <div className="item-form">
      <TextField
        label={t('content.handset.brand')}
        value={value.brand}
        onChange={(brand) => onChange({ ...value, brand })}
      />
      <TextField
        label={t('content.handset.model')}
        value={value.model}
        onChange={(model) => onChange({ ...value, model })}
      />
      <MoneyField
        label={t('content.handset.price')}
        fen={value.priceFen}
        onChange={(priceFen) => onChange({ ...value, priceFen })}
      />
      <dl className="item-facts">
        <dt>{t('content.handset.year')}</dt>
        <dd>{value.year}</dd>
        <dt>{t('content.handset.network')}</dt>
        <dd>{value.network || '—'}</dd>
        <dt>{t('content.handset.screen')}</dt>
        <dd>{value.screenIn ?? '—'}</dd>
        <dt>{t('content.handset.camera')}</dt>
        <dd>{value.cameraMp ?? '—'}</dd>
      </dl>
    </div>
  );
}

export function ServiceForm({ value, onChange }: FormProps<Service>) {
  const { t } = useText();
  return (
    <div className="item-form">
      <LocalTextField
        label={t('content.service.name')}
        value={value.name}
        onChange={(name) => onChange({ ...value, name })}
      />
      <LocalTextField
        label={t('content.service.summary')}
        value={value.summary}
        onChange={(summary) => onChange({ ...value, summary })}
      />
      <MoneyField
        label={t('content.service.fee')}
        fen={value.monthlyFeeFen}
        onChange={(monthlyFeeFen) => onChange({ ...value, monthlyFeeFen })}
      />
    </div>
  );
}
