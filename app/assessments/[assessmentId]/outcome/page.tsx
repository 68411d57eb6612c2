import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { OutcomeForm } from "@/components/assessments/OutcomeForm";
import { BackLink } from "@/components/govuk/BackLink";
import { withClientMessages } from "@/components/layout/ClientMessages";
import { canRecordOutcome } from "@/lib/domain/lifecycle/assessment-status";
import { toLocale } from "@/lib/i18n/locales";
import { outcomeChoiceQuery } from "@/lib/schemas/lifecycle";
import { requireActor } from "@/lib/server/auth/actor";
import { assessmentEditors } from "@/lib/server/assessments/access";
import { previewOutcome } from "@/lib/server/assessments/record-outcome";
import { pageNotFound } from "@/lib/server/page-not-found";
import { chooseOutcomeAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("lifecycle.outcome"))("title") };
}

async function OutcomePage({ params, searchParams }: { params: Promise<{ assessmentId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { assessmentId } = await params;
  const actor = await requireActor({ roles: assessmentEditors, returnTo: `/assessments/${assessmentId}/outcome` });
  const preview = await previewOutcome(actor, assessmentId, null);
  if (!preview || !canRecordOutcome(preview.status, "cancelled")) pageNotFound();
  const t = await getTranslations("lifecycle.outcome");
  const tc = await getTranslations("common");
  const today = new Date().toLocaleDateString("en-GB", { timeZone: "Europe/London", day: "numeric", month: "numeric", year: "numeric" }).split("/");
  const locale = toLocale(await getLocale());
  // Coming back from the confirmation page to change the decision: the form shows it as chosen.
  const chosen = outcomeChoiceQuery.safeParse(await searchParams);
  const [year, month, day] = chosen.success ? chosen.data.on.split("-").map(Number).map(String) : [today[2], today[1], today[0]];
  const initial = { decision: chosen.success ? chosen.data.decision : "", supplierOrganisationId: chosen.success && chosen.data.decision === "awarded" ? chosen.data.supplier : "", decidedDay: day, decidedMonth: month, decidedYear: year };
  const suppliers = preview.ranking.map((entry) => ({ value: entry.supplierId, text: t("rankedSupplier", { name: entry.name[locale], rank: entry.rank, total: entry.total.toFixed(2) }) }));
  return (
    <>
      <BackLink href={`/assessments/${preview.assessment.id}`} text={tc("back")} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">{preview.assessment.reference}</span>
          <OutcomeForm action={chooseOutcomeAction.bind(null, preview.assessment.id)} initial={initial} suppliers={suppliers} />
          {suppliers.length === 0 && <p className="govuk-body" data-testid="award-after-evaluation">{t("awardAfterEvaluation")}</p>}
        </div>
      </div>
    </>
  );
}

export default withClientMessages(OutcomePage, ["errors", "lifecycle.outcome"]);
