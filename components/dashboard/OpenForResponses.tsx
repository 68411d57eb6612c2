import { getLocale, getTranslations } from "next-intl/server";
import { Table } from "@/components/govuk/Table";
import type { DashboardAssessment } from "@/lib/domain/dashboard/work-waiting";
import { momentInWords } from "@/lib/domain/dates";
import { inLanguage } from "@/lib/i18n/in-language";
import { toLocale } from "@/lib/i18n/locales";

/** Assessments open for responses: when each closes and how many invited suppliers have started and submitted. */
export async function OpenForResponses({ assessments }: { assessments: DashboardAssessment[] }) {
  const t = await getTranslations("dashboard.open");
  const locale = toLocale(await getLocale());
  if (assessments.length === 0) return null;
  return (
    <Table
      caption={t("caption")}
      captionSize="s"
      head={[t("assessment"), t("closes"), t("submitted"), t("started")]}
      numeric={[2, 3]}
      testId="open-for-responses"
      rows={assessments.map((assessment) => {
        const title = inLanguage(assessment.title, locale);
        return {
          key: assessment.id,
          cells: [
            <>
              <a className="govuk-link" href={`/assessments/${assessment.id}`} lang={title.lang}>
                {title.text}
              </a>
              <br />
              <span className="govuk-hint">{assessment.reference}</span>
            </>,
            momentInWords(assessment.responseDeadline, locale),
            t("ofInvited", { submitted: assessment.submitted, invited: assessment.invited }),
            assessment.started,
          ],
        };
      })}
    />
  );
}
