import { getTranslations } from "next-intl/server";
import type { AssessmentView } from "@/lib/server/assessments/get-assessment";

const tenderFormats = ["docx", "odt", "xlsx", "csv", "ocds.json"] as const;
const resultFormats = ["xlsx", "csv", "docx", "odt"] as const;

/** Downloads in the assessment's language(s): tender criteria at any time, results after the deadline. */
export async function ExportLinks({ assessment, showResults, ocdsPublishable }: { assessment: AssessmentView; showResults: boolean; ocdsPublishable: boolean }) {
  const t = await getTranslations("assessments.exports");
  return (
    <section id="exports">
      <h2 className="govuk-heading-m">{t("heading")}</h2>
      <h3 className="govuk-heading-s">{t("tenderCriteria")}</h3>
      <ul className="govuk-list">
        {tenderFormats.map((format) => (
          <li key={format}>
            <a className="govuk-link" href={`/assessments/${assessment.id}/export/tender-criteria.${format}`} download>
              {t(`formats.${format.replace(".", "-")}`)}
            </a>
            {format === "ocds.json" && !ocdsPublishable && <p className="govuk-body-s govuk-!-margin-top-1" data-testid="ocds-not-for-publication">{t("notForPublication")}</p>}
          </li>
        ))}
      </ul>
      {assessment.status === "published" && showResults && (
        <>
          <h3 className="govuk-heading-s">{t("results")}</h3>
          <ul className="govuk-list">
            {resultFormats.map((format) => (
              <li key={format}>
                <a className="govuk-link" href={`/assessments/${assessment.id}/export/results.${format}`} download>
                  {t(`formats.${format}`)}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
