import { ErrorMessage, describedBy } from "./ErrorMessage";

type Props = { id: string; name?: string; label: string; hint?: string; error?: string; options: { value: string; text: string }[]; value?: string };

export function Select({ id, name, label, hint, error, options, value }: Props) {
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
      <select className={`govuk-select${error ? " govuk-select--error" : ""}`} id={id} name={name ?? id} defaultValue={value} aria-describedby={describedBy(id, hint, error)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.text}
          </option>
        ))}
      </select>
    </div>
  );
}
