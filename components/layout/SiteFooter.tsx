import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations("layout.footer");
  const links = [
    { href: "/accessibility", text: t("accessibility") },
    { href: "/privacy", text: t("privacy") },
    { href: "/cookies", text: t("cookies") },
  ];
  return (
    <footer className="govuk-footer">
      <div className="govuk-width-container">
        <div className="govuk-footer__meta">
          <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
            <h2 className="govuk-visually-hidden">{t("supportLinks")}</h2>
            <ul className="govuk-footer__inline-list">
              {links.map((link) => (
                <li className="govuk-footer__inline-list-item" key={link.href}>
                  <a className="govuk-footer__link" href={link.href}>
                    {link.text}
                  </a>
                </li>
              ))}
            </ul>
            <span className="govuk-footer__licence-description">
              {t.rich("licence", {
                link: (chunks) => (
                  <a className="govuk-footer__link" href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/" rel="license">
                    {chunks}
                  </a>
                ),
              })}
            </span>
          </div>
        </div>
      </div>
    </footer>
  );
}
