import type { ReactNode } from "react";
import { ErrorMessage, describedBy } from "@/components/govuk/ErrorMessage";

export type RadioOption = { value: string; text: string };

/**
 * GOV.UK radios whose ids differ from the field's name, so that several forms on one page (one per conflict or
 * per divergent criterion) keep unique ids. The first radio carries `id`, for the error summary's link.
 */
export function RadioGroup({ id, name, legend, items, value, hint, error, legendSize = "s" }: { id: string; name: string; legend: ReactNode; items: RadioOption[]; value?: string; hint?: string; error?: string; legendSize?: "s" | "m" }) {
  return (
    <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className={`govuk-fieldset__legend govuk-fieldset__legend--${legendSize}`}>{legend}</legend>
        {hint && (
          <div id={`${id}-hint`} className="govuk-hint">
            {hint}
          </div>
        )}
        <ErrorMessage id={id} message={error} />
        <div className="govuk-radios govuk-radios--small" data-module="govuk-radios">
          {items.map((item, index) => {
            const itemId = index === 0 ? id : `${id}-${index + 1}`;
            return (
              <div className="govuk-radios__item" key={item.value}>
                <input className="govuk-radios__input" id={itemId} name={name} type="radio" value={item.value} defaultChecked={value === item.value} />
                <label className="govuk-label govuk-radios__label" htmlFor={itemId}>
                  {item.text}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
