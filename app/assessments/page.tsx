import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Table } from "@/components/govuk/Table";
import { Tag } from "@/components/govuk/Tag";
import { assessmentTitle } from "@/lib/i18n/assessment-title";
import { toLocale } from "@/lib/i18n/locales";
import { requireActor } from "@/lib/server/auth/actor";
import { assessmentReaders, canEdit } from "@/lib/server/assessments/access";
import { listAssessments } from "@/lib/server/assessments/list-assessments";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("assessments"))("title") };
}

export default async function AssessmentsPage() {
  const actor = await requireActor({ roles: assessmentReaders, returnTo: "/assessments" });
  const t = await getTranslations("assessments");
  const format = await getFormatter();
  const locale = await getLocale();
  const assessments = await listAssessments(actor);
  return (
    <>
      <h1 className="govuk-heading-l">{t("title")}</h1>
      {canEdit(actor) && (
        <div className="govuk-button-group">
          <a href="/assessments/new" role="button" draggable="false" className="govuk-button" data-module="govuk-button">
            {t("create")}
          </a>
          <a href="/templates" className="govuk-link">
            {t("fromTemplate")}
          </a>
        </div>
      )}
      {assessments.length === 0 ? (
        <div className="govuk-inset-text">{canEdit(actor) ? t("emptyOfficer") : t("empty")}</div>
      ) : (
        <Table
          caption={t("tableCaption")}
          head={[t("assessment"), t("reference"), t("deadline"), t("status"), t("responses")]}
          rows={assessments.map((assessment) => ({
            key: assessment.id,
            cells: [
              <a className="govuk-link" href={`/assessments/${assessment.id}`} key="title">
                {assessmentTitle(assessment, toLocale(locale))}
              </a>,
              assessment.reference,
              format.dateTime(assessment.responseDeadline, { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/London" }),
              <Tag key="status" colour={assessment.status === "draft" ? "grey" : "green"}>
                {t(`statuses.${assessment.status}`)}
              </Tag>,
              t("responseCount", { submitted: assessment.submitted, invited: assessment.invited }),
            ],
          }))}
        />
      )}
    </>
  );
}
