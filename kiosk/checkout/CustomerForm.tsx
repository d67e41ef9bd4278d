import { useT } from '../i18n/useT';
import type { CustomerField, CustomerInput } from '../session/sessionMachine';
import type { CustomerProblems } from './customerProblems';

interface CustomerFormProps {
  customer: CustomerInput;
  consent: boolean;
  problems: CustomerProblems;
  showErrors: boolean;
  onChange: (field: CustomerField, value: string) => void;
  onConsent: (consent: boolean) => void;
}

const fields = [
  {
    field: 'name',
    label: 'field.name',
    placeholder: 'field.namePlaceholder',
    inputMode: 'text',
    maxLength: 40,
  },
  {
    field: 'idNumber',
    label: 'field.idNumber',
    placeholder: 'field.idNumberPlaceholder',
    inputMode: 'text',
    maxLength: 18,
  },
  {
    field: 'phone',
    label: 'field.phone',
    placeholder: 'field.phonePlaceholder',
    inputMode: 'numeric',
    maxLength: 11,
  },
] as const;

/** Name, ID number and contact phone, with a label each (姓名 / 身份证号 / 联系电话). */
export function CustomerForm(props: CustomerFormProps) {
  const { customer, consent, problems, showErrors, onChange, onConsent } = props;
  const t = useT();
  return (
    <div className="customer-form">
      {fields.map(({ field, label, placeholder, inputMode, maxLength }) => {
        const problem = showErrors ? problems[field] : undefined;
        const errorId = `customer-${field}-error`;
        return (
          <div key={field} className="field">
            <label className="field__label" htmlFor={`customer-${field}`}>
              {t(label)}
            </label>
            <input
              id={`customer-${field}`}
              className="field__input"
              value={customer[field]}
              placeholder={t(placeholder)}
              inputMode={inputMode}
              maxLength={maxLength}
              autoComplete="off"
              spellCheck={false}
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? errorId : undefined}
              onChange={(event) => {
                const value = event.target.value;
                onChange(field, field === 'idNumber' ? value.toUpperCase() : value);
              }}
            />
            {problem && (
              <p className="field__error" id={errorId}>
                {t(problem)}
              </p>
            )}
          </div>
        );
      })}
      <label className="consent">
        <input
          type="checkbox"
          className="consent__box"
          checked={consent}
          onChange={(event) => onConsent(event.target.checked)}
        />
        <span>{t('order.consent')}</span>
      </label>
      {showErrors && !consent && <p className="field__error">{t('error.consent')}</p>}
    </div>
  );
}
