import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { BackLink } from "@/components/govuk/BackLink";
import { assessmentTitle } from "@/lib/i18n/assessment-title";
import type { Locale } from "@/lib/i18n/locales";
import type { ResultsOverviewOutcome } from "@/lib/server/assessments/get-results";

// The overview's types: full results, and the full assessment, are read where they are too.
type Outcome = Exclude<ResultsOverviewOutcome, { kind: "not-found" }>;

/** The top of every results page: the way back, any error summary (`children`), the assessment's title and the heading. */
export async function ResultsHeader({ assessment, locale, heading, backHref, children }: { assessment: Outcome["assessment"]; locale: Locale; heading: string; backHref: string; children?: ReactNode }) {
  const tc = await getTranslations("common");
  return (
    <>
      <BackLink href={backHref} text={tc("back")} />
      {children}
      <span className="govuk-caption-l">{assessmentTitle(assessment, locale)}</span>
      <h1 className="govuk-heading-l">{heading}</h1>
    </>
  );
}

/** What a results page shows before the deadline, or when the results cannot be worked out yet. */
export async function ResultsNotReady({ results, locale, header }: { results: Exclude<Outcome, { kind: "results" }>; locale: Locale; header: ReactNode }) {
  const t = await getTranslations("results");
  if (results.kind === "before-deadline") return <>{header}<p className="govuk-body">{t("beforeDeadline")}</p></>;
  return (
    <>
      {header}
      <p className="govuk-body">{t("cannotCompute")}</p>
      <ul className="govuk-list govuk-list--bullet">{results.problems.map((p, i) => <li key={i}>{p.message[locale]}</li>)}</ul>
    </>
  );
}
