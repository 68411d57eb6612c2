import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ExtendDeadlineForm } from "@/components/assessments/ExtendDeadlineForm";
import { BackLink } from "@/components/govuk/BackLink";
import { withClientMessages } from "@/components/layout/ClientMessages";
import { toLondonTime } from "@/lib/domain/assessment-setup/london-time";
import { isoInstant } from "@/lib/schemas/lifecycle";
import { requireActor } from "@/lib/server/auth/actor";
import { assessmentEditors } from "@/lib/server/assessments/access";
import { getAssessment } from "@/lib/server/assessments/get-assessment";
import { pageNotFound } from "@/lib/server/page-not-found";
import { chooseDeadlineAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("lifecycle.extend"))("title") };
}

async function ExtendDeadlinePage({ params, searchParams }: { params: Promise<{ assessmentId: string }>; searchParams: Promise<{ to?: string | string[] }> }) {
  const { assessmentId } = await params;
  const actor = await requireActor({ roles: assessmentEditors, returnTo: `/assessments/${assessmentId}/deadline` });
  const assessment = await getAssessment(actor, assessmentId);
  const now = new Date();
  if (!assessment || assessment.status !== "published" || assessment.organisationId !== actor.organisationId || assessment.outcome || assessment.responseDeadline <= now) pageNotFound();
  const tc = await getTranslations("common");
  // Coming back from the confirmation page: the deadline as chosen there; otherwise the current one.
  const chosen = isoInstant.safeParse((await searchParams).to);
  const current = toLondonTime(chosen.success ? new Date(chosen.data) : assessment.responseDeadline);
  const initial = {
    deadlineDay: String(current.day),
    deadlineMonth: String(current.month),
    deadlineYear: String(current.year),
    deadlineTime: `${String(current.hour).padStart(2, "0")}:${String(current.minute).padStart(2, "0")}`,
  };
  return (
    <>
      <BackLink href={`/assessments/${assessment.id}`} text={tc("back")} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">{assessment.reference}</span>
          <ExtendDeadlineForm action={chooseDeadlineAction.bind(null, assessment.id)} initial={initial} />
        </div>
      </div>
    </>
  );
}

export default withClientMessages(ExtendDeadlinePage, ["assessments.form", "errors", "lifecycle.extend"]);
