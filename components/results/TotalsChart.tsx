/**
 * Totals as a horizontal bar chart drawn on the server in HTML: each supplier's name on its own line above its bar
 * and total, so it reads at any width (375 px too) and at 400 % zoom, with text at the page's own size. A screen
 * reader meets it as a list of names and totals; the same figures are in the ranking table.
 */
export function TotalsChart({ title, rows }: { title: string; rows: { label: string; total: number }[] }) {
  return (
    <figure className="app-bar-chart" data-testid="totals-chart">
      <figcaption className="govuk-heading-s">{title}</figcaption>
      <ol className="app-bar-chart__list">
        {rows.map((row, index) => (
          <li className="app-bar-chart__item" key={`${row.label}-${index}`}>
            <span className="app-bar-chart__label">{row.label}</span>
            <span className="app-bar-chart__track">
              <span className="app-bar-chart__bar" style={{ width: `${Math.max(0, Math.min(100, row.total))}%` }} aria-hidden="true" />
              <span className="app-bar-chart__value">{row.total.toFixed(2)}</span>
            </span>
          </li>
        ))}
      </ol>
    </figure>
  );
}
