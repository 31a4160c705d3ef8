import type { ReactElement } from 'react';

interface FieldAria {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby'?: string;
  'aria-required': true;
}

interface PlainFieldProps {
  id: string;
  label: string;
  /** The rule the value breaks, worded for the user; announced as it appears. */
  error?: string;
  /** A note under the field. */
  extra?: string;
  children(aria: FieldAria): ReactElement;
}

/** A labelled form field in plain elements: its error and note are tied to the input for screen readers. */
export function PlainField({ id, label, error, extra, children }: PlainFieldProps) {
  const errorId = `${id}-error`;
  const extraId = `${id}-extra`;
  const describedBy = [error && errorId, extra && extraId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'plain-field plain-field--error' : 'plain-field'}>
      <label className="plain-field__label" htmlFor={id}>
        {label}
      </label>
      {children({ id, 'aria-invalid': !!error, 'aria-describedby': describedBy, 'aria-required': true })}
      {error && (
        <div id={errorId} className="plain-field__error" role="alert">
          {error}
        </div>
      )}
      {extra && (
        <div id={extraId} className="plain-field__extra">
          {extra}
        </div>
      )}
    </div>
  );
}
