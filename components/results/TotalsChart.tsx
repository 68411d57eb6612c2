/**
 * Totals as a horizontal bar chart drawn on the server as SVG. It is an image with a text alternative; the same
 * figures are in the ranking table next to it, so nothing depends on seeing the chart.
 */
export function TotalsChart({ title, rows }: { title: string; rows: { label: string; total: number }[] }) {
  const barHeight = 28;
  const gap = 10;
  const labelWidth = 220;
  const chartWidth = 420;
  const height = rows.length * (barHeight + gap) + 30;
  const description = rows.map((row) => `${row.label}: ${row.total.toFixed(2)}`).join("; ");
  return (
    <figure className="govuk-!-margin-0 govuk-!-margin-bottom-6">
      <svg className="app-chart" role="img" aria-labelledby="totals-chart-title totals-chart-desc" viewBox={`0 0 ${labelWidth + chartWidth + 70} ${height}`} width={labelWidth + chartWidth + 70} height={height}>
        <title id="totals-chart-title">{title}</title>
        <desc id="totals-chart-desc">{description}</desc>
        {[0, 25, 50, 75, 100].map((tick) => (
          <g key={tick}>
            <line x1={labelWidth + (tick / 100) * chartWidth} x2={labelWidth + (tick / 100) * chartWidth} y1={0} y2={height - 20} stroke="#b1b4b6" strokeWidth={1} />
            <text x={labelWidth + (tick / 100) * chartWidth} y={height - 5} fontSize="14" textAnchor="middle" fill="#0b0c0c">
              {tick}
            </text>
          </g>
        ))}
        {rows.map((row, index) => {
          const y = index * (barHeight + gap);
          return (
            <g key={row.label}>
              <text x={labelWidth - 8} y={y + barHeight / 2 + 5} fontSize="16" textAnchor="end" fill="#0b0c0c">
                {row.label.length > 26 ? `${row.label.slice(0, 25)}…` : row.label}
              </text>
              <rect x={labelWidth} y={y} width={(Math.max(0, Math.min(100, row.total)) / 100) * chartWidth} height={barHeight} fill="#1d70b8" />
              <text x={labelWidth + (row.total / 100) * chartWidth + 6} y={y + barHeight / 2 + 5} fontSize="16" fill="#0b0c0c">
                {row.total.toFixed(2)}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
