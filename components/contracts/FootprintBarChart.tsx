import { formatGrouped } from "@/lib/domain/number-text";

export type FootprintBar = { key: string; label: string; reported: number; estimated: number };

type Props = { id: string; caption: string; bars: FootprintBar[]; reportedLabel: string; estimatedLabel: string; describe: (bar: FootprintBar) => string };

const tonnes = (value: number) => `${formatGrouped(value, 1)} t`;

/**
 * Horizontal bars drawn as SVG on the server, reported (solid) and estimated (pale and hatched) side by side in one
 * bar, each bar named in words for screen readers. Names and totals are page text, so they keep their size on a
 * narrow screen; the same figures are in the table that follows the chart.
 */
export function FootprintBarChart({ id, caption, bars, reportedLabel, estimatedLabel, describe }: Props) {
  const largest = Math.max(...bars.map((bar) => bar.reported + bar.estimated), 0);
  const width = (value: number) => (largest === 0 ? 0 : (value / largest) * 100);
  return (
    <figure className="app-bar-chart" data-testid={id}>
      <figcaption className="govuk-heading-s">{caption}</figcaption>
      <p className="govuk-body-s" aria-hidden="true">
        <svg className="app-bar-chart__key" viewBox="0 0 24 16" focusable="false">
          <rect className="app-bar-chart__fill" width="24" height="16" />
        </svg>
        {reportedLabel}
        {"  "}
        <svg className="app-bar-chart__key govuk-!-margin-left-3" viewBox="0 0 24 16" focusable="false">
          <rect className="app-bar-chart__fill--estimated" x="1" y="1" width="22" height="14" />
          <line className="app-bar-chart__hatch" x1="4" y1="15" x2="14" y2="1" />
          <line className="app-bar-chart__hatch" x1="12" y1="15" x2="22" y2="1" />
        </svg>
        {estimatedLabel}
      </p>
      <ul className="app-bar-chart__list">
        {bars.map((bar) => (
          <li className="app-bar-chart__item" key={bar.key}>
            <span className="app-bar-chart__label">{bar.label}</span>
            <span className="app-bar-chart__track">
              <svg className="app-bar-chart__bar" viewBox="0 0 100 10" preserveAspectRatio="none" height="24" role="img" aria-label={describe(bar)} focusable="false">
                <defs>
                  <pattern id={`${id}-${bar.key}-hatch`} width="2" height="10" patternUnits="userSpaceOnUse" patternTransform="skewX(-30)">
                    <line className="app-bar-chart__hatch" x1="0" y1="0" x2="0" y2="10" vectorEffect="non-scaling-stroke" />
                  </pattern>
                </defs>
                {bar.reported > 0 && <rect className="app-bar-chart__fill" x="0" y="0" width={width(bar.reported)} height="10" />}
                {bar.estimated > 0 && (
                  <>
                    <rect className="app-bar-chart__fill--estimated" x={width(bar.reported)} y="0" width={width(bar.estimated)} height="10" vectorEffect="non-scaling-stroke" />
                    <rect x={width(bar.reported)} y="0" width={width(bar.estimated)} height="10" fill={`url(#${id}-${bar.key}-hatch)`} />
                  </>
                )}
              </svg>
              <span className="app-bar-chart__value">{tonnes(bar.reported + bar.estimated)}</span>
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
