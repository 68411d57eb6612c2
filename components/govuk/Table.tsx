import type { ReactNode } from "react";

type Props = {
  caption: string;
  head: ReactNode[];
  rows: { key: string; cells: ReactNode[] }[];
  captionSize?: "s" | "m" | "l";
  /** Indexes of columns holding figures: right-aligned, as GOV.UK tables show numbers. */
  numeric?: readonly number[];
  testId?: string;
};

/**
 * GOV.UK table; each row's first cell is its header. It sits in a region that scrolls sideways when the table is wider
 * than the screen, so a narrow screen never scrolls the whole page (the region is named by the caption, and focusable
 * for keyboard users).
 */
export function Table({ caption, head, rows, captionSize = "m", numeric = [], testId }: Props) {
  const modifier = (index: number, kind: "header" | "cell") => (numeric.includes(index) ? ` govuk-table__${kind}--numeric` : "");
  return (
    <div className="app-table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="govuk-table" data-testid={testId}>
        <caption className={`govuk-table__caption govuk-table__caption--${captionSize}`}>{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {head.map((cell, index) => (
              <th scope="col" className={`govuk-table__header${modifier(index, "header")}`} key={index}>
                {cell}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.map((row) => (
            <tr className="govuk-table__row" key={row.key}>
              {row.cells.map((cell, index) =>
                index === 0 ? (
                  <th scope="row" className="govuk-table__header" key={index}>
                    {cell}
                  </th>
                ) : (
                  <td className={`govuk-table__cell${modifier(index, "cell")}`} key={index}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
