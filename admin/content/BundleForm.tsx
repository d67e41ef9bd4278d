import { useId } from 'react';
import { formatFen, type Bundle, type Catalogue } from '../../shared';
import { useText } from '../i18n/LanguageProvider';
import { LocalTextField, MoneyField } from './fields';
import type { FormProps } from './ItemForms';
import { bundleParts } from './item-links';
import { HandsetSearchField, LinkGroup } from './LinkFields';

interface BundleFormProps extends FormProps<Bundle> {
  /** The catalogue as the draft leaves it: the handsets, plans and services a box may hold. */
  upcoming: Pick<Catalogue, 'handsets' | 'plans' | 'services'>;
}

/** A gift box: its handset, plan, services and gifts, and its price beside what the parts cost. */
export function BundleForm({ value, onChange, upcoming }: BundleFormProps) {
  const { t, language } = useText();
  const id = useId();
  const parts = bundleParts(value, upcoming);
  const fen = (amount: number) => formatFen(amount, language);
  const toggleService = (serviceId: string, on: boolean) =>
    onChange({
      ...value,
      serviceIds: on
        ? [...value.serviceIds, serviceId]
        : value.serviceIds.filter((other) => other !== serviceId),
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
      <LocalTextField
        label={t('content.bundle.summary')}
        value={value.summary}
        onChange={(summary) => onChange({ ...value, summary })}
      />
      <LinkGroup legend={t('content.bundle.handset')}>
        <p className="bundle-form__handset" aria-live="polite">
          {parts.handset ? (
            <>
              <strong>{`${parts.handset.brand} ${parts.handset.model}`}</strong>
              <span>{fen(parts.handset.priceFen)}</span>
            </>
          ) : (
            <span className="field__problem">
              {t('content.bundle.noHandset', { id: value.handsetId })}
            </span>
          )}
        </p>
        <HandsetSearchField
          label={t('content.bundle.changeHandset')}
          handsets={upcoming.handsets}
          chosen={[value.handsetId]}
          actionLabel={(name) => t('content.bundle.useHandset', { name })}
          onPick={(handset) => onChange({ ...value, handsetId: handset.id })}
        />
      </LinkGroup>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-plan`}>
          {t('content.bundle.plan')}
        </label>
        <select
          id={`${id}-plan`}
          className="field__input"
          value={value.planId ?? ''}
          onChange={(event) => onChange({ ...value, planId: event.target.value || null })}
        >
          <option value="">{t('content.bundle.noPlan')}</option>
          {value.planId && !parts.plan && <option value={value.planId}>{value.planId}</option>}
          {upcoming.plans.map((plan) => (
            <option key={plan.id} value={plan.id}>
              {`${plan.name[language]} · ${t('content.detail.perMonth', { price: fen(plan.monthlyFeeFen) })}`}
            </option>
          ))}
        </select>
      </div>
      <MoneyField
        label={t('content.bundle.price')}
        fen={value.priceFen}
        onChange={(priceFen) => onChange({ ...value, priceFen })}
      />
      {parts.saving && (
        <div
          className="item-form__wide bundle-sum"
          role="status"
          aria-label={t('content.bundle.sum')}
        >
          <dl className="bundle-sum__figures">
            <dt>{t('content.bundle.sumSeparate')}</dt>
            <dd>{fen(parts.saving.separateFen)}</dd>
            <dt>{t('content.bundle.price')}</dt>
            <dd>{fen(value.priceFen)}</dd>
            <dt>{t('content.bundle.sumSaving')}</dt>
            <dd className="bundle-sum__saving">{fen(parts.saving.savingFen)}</dd>
          </dl>
          {parts.saving.savingFen === 0 && (
            <p className="bundle-sum__warning">{t('content.bundle.noSaving')}</p>
          )}
        </div>
      )}
      <fieldset className="item-form__wide check-list">
        <legend className="field__label">{t('content.bundle.services')}</legend>
        {upcoming.services.map((service) => (
          <label key={service.id} className="check-list__item">
            <input
              type="checkbox"
              checked={value.serviceIds.includes(service.id)}
              onChange={(event) => toggleService(service.id, event.target.checked)}
            />
            {service.name[language]}
            <span className="check-list__detail">
              {t('content.detail.perMonth', { price: fen(service.monthlyFeeFen) })}
            </span>
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
