import { useId } from 'react';
import { zoneKeys, type Zone, type ZoneKey } from '../../shared';
import { useText } from '../i18n/LanguageProvider';
import { CountField, LocalTextField } from './fields';
import type { FormProps } from './ItemForms';

export function ZoneForm({ value, onChange }: FormProps<Zone>) {
  const { t } = useText();
  const id = useId();
  return (
    <div className="item-form">
      <LocalTextField
        label={t('content.zone.name')}
        value={value.name}
        onChange={(name) => onChange({ ...value, name })}
      />
      <LocalTextField
        label={t('content.zone.tagline')}
        value={value.tagline}
        onChange={(tagline) => onChange({ ...value, tagline })}
      />
      <CountField
        label={t('content.zone.sort')}
        value={value.sort}
        onChange={(sort) => onChange({ ...value, sort })}
      />
      <div className="field">
        <label className="field__label" htmlFor={`${id}-accent`}>
          {t('content.zone.accent')}
        </label>
        <span className="colour-input">
          <input
            id={`${id}-accent`}
            type="color"
            className="colour-input__swatch"
            value={value.accent.toLowerCase()}
            onChange={(event) => onChange({ ...value, accent: event.target.value.toUpperCase() })}
          />
          <code>{value.accent}</code>
        </span>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-key`}>
          {t('content.zone.key')}
        </label>
        <select
          id={`${id}-key`}
          className="field__input"
          value={value.key}
          onChange={(event) => onChange({ ...value, key: event.target.value as ZoneKey })}
        >
          {zoneKeys.map((key) => (
            <option key={key} value={key}>
              {key}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
