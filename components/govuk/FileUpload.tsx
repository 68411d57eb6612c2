import type { InputHTMLAttributes } from "react";
import { ErrorMessage, describedBy } from "./ErrorMessage";

type Props = { id: string; name?: string; label: string; hint?: string; error?: string } & Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name" | "className" | "type">;

/** GOV.UK file upload, as a plain file input: it works without JavaScript in a multipart form. */
export function FileUpload({ id, name, label, hint, error, ...rest }: Props) {
  return (
    <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div id={`${id}-hint`} className="govuk-hint">
          {hint}
        </div>
      )}
      <ErrorMessage id={id} message={error} />
      <input className={`govuk-file-upload${error ? " govuk-file-upload--error" : ""}`} id={id} name={name ?? id} type="file" aria-describedby={describedBy(id, hint, error)} {...rest} />
    </div>
  );
}
