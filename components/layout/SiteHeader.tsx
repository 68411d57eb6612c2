import { getLocale, getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import type { Actor } from "@/lib/server/auth/actor";

type NavItem = { href: string; text: string };

/** Service name header (no crown: this service is not on GOV.UK), service navigation and the language switch. */
export async function SiteHeader({ actor }: { actor: Actor | null }) {
  const t = await getTranslations("layout");
  const locale = await getLocale();
  const requestHeaders = await headers();
  const pathname = requestHeaders.get("x-pathname") ?? "/";
  const items: NavItem[] = actor
    ? [
        { href: "/dashboard", text: t("nav.dashboard") },
        ...(actor.organisationKind === "buyer" ? [{ href: "/assessments", text: t("nav.assessments") }] : []),
        ...(actor.role === "organisation-admin" || actor.role === "supplier-admin" ? [{ href: "/members", text: t("nav.members") }] : []),
        { href: "/signout", text: t("nav.signOut") },
      ]
    : [{ href: "/signin", text: t("nav.signIn") }];
  const back = encodeURIComponent(requestHeaders.get("x-return-to") ?? pathname);
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
              <ul className="govuk-service-navigation__list" id="navigation">
                {items.map((item) => {
                  const current = pathname === item.href || pathname.startsWith(`${item.href}/`);
                  return (
                    <li key={item.href} className={`govuk-service-navigation__item${current ? " govuk-service-navigation__item--active" : ""}`}>
                      <a className="govuk-service-navigation__link" href={item.href} aria-current={current ? "page" : undefined}>
                        {current ? <strong className="govuk-service-navigation__active-fallback">{item.text}</strong> : item.text}
                      </a>
                    </li>
                  );
                })}
              </ul>
            </nav>
          </div>
          <nav className="govuk-language-navigation" aria-label={t("languageNavigation")}>
            <ul className="govuk-language-navigation__list">
              {(["en", "cy"] as const).map((language) => (
                <li className="govuk-language-navigation__list-item" key={language}>
                  {language === locale ? (
                    <span className="govuk-language-navigation__text" lang={language} aria-current="true">
                      {t(`language.${language}`)}
                    </span>
                  ) : (
                    <a className="govuk-language-navigation__link" href={`/language/${language}?back=${back}`} lang={language} hrefLang={language} rel="alternate">
                      {t(`language.${language}`)}
                    </a>
                  )}
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </section>
    </>
  );
}
