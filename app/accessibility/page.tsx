import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/server/auth/actor";
import { organisationAdmins } from "@/lib/server/organisations/organisation-admins";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accessibility"))("title") };
}

const eassAddress = "https://www.equalityadvisoryservice.com/";

/**
 * The accessibility statement: what works, the known issues, and how to reach someone — the service's contact
 * address when one is configured (ACCESSIBILITY_CONTACT_EMAIL), and the signed-in person's own organisation admins.
 */
export default async function AccessibilityStatementPage() {
  const t = await getTranslations("accessibility");
  const actor = await getActor();
  const admins = actor ? await organisationAdmins(actor) : [];
  const email = process.env.ACCESSIBILITY_CONTACT_EMAIL?.trim();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{t("title")}</h1>
        <p className="govuk-body-l">{t("lede")}</p>
        <h2 className="govuk-heading-m">{t("using.heading")}</h2>
        {(t.raw("using.paragraphs") as string[]).map((paragraph) => (
          <p className="govuk-body" key={paragraph}>
            {paragraph}
          </p>
        ))}
        <h2 className="govuk-heading-m">{t("status.heading")}</h2>
        <p className="govuk-body">{t("status.paragraph")}</p>
        <ul className="govuk-list govuk-list--bullet" data-testid="known-issues">
          {(t.raw("knownIssues") as string[]).map((issue) => (
            <li key={issue}>{issue}</li>
          ))}
        </ul>
        <h2 className="govuk-heading-m" id="contact">
          {t("contact.heading")}
        </h2>
        <p className="govuk-body" data-testid="accessibility-contact">
          {email
            ? t.rich("contact.email", {
                email,
                link: (chunks) => (
                  <a className="govuk-link" href={`mailto:${email}`}>
                    {chunks}
                  </a>
                ),
              })
            : t("contact.noEmail")}
        </p>
        {admins.length > 0 ? (
          <>
            <p className="govuk-body">{t("contact.admins")}</p>
            <ul className="govuk-list" data-testid="organisation-admins">
              {admins.map((admin) => (
                <li key={admin.email}>
                  {admin.name},{" "}
                  <a className="govuk-link" href={`mailto:${admin.email}`}>
                    {admin.email}
                  </a>
                </li>
              ))}
            </ul>
          </>
        ) : (
          !actor && (
            <p className="govuk-body">
              <a className="govuk-link" href="/signin?callbackUrl=%2Faccessibility">
                {t("contact.signIn")}
              </a>
            </p>
          )
        )}
        <h2 className="govuk-heading-m">{t("enforcement.heading")}</h2>
        <p className="govuk-body">{t("enforcement.paragraph")}</p>
        <p className="govuk-body">
          <a className="govuk-link" href={eassAddress} rel="noreferrer noopener">
            {t("enforcement.link")}
          </a>
        </p>
        <h2 className="govuk-heading-m">{t("compliance.heading")}</h2>
        <p className="govuk-body">{t("compliance.paragraph")}</p>
        <h2 className="govuk-heading-m">{t("preparation.heading")}</h2>
        <p className="govuk-body">{t("preparation.paragraph")}</p>
      </div>
    </div>
  );
}
