import { Fragment } from "react";

/** The GOV.UK pagination component: previous and next, the first and last pages, and those around the current one. */
export function Pagination({ label, page, pages, hrefOf, words }: { label: string; page: number; pages: number; hrefOf: (page: number) => string; words: { previous: string; next: string; page: (number: number) => string } }) {
  if (pages <= 1) return null;
  const shown = [...new Set([1, page - 1, page, page + 1, pages])].filter((number) => number >= 1 && number <= pages).sort((a, b) => a - b);
  return (
    <nav className="govuk-pagination" aria-label={label}>
      {page > 1 && (
        <div className="govuk-pagination__prev">
          <a className="govuk-link govuk-pagination__link" href={hrefOf(page - 1)} rel="prev">
            <svg className="govuk-pagination__icon govuk-pagination__icon--prev" xmlns="http://www.w3.org/2000/svg" height="13" width="15" aria-hidden="true" focusable="false" viewBox="0 0 15 13">
              <path d="m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z" />
            </svg>
            <span className="govuk-pagination__link-title">{words.previous}</span>
          </a>
        </div>
      )}
      <ul className="govuk-pagination__list">
        {shown.map((number, index) => (
          <Fragment key={number}>
            {index > 0 && number - shown[index - 1] > 1 && <li className="govuk-pagination__item govuk-pagination__item--ellipses">⋯</li>}
            <li className={`govuk-pagination__item${number === page ? " govuk-pagination__item--current" : ""}`}>
              <a className="govuk-link govuk-pagination__link" href={hrefOf(number)} aria-label={words.page(number)} aria-current={number === page ? "page" : undefined}>
                {number}
              </a>
            </li>
          </Fragment>
        ))}
      </ul>
      {page < pages && (
        <div className="govuk-pagination__next">
          <a className="govuk-link govuk-pagination__link" href={hrefOf(page + 1)} rel="next">
            <span className="govuk-pagination__link-title">{words.next}</span>
            <svg className="govuk-pagination__icon govuk-pagination__icon--next" xmlns="http://www.w3.org/2000/svg" height="13" width="15" aria-hidden="true" focusable="false" viewBox="0 0 15 13">
              <path d="m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z" />
            </svg>
          </a>
        </div>
      )}
    </nav>
  );
}
