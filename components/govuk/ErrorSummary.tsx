"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { errorSummarySlotId, formRefusedEvent, titleWithError, titleWithoutError } from "@/lib/forms/page-messages";

export type FieldErrors = Record<string, string | undefined>;

/**
 * GOV.UK error summary. Each error links to the field whose id is its key, or to the address `links` gives for it
 * (a problem solved on another page); "form" (or "form-…") is a problem with no one field; "signin" (the session ended while the
 * person typed) links to signing in again in a new tab, so the form and what was typed stay.
 *
 * Drawn beside its form, and focused as the page loads (so without JavaScript too the browser goes to it); once the
 * page's scripts run it moves to the top of the main content, takes focus, puts "Error: " in front of the page title
 * and hides any success banner, as GOV.UK asks.
 */
export function ErrorSummary({ title, errors, links = {} }: { title: string; errors: FieldErrors; links?: Record<string, string> }) {
  const t = useTranslations("common");
  const entries = Object.entries(errors).filter((entry): entry is [string, string] => Boolean(entry[1]));
  const summary = useRef<HTMLDivElement>(null);
  const [slot, setSlot] = useState<HTMLElement | null>(null);
  useEffect(() => setSlot(document.getElementById(errorSummarySlotId)), []);
  const signature = entries.map(([field, message]) => field + message).join();
  const prefix = t("errorPrefix");
  useEffect(() => {
    if (!signature) return;
    document.title = titleWithError(document.title, prefix);
    window.dispatchEvent(new Event(formRefusedEvent));
    summary.current?.focus();
    return () => {
      document.title = titleWithoutError(document.title, prefix);
    };
  }, [signature, prefix, slot]);
  if (entries.length === 0) return null;
  const drawn = (
    <div className="govuk-error-summary" ref={summary} tabIndex={-1} id="error-summary" autoFocus>
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title}</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {entries.map(([field, message]) => (
              <li key={field}>
                {links[field] ? (
                  <a href={links[field]}>{message}</a>
                ) : field === "form" || field.startsWith("form-") ? (
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
  return slot ? createPortal(drawn, slot) : drawn;
}
