"use client";

import { useTranslations } from "next-intl";

// The detail of the error is in the server log under the same digest; the person sees only the reference.
export default function ErrorPage({ error }: { error: Error & { digest?: string } }) {
  const t = useTranslations("errorPage");
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{t("title")}</h1>
        <p className="govuk-body">{t("body")}</p>
        <p className="govuk-body">{t("reference", { reference: error.digest ?? "–" })}</p>
        <p className="govuk-body">{t("tryAgain")}</p>
      </div>
    </div>
  );
}
