import { useId } from 'react';
import { useText } from '../i18n/LanguageProvider';
import { periodLabel } from './commission-format';

interface CommissionToolbarProps {
  periods: readonly string[];
  period: string;
  onPeriodChange: (period: string) => void;
}

/** The month picker and the print button (the printout leaves the console's chrome out). */
export function CommissionToolbar({ periods, period, onPeriodChange }: CommissionToolbarProps) {
  const { t, language } = useText();
  const id = useId();
  return (
    <div className="toolbar commission-toolbar">
      <div className="field field--inline">
        <label className="field__label" htmlFor={id}>
          {t('commission.month')}
        </label>
        <select
          id={id}
          className="field__input"
          value={period}
          onChange={(event) => onPeriodChange(event.target.value)}
        >
          {periods.map((option) => (
            <option key={option} value={option}>
              {periodLabel(option, language)}
            </option>
          ))}
        </select>
      </div>
      <div className="toolbar__spacer" />
      <button type="button" className="button button--secondary" onClick={() => window.print()}>
        <span aria-hidden="true">⎙</span>
        {t('commission.print')}
      </button>
    </div>
  );
}
