import { useId } from 'react';
import { zoneKeys, type Experience, type Zone, type ZoneKey } from '../../shared';
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

interface ExperienceFormProps extends FormProps<Experience> {
  /** The zones it may sit in (the draft's own included). */
  zones: readonly Zone[];
  /** The `/media/` files on the server; the experience's own is offered even when missing. */
  mediaPaths: readonly string[];
}

export function ExperienceForm({ value, onChange, mediaPaths, zones }: ExperienceFormProps) {
  const { t, language } = useText();
  const id = useId();
  const choices =
    value.media && !mediaPaths.includes(value.media) ? [value.media, ...mediaPaths] : mediaPaths;
  return (
    <div className="item-form">
      <LocalTextField
        label={t('content.experience.title')}
        value={value.title}
        onChange={(title) => onChange({ ...value, title })}
      />
      <LocalTextField
        label={t('content.experience.summary')}
        value={value.summary}
        onChange={(summary) => onChange({ ...value, summary })}
      />
      <div className="field">
        <label className="field__label" htmlFor={`${id}-zone`}>
          {t('content.experience.zone')}
        </label>
        <select
          id={`${id}-zone`}
          className="field__input"
          value={value.zoneId}
          onChange={(event) => onChange({ ...value, zoneId: event.target.value })}
        >
          {zones.map((zone) => (
            <option key={zone.id} value={zone.id}>
              {zone.name[language]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={id}>
          {t('content.experience.media')}
        </label>
        <select
          id={id}
          className="field__input"
          value={value.media ?? ''}
          onChange={(event) => onChange({ ...value, media: event.target.value || null })}
        >
          <option value="">{t('content.experience.noMedia')}</option>
          {choices.map((path) => (
            <option key={path} value={path}>
              {path.slice('/media/'.length)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
