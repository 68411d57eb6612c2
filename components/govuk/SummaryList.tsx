import type { ReactNode } from "react";

export function SummaryList({ rows }: { rows: { key: string; label: ReactNode; value: ReactNode; action?: ReactNode }[] }) {
  return (
    <dl className="govuk-summary-list">
      {rows.map((row) => (
        <div className="govuk-summary-list__row" key={row.key}>
          <dt className="govuk-summary-list__key">{row.label}</dt>
          <dd className="govuk-summary-list__value">{row.value}</dd>
          {row.action && <dd className="govuk-summary-list__actions">{row.action}</dd>}
        </div>
      ))}
    </dl>
  );
}
