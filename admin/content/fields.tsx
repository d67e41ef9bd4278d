import { useId, useState } from 'react';
import type { LocalText } from '../../shared';
import { useText } from '../i18n/LanguageProvider';
import { fenToYuanText, yuanToFen } from './money-input';

interface LocalTextFieldProps {
  label: string;
  value: LocalText;
  onChange: (value: LocalText) => void;
  problem?: string | undefined;
}

/** One text in both kiosk languages, side by side. */
export function LocalTextField({ label, value, onChange, problem }: LocalTextFieldProps) {
  const { t } = useText();
  const id = useId();
  return (
    <fieldset className="local-text">
      <legend className="field__label">{label}</legend>
      <div className="local-text__pair">
        <label className="local-text__lang" htmlFor={`${id}-zh`}>
          {t('content.field.zh')}
        </label>
        <input
          id={`${id}-zh`}
          className="field__input"
          aria-label={`${label} ${t('content.field.zh')}`}
          value={value.zh}
          onChange={(event) => onChange({ ...value, zh: event.target.value })}
        />
        <label className="local-text__lang" htmlFor={`${id}-en`}>
          {t('content.field.en')}
        </label>
        <input
          id={`${id}-en`}
          className="field__input"
          aria-label={`${label} ${t('content.field.en')}`}
          value={value.en}
          onChange={(event) => onChange({ ...value, en: event.target.value })}
        />
      </div>
      {problem && (
        <span className="field__problem" role="alert">
          {problem}
        </span>
      )}
    </fieldset>
  );
}

interface MoneyFieldProps {
  label: string;
  fen: number;
  onChange: (fen: number) => void;
}

/** An amount in yuan as typed; the item changes only while the text is a valid amount. */
export function MoneyField({ label, fen, onChange }: MoneyFieldProps) {
  const { t } = useText();
  const id = useId();
  const [text, setText] = useState(() => fenToYuanText(fen));
  const valid = yuanToFen(text) !== null;
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <span className="money-input">
        <span className="money-input__unit" aria-hidden="true">
          ¥
        </span>
        <input
          id={id}
          className="field__input money-input__field"
          inputMode="decimal"
          value={text}
          aria-invalid={valid ? undefined : true}
          onChange={(event) => {
            setText(event.target.value);
            const next = yuanToFen(event.target.value);
            if (next !== null) onChange(next);
          }}
        />
      </span>
      {!valid && (
        <span className="field__problem" role="alert">
          {t('content.field.amountInvalid')}
        </span>
      )}
    </div>
  );
}

interface CountFieldProps {
  label: string;
  value: number;
  onChange: (value: number) => void;
  max?: number;
}

/** A whole number (minutes, MB, months). */
export function CountField({ label, value, onChange, max = 1_000_000 }: CountFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="field__input count-input"
        type="number"
        min={0}
        max={max}
        step={1}
        value={value}
        onChange={(event) => {
          const next = Number(event.target.value);
          if (Number.isInteger(next) && next >= 0 && next <= max) onChange(next);
        }}
      />
    </div>
  );
}

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
}

/** A plain text that is the same in both languages (a brand, a model). */
export function TextField({ label, value, onChange }: TextFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="field__input"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
