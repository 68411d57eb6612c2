import { getLocale, getTranslations } from "next-intl/server";
import { contractReaders } from "@/lib/domain/contracts/contract-roles";
import { isAdminRole } from "@/lib/domain/organisations/roles";
import { toLocale } from "@/lib/i18n/locales";
import type { Actor } from "@/lib/server/auth/actor";
import { LanguageNavigation, ServiceNavigationItems } from "./HeaderNavigation";

type NavItem = { href: string; text: string };

/** Service name header (no crown: this service is not on GOV.UK), service navigation and the language switch. */
export async function SiteHeader({ actor }: { actor: Actor | null }) {
  const t = await getTranslations("layout");
  const locale = toLocale(await getLocale());
  const items: NavItem[] = actor
    ? [
        { href: "/dashboard", text: t("nav.dashboard") },
        ...(actor.organisationKind === "buyer"
          ? [{ href: "/assessments", text: t("nav.assessments") }]
          : [
              { href: "/responses", text: t("nav.responses") },
              { href: "/evidence", text: t("nav.evidence") },
            ]),
        ...(contractReaders.includes(actor.role) ? [{ href: "/contracts", text: t("nav.contracts") }] : []),
        ...(isAdminRole(actor.role) ? [{ href: "/members", text: t("nav.members") }, { href: "/outbox", text: t("nav.outbox") }] : []),
        { href: "/signout", text: t("nav.signOut") },
      ]
    : [{ href: "/signin", text: t("nav.signIn") }];
  return (
    <>
      <div className="govuk-generic-header">
        <div className="govuk-generic-header__container govuk-width-container">
          <div className="govuk-generic-header__logo">
            <a href="/" className="govuk-generic-header__homepage-link">
              {t("serviceName")}
            </a>
          </div>
        </div>
      </div>
      <section aria-label={t("serviceInformation")} className="govuk-service-navigation" data-module="govuk-service-navigation">
        <div className="govuk-width-container">
          <div className="govuk-service-navigation__container">
            <nav aria-label={t("menu")} className="govuk-service-navigation__wrapper">
              <button type="button" className="govuk-service-navigation__toggle govuk-js-service-navigation-toggle" aria-controls="navigation" hidden aria-hidden="true">
                {t("menu")}
              </button>
              <ServiceNavigationItems items={items} />
            </nav>
          </div>
          <LanguageNavigation label={t("languageNavigation")} current={locale} names={{ en: t("language.en"), cy: t("language.cy") }} />
        </div>
      </section>
    </>
  );
}
