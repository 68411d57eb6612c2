export function WarningText({ children, assistiveText }: { children: React.ReactNode; assistiveText: string }) {
  return (
    <div className="govuk-warning-text">
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">{assistiveText}</span>
        {children}
      </strong>
    </div>
  );
}
