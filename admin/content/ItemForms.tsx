import type { Bundle, Handset, Plan, Service } from '../../shared';
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

interface BundleFormProps extends FormProps<Bundle> {
  services: readonly Service[];
}

export function BundleForm({ value, onChange, services }: BundleFormProps) {
  const { t, language } = useText();
  const toggleService = (id: string, on: boolean) =>
    onChange({
      ...value,
      serviceIds: on ? [...value.serviceIds, id] : value.serviceIds.filter((other) => other !== id),
    });
  const setGift = (index: number, gift: Bundle['gifts'][number] | null) =>
    onChange({
      ...value,
      gifts:
        gift === null
          ? value.gifts.filter((_, i) => i !== index)
          : value.gifts.map((g, i) => (i === index ? gift : g)),
    });
  return (
    <div className="item-form">
      <LocalTextField
        label={t('content.bundle.name')}
        value={value.name}
        onChange={(name) => onChange({ ...value, name })}
      />
      <MoneyField
        label={t('content.bundle.price')}
        fen={value.priceFen}
        onChange={(priceFen) => onChange({ ...value, priceFen })}
      />
      <fieldset className="item-form__wide check-list">
        <legend className="field__label">{t('content.bundle.services')}</legend>
        {services.map((service) => (
          <label key={service.id} className="check-list__item">
            <input
              type="checkbox"
              checked={value.serviceIds.includes(service.id)}
              onChange={(event) => toggleService(service.id, event.target.checked)}
            />
            {service.name[language]}
          </label>
        ))}
      </fieldset>
      <fieldset className="item-form__wide gift-list">
        <legend className="field__label">{t('content.bundle.gifts')}</legend>
        {value.gifts.map((gift, index) => (
          // Gifts have no ids: a removal re-keys the rows so each amount field reads its own gift again.
          <div key={`${index}/${value.gifts.length}`} className="gift-list__row">
            <LocalTextField
              label={t('content.bundle.giftName', { n: index + 1 })}
              value={gift.name}
              onChange={(name) => setGift(index, { ...gift, name })}
            />
            <MoneyField
              label={t('content.bundle.giftValue')}
              fen={gift.valueFen}
              onChange={(valueFen) => setGift(index, { ...gift, valueFen })}
            />
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => setGift(index, null)}
            >
              {t('content.bundle.removeGift')}
            </button>
          </div>
        ))}
        {value.gifts.length < 10 && (
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() =>
              onChange({
                ...value,
                gifts: [...value.gifts, { name: { zh: '', en: '' }, valueFen: 0 }],
              })
            }
          >
            {t('content.bundle.addGift')}
          </button>
        )}
      </fieldset>
    </div>
  );
}
