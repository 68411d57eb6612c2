import { ErrorMessage } from "./ErrorMessage";

type Props = { id: string; name?: string; label: string; hint?: string; value?: string; checked?: boolean; disabled?: boolean; error?: string };

/** A single GOV.UK checkbox (a yes/no question), in its own form group. */
export function Checkbox({ id, name, label, hint, value = "yes", checked, disabled, error }: Props) {
  return (
    <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      <ErrorMessage id={id} message={error} />
      <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
        <div className="govuk-checkboxes__item">
          <input className="govuk-checkboxes__input" id={id} name={name ?? id} type="checkbox" value={value} defaultChecked={checked} disabled={disabled} aria-describedby={hint ? `${id}-item-hint` : undefined} />
          <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
            {label}
          </label>
          {hint && (
            <div id={`${id}-item-hint`} className="govuk-hint govuk-checkboxes__hint">
              {hint}
            </div>
          )}
        </div>
      </div>
    </div>
  );
}
