import { getTranslations } from "next-intl/server";

type Section = { heading: string; paragraphs: string[] };

/** A page of prose from the catalogue: a title, then sections each with a heading and paragraphs. */
export async function InformationPage({ namespace }: { namespace: "privacy" | "cookies" }) {
  const t = await getTranslations(namespace);
  const sections = t.raw("sections") as Section[];
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{t("title")}</h1>
        <p className="govuk-body-l">{t("lede")}</p>
        {sections.map((section) => (
          <section key={section.heading}>
            <h2 className="govuk-heading-m">{section.heading}</h2>
            {section.paragraphs.map((paragraph) => (
              <p className="govuk-body" key={paragraph}>
                {paragraph}
              </p>
            ))}
          </section>
        ))}
      </div>
    </div>
  );
}
