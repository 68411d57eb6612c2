import type { TextareaHTMLAttributes } from "react";
import { ErrorMessage, describedBy } from "./ErrorMessage";

type Props = { id: string; name?: string; label: string; hint?: string; error?: string; labelClass?: string; lang?: string } & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "name" | "className">;

export function Textarea({ id, name, label, hint, error, labelClass, rows = 5, ...rest }: Props) {
  return (
    <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      <label className={`govuk-label${labelClass ? ` ${labelClass}` : ""}`} htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div id={`${id}-hint`} className="govuk-hint">
          {hint}
        </div>
      )}
      <ErrorMessage id={id} message={error} />
      <textarea className={`govuk-textarea${error ? " govuk-textarea--error" : ""}`} id={id} name={name ?? id} rows={rows} aria-describedby={describedBy(id, hint, error)} {...rest} />
    </div>
  );
}
