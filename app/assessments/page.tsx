import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { AssessmentListFilter } from "@/components/assessments/AssessmentListFilter";
import { AssessmentStatusTag } from "@/components/assessments/AssessmentStatusTag";
import { Table } from "@/components/govuk/Table";
import { SuccessBanner } from "@/components/layout/SuccessBanner";
import { momentInWords } from "@/lib/domain/dates";
import { assessmentTitle } from "@/lib/i18n/assessment-title";
import { toLocale } from "@/lib/i18n/locales";
import { assessmentListQuery } from "@/lib/schemas/lifecycle";
import { assessmentReaders, canEdit } from "@/lib/server/assessments/access";
import { listAssessments } from "@/lib/server/assessments/list-assessments";
import { requireActor } from "@/lib/server/auth/actor";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("assessments"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AssessmentsPage({ searchParams }: Props) {
  const actor = await requireActor({ roles: assessmentReaders, returnTo: "/assessments" });
  const t = await getTranslations("assessments");
  const tl = await getTranslations("lifecycle");
  const tc = await getTranslations("common");
  const locale = toLocale(await getLocale());
  const params = await searchParams;
  const query = assessmentListQuery.parse({ q: params.q, sort: params.sort, archived: params.archived });
  const filtered = Boolean(query.q || query.archived || query.sort !== "created");
  const assessments = await listAssessments(actor, query);
  return (
    <>
      {params.done === "draftDeleted" && <SuccessBanner title={tc("success")} heading={tl("done.draftDeleted")} />}
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
      <AssessmentListFilter query={query} />
      {assessments.length === 0 ? (
        <div className="govuk-inset-text" data-testid="no-assessments">{filtered ? tl("list.noMatch") : canEdit(actor) ? t("emptyOfficer") : t("empty")}</div>
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
              momentInWords(assessment.responseDeadline, locale),
              <AssessmentStatusTag key="status" status={assessment.status} archived={assessment.archived} />,
              t("responseCount", { submitted: assessment.submitted, invited: assessment.invited }),
            ],
          }))}
        />
      )}
    </>
  );
}
