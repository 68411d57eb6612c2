"use client";

import { useEffect, useRef } from "react";

export type FieldErrors = Record<string, string | undefined>;

/**
 * GOV.UK error summary. Each error links to the field whose id is its key, or to the address `links` gives for it
 * (a problem solved on another page); "form" is a problem with no one field; "signin" (the session ended while the
 * person typed) links to signing in again in a new tab, so the form and what was typed stay.
 */
export function ErrorSummary({ title, errors, links = {} }: { title: string; errors: FieldErrors; links?: Record<string, string> }) {
  const entries = Object.entries(errors).filter((entry): entry is [string, string] => Boolean(entry[1]));
  const summary = useRef<HTMLDivElement>(null);
  // Move focus to the summary whenever a form comes back with errors, as GOV.UK Frontend does on page load.
  const signature = entries.map(([field, message]) => field + message).join();
  useEffect(() => {
    if (signature) summary.current?.focus();
  }, [signature]);
  if (entries.length === 0) return null;
  return (
    <div className="govuk-error-summary" ref={summary} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title}</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {entries.map(([field, message]) => (
              <li key={field}>
                {links[field] ? (
                  <a href={links[field]}>{message}</a>
                ) : field === "form" ? (
                  message
                ) : field === "signin" ? (
                  <a href="/signin" target="_blank" rel="noopener noreferrer">
                    {message}
                  </a>
                ) : (
                  <a href={`#${field}`}>{message}</a>
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
