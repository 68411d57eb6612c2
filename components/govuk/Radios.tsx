import { Fragment, type ReactNode } from "react";
import { ErrorMessage, describedBy } from "./ErrorMessage";

/**
 * `conditional` is revealed under the radio while it is chosen, by the style sheet alone (app/globals.scss), so it
 * works with and without JavaScript and after the page changes in place.
 */
export type RadioItem = { value: string; text: string; hint?: string; conditional?: ReactNode };

type Props = {
  name: string;
  legend: string;
  items: RadioItem[];
  value?: string;
  hint?: string;
  error?: string;
  inline?: boolean;
  legendSize?: "s" | "m" | "l";
};

/** GOV.UK radios. The first radio carries the field's id so that the error summary can link to it. */
export function Radios({ name, legend, items, value, hint, error, inline, legendSize = "m" }: Props) {
  return (
    <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(name, hint, error)}>
        <legend className={`govuk-fieldset__legend govuk-fieldset__legend--${legendSize}`}>{legend}</legend>
        {hint && (
          <div id={`${name}-hint`} className="govuk-hint">
            {hint}
          </div>
        )}
        <ErrorMessage id={name} message={error} />
        <div className={`govuk-radios${inline ? " govuk-radios--inline" : ""}`} data-module="govuk-radios">
          {items.map((item, index) => {
            const id = index === 0 ? name : `${name}-${index + 1}`;
            return (
              <Fragment key={item.value}>
                <div className="govuk-radios__item">
                  <input
                    className="govuk-radios__input"
                    id={id}
                    name={name}
                    type="radio"
                    value={item.value}
                    defaultChecked={value === item.value}
                    aria-describedby={item.hint ? `${id}-item-hint` : undefined}
                  />
                  <label className="govuk-label govuk-radios__label" htmlFor={id}>
                    {item.text}
                  </label>
                  {item.hint && (
                    <div id={`${id}-item-hint`} className="govuk-hint govuk-radios__hint">
                      {item.hint}
                    </div>
                  )}
                </div>
                {item.conditional && (
                  <div className="govuk-radios__conditional" id={`${id}-conditional`}>
                    {item.conditional}
                  </div>
                )}
              </Fragment>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
