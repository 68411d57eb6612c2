import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("passwordReset.sent"))("title") };
}

export default async function PasswordResetSentPage() {
  const t = await getTranslations("passwordReset.sent");
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{t("title")}</h1>
        <p className="govuk-body">{t("body")}</p>
        <p className="govuk-body">{t("expiry")}</p>
        <p className="govuk-body">{t("nothing")}</p>
        <p className="govuk-body">
          <a className="govuk-link" href="/signin">{t("back")}</a>
        </p>
      </div>
    </div>
  );
}
