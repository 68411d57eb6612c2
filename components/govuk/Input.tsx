import type { InputHTMLAttributes } from "react";
import { ErrorMessage, describedBy } from "./ErrorMessage";

type Props = {
  id: string;
  name?: string;
  label: string;
  hint?: string;
  error?: string;
  isPageHeading?: boolean;
  widthClass?: string;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name" | "className">;

export function Input({ id, name, label, hint, error, isPageHeading, widthClass, ...inputProps }: Props) {
  const labelElement = (
    <label className={`govuk-label${isPageHeading ? " govuk-label--l" : ""}`} htmlFor={id}>
      {label}
    </label>
  );
  return (
    <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      {isPageHeading ? <h1 className="govuk-label-wrapper">{labelElement}</h1> : labelElement}
      {hint && (
        <div id={`${id}-hint`} className="govuk-hint">
          {hint}
        </div>
      )}
      <ErrorMessage id={id} message={error} />
      <input
        className={`govuk-input${widthClass ? ` ${widthClass}` : ""}${error ? " govuk-input--error" : ""}`}
        id={id}
        name={name ?? id}
        aria-describedby={describedBy(id, hint, error)}
        {...inputProps}
      />
    </div>
  );
}
