import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { AddCriteriaForm } from "@/components/assessments/AddCriteriaForm";
import { BackLink } from "@/components/govuk/BackLink";
import { withClientMessages } from "@/components/layout/ClientMessages";
import { getFramework } from "@/lib/domain/framework/registry";
import { assessmentTitle } from "@/lib/i18n/assessment-title";
import { toLocale } from "@/lib/i18n/locales";
import { requireActor } from "@/lib/server/auth/actor";
import { assessmentEditors } from "@/lib/server/assessments/access";
import { getAssessment } from "@/lib/server/assessments/get-assessment";
import { pageNotFound } from "@/lib/server/page-not-found";
import { addCriteriaAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("assessments.addCriteria"))("title") };
}

async function AddCriteriaPage({ params }: { params: Promise<{ assessmentId: string }> }) {
  const { assessmentId } = await params;
  const actor = await requireActor({ roles: assessmentEditors, returnTo: `/assessments/${assessmentId}/criteria/add` });
  const assessment = await getAssessment(actor, assessmentId);
  if (!assessment || assessment.status !== "draft") pageNotFound();
  const framework = getFramework(assessment.framework.id, assessment.framework.version);
  const t = await getTranslations("assessments.addCriteria");
  const tc = await getTranslations("common");
  const tr = await getTranslations("rules");
  const locale = toLocale(await getLocale());
  const present = new Set(assessment.criteria.map((c) => c.frameworkCriterionId));
  const available = (framework?.criteria ?? []).filter((criterion) => !present.has(criterion.id));
  const groups = (["BR1", "BR2", "BR3", "OUTCOME"] as const)
    .map((rule) => ({
      heading: tr(rule),
      items: available.filter((c) => c.rule === rule).map((c) => ({ id: c.id, title: c.title[locale], hint: c.level === "outcome" ? t("outcome") : t("level", { level: c.level }) })),
    }))
    .filter((group) => group.items.length > 0);
  return (
    <>
      <BackLink href={`/assessments/${assessment.id}`} text={tc("back")} />
      <span className="govuk-caption-l">{assessmentTitle(assessment, locale)}</span>
      <h1 className="govuk-heading-l">{t("title")}</h1>
      <p className="govuk-body">{t("body")}</p>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <AddCriteriaForm action={addCriteriaAction.bind(null, assessment.id, assessment.version)} groups={groups} />
        </div>
      </div>
    </>
  );
}

export default withClientMessages(AddCriteriaPage, ["assessments.addCriteria", "errors", "rules"]);
