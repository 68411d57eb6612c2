import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notFound"))("title") };
}

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{t("title")}</h1>
        <p className="govuk-body">{t("typed")}</p>
        <p className="govuk-body">{t("pasted")}</p>
        <p className="govuk-body">
          <a className="govuk-link" href="/dashboard">
            {t("dashboard")}
          </a>
        </p>
      </div>
    </div>
  );
}
