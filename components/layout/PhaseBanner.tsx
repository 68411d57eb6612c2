import { getTranslations } from "next-intl/server";

export async function PhaseBanner() {
  const t = await getTranslations("layout");
  return (
    <div className="govuk-phase-banner">
      <p className="govuk-phase-banner__content">
        <strong className="govuk-tag govuk-phase-banner__content__tag">{t("phase")}</strong>
        <span className="govuk-phase-banner__text">{t("phaseText")}</span>
      </p>
    </div>
  );
}
