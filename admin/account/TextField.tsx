import { useId, type InputHTMLAttributes } from 'react';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange'> {
  label: string;
  value: string;
  onChange: (value: string) => void;
  problem?: string | undefined;
  hint?: string | undefined;
}

/** A labelled input with its hint and its problem read out with it (aria-describedby). */
export function TextField({ label, value, onChange, problem, hint, ...input }: TextFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const problemId = `${id}-problem`;
  const shownHint = problem ? undefined : hint;
  const describedBy = [shownHint && hintId, problem && problemId].filter(Boolean).join(' ');
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
        aria-invalid={problem ? true : undefined}
        aria-describedby={describedBy || undefined}
        {...input}
      />
      {shownHint && (
        <span id={hintId} className="field__hint">
          {shownHint}
        </span>
      )}
      {problem && (
        <span id={problemId} className="field__problem" role="alert">
          {problem}
        </span>
      )}
    </div>
  );
}
