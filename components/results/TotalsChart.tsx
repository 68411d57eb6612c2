/**
 * Totals as a horizontal bar chart drawn on the server in HTML: each supplier's name on its own line above its bar
 * and total, so it reads at any width (375 px too) and at 400 % zoom, with text at the page's own size. A screen
 * reader meets it as a list of names and totals; the same figures are in the ranking table. Each bar is an SVG
 * rectangle sized by attribute, as the content security policy allows no inline styles.
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
              <svg className="app-bar-chart__bar" aria-hidden="true" focusable="false" width="100%" height="24">
                <rect className="app-bar-chart__fill" width={`${Math.max(0.5, Math.min(100, row.total))}%`} height="24" />
              </svg>
              <span className="app-bar-chart__value">{row.total.toFixed(2)}</span>
            </span>
          </li>
        ))}
      </ol>
    </figure>
  );
}
