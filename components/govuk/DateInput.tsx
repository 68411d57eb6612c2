import { ErrorMessage, describedBy } from "./ErrorMessage";

type Part = { name: string; label: string; value?: string; width: 2 | 4 };
type Props = { id: string; legend: string; hint?: string; error?: string; parts: Part[] };

/** GOV.UK date input; the first part carries the group's id so that the error summary can link to it. */
export function DateInput({ id, legend, hint, error, parts }: Props) {
  return (
    <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      <fieldset className="govuk-fieldset" role="group" aria-describedby={describedBy(id, hint, error)}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        {hint && (
          <div id={`${id}-hint`} className="govuk-hint">
            {hint}
          </div>
        )}
        <ErrorMessage id={id} message={error} />
        <div className="govuk-date-input">
          {parts.map((part, index) => (
            <div className="govuk-date-input__item" key={part.name}>
              <div className="govuk-form-group">
                <label className="govuk-label govuk-date-input__label" htmlFor={index === 0 ? id : `${id}-${part.name}`}>
                  {part.label}
                </label>
                <input
                  className={`govuk-input govuk-date-input__input govuk-input--width-${part.width}${error ? " govuk-input--error" : ""}`}
                  id={index === 0 ? id : `${id}-${part.name}`}
                  name={part.name}
                  type="text"
                  inputMode="numeric"
                  defaultValue={part.value}
                />
              </div>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
