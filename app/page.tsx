import { getTranslations } from "next-intl/server";
import { SuccessBanner } from "@/components/layout/SuccessBanner";
import { getActor } from "@/lib/server/auth/actor";

export default async function StartPage({ searchParams }: { searchParams: Promise<{ signedOut?: string }> }) {
  const t = await getTranslations("start");
  const tc = await getTranslations("common");
  const actor = await getActor();
  const { signedOut } = await searchParams;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {signedOut && !actor && <SuccessBanner title={tc("success")} heading={t("signedOut")} />}
        <h1 className="govuk-heading-xl">{t("title")}</h1>
        <p className="govuk-body-l">{t("lede")}</p>
        <p className="govuk-body">{t("useThisServiceTo")}</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>{t("buyers")}</li>
          <li>{t("specialists")}</li>
          <li>{t("suppliers")}</li>
          <li>{t("exports")}</li>
        </ul>
        <p className="govuk-body">{t("rules")}</p>
        <p className="govuk-body">{t("whoFor")}</p>
        <a href={actor ? "/dashboard" : "/signin"} role="button" draggable="false" className="govuk-button govuk-button--start" data-module="govuk-button">
          {actor ? t("goToDashboard") : t("startNow")}
          <svg className="govuk-button__start-icon" xmlns="http://www.w3.org/2000/svg" width="17.5" height="19" viewBox="0 0 33 40" aria-hidden="true" focusable="false">
            <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
          </svg>
        </a>
        <h2 className="govuk-heading-m">{t("beforeYouStart")}</h2>
        <p className="govuk-body">{t("accountNeeded")}</p>
      </div>
    </div>
  );
}
