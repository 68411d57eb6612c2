import { getLocale, getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/forms/ActionButton";
import { Tag } from "@/components/govuk/Tag";
import { momentInWords } from "@/lib/domain/dates";
import { preparedFileKinds, type PreparedFileKind } from "@/lib/domain/exports/prepared-files";
import type { FormState } from "@/lib/forms/form-state";
import { toLocale } from "@/lib/i18n/locales";
import type { AssessmentView } from "@/lib/server/assessments/get-assessment";
import type { PreparedFileView } from "@/lib/server/prepared-files/get-prepared-file";

const tenderFormats = ["docx", "odt", "xlsx", "csv", "ocds.json"] as const;
const statusColours = { queued: "grey", working: "light-blue", ready: "green", failed: "red" } as const;

/**
 * Downloads in the assessment's language(s): tender criteria at any time; after the deadline, the results as CSV at
 * once and as documents prepared in the background, with the files this person has had prepared.
 */
export async function ExportLinks({ assessment, showResults, ocdsPublishable, prepared, prepare }: {
  assessment: AssessmentView;
  showResults: boolean;
  ocdsPublishable: boolean;
  prepared: PreparedFileView[];
  /** The Prepare buttons' actions, bound to this assessment and file. */
  prepare: (file: PreparedFileKind) => (state: FormState) => Promise<FormState>;
}) {
  const t = await getTranslations("assessments.exports");
  const td = await getTranslations("downloads");
  const locale = toLocale(await getLocale());
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
            <li>
              <a className="govuk-link" href={`/assessments/${assessment.id}/export/results.csv`} download>
                {t("formats.csv")}
              </a>
            </li>
          </ul>
          <p className="govuk-body">{t("prepareHint")}</p>
          {preparedFileKinds.map((file) => (
            <ActionButton key={file} action={prepare(file)} label={t(`prepareAs.${file.slice("results.".length) as "docx"}`)} />
          ))}
          {prepared.length > 0 && (
            <>
              <h3 className="govuk-heading-s">{td("listHeading")}</h3>
              <ul className="govuk-list" data-testid="prepared-files">
                {prepared.map((job) => (
                  <li key={job.id}>
                    <a className="govuk-link" href={`/assessments/${assessment.id}/downloads/${job.id}`}>
                      {td(`files.${job.file.replace(".", "-") as "results-docx"}`)}
                    </a>{" "}
                    <Tag colour={statusColours[job.status]}>{td(`statusTags.${job.status}`)}</Tag>{" "}
                    <span className="govuk-body-s">{td("askedAt", { when: momentInWords(job.createdAt, locale) })}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
