import { useId } from 'react';
import { useText } from '../i18n/LanguageProvider';
import type { IdProblem } from './new-item';

interface NewIdFieldProps {
  id: string;
  problem: IdProblem | null;
  onType: (id: string) => void;
  /** Drops what was typed: the id follows the name again. */
  onFromName: () => void;
}

/** A new item's id: made from its name until HQ types one; a taken or malformed one is refused. */
export function NewIdField({ id, problem, onType, onFromName }: NewIdFieldProps) {
  const { t } = useText();
  const inputId = useId();
  return (
    <div className="field new-id">
      <label className="field__label" htmlFor={inputId}>
        {t('content.id.label')}
      </label>
      <div className="new-id__row">
        <input
          id={inputId}
          className="field__input"
          value={id}
          spellCheck={false}
          autoCapitalize="off"
          aria-invalid={problem ? true : undefined}
          aria-describedby={`${inputId}-hint`}
          onChange={(event) => onType(event.target.value.trim())}
        />
        <button type="button" className="button button--ghost button--small" onClick={onFromName}>
          {t('content.id.fromName')}
        </button>
      </div>
      <span id={`${inputId}-hint`} className="field__hint">
        {t('content.id.hint')}
      </span>
      {problem && (
        <span className="field__problem" role="alert">
          {problem === 'taken'
            ? t('content.id.taken', { id })
            : t(problem === 'empty' ? 'content.id.empty' : 'content.id.format')}
        </span>
      )}
    </div>
  );
}
