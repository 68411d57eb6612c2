import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { StandstillDetails } from "@/components/assessments/StandstillDetails";
import { ConfirmForm } from "@/components/forms/ConfirmForm";
import { BackLink } from "@/components/govuk/BackLink";
import { SummaryList } from "@/components/govuk/SummaryList";
import { WarningText } from "@/components/govuk/WarningText";
import { withClientMessages } from "@/components/layout/ClientMessages";
import { dayInWords } from "@/lib/domain/dates";
import { assessmentTitle } from "@/lib/i18n/assessment-title";
import { toLocale } from "@/lib/i18n/locales";
import { outcomeChoiceQuery } from "@/lib/schemas/lifecycle";
import { requireActor } from "@/lib/server/auth/actor";
import { assessmentEditors } from "@/lib/server/assessments/access";
import { previewOutcome, type OutcomeDecision } from "@/lib/server/assessments/record-outcome";
import { AppError } from "@/lib/server/errors";
import { pageNotFound } from "@/lib/server/page-not-found";
import { recordOutcomeAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("lifecycle.outcome"))("confirmTitle") };
}


type Props = { params: Promise<{ assessmentId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function ConfirmOutcomePage({ params, searchParams }: Props) {
  const { assessmentId } = await params;
  const actor = await requireActor({ roles: assessmentEditors, returnTo: `/assessments/${assessmentId}/outcome` });
  const parsed = outcomeChoiceQuery.safeParse(await searchParams);
  if (!parsed.success) pageNotFound();
  const decision: OutcomeDecision = parsed.data.decision === "awarded" ? { decision: "awarded", supplierOrganisationId: parsed.data.supplier, decidedOn: parsed.data.on } : { decision: "cancelled", decidedOn: parsed.data.on };
  const t = await getTranslations("lifecycle.outcome");
  const locale = toLocale(await getLocale());
  const te = await getTranslations("errors");
  const tc = await getTranslations("common");
  // Back to the form with the decision as chosen, to change it rather than start again.
  const back = `/assessments/${assessmentId}/outcome?${new URLSearchParams(parsed.data)}`;
  let preview: Awaited<ReturnType<typeof previewOutcome>>;
  try {
    preview = await previewOutcome(actor, assessmentId, decision);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return (
      <>
        <BackLink href={back} text={tc("back")} />
        <h1 className="govuk-heading-l">{t("confirmTitle")}</h1>
        <p className="govuk-body" data-testid="outcome-refused">{te(error.messageKey)}</p>
        <a className="govuk-link" href={back}>{t("chooseAgain")}</a>
      </>
    );
  }
  if (!preview) pageNotFound();
  const awarded = decision.decision === "awarded" ? preview.ranking.find((entry) => entry.supplierId === decision.supplierOrganisationId) : undefined;
  const submitted = preview.assessment.invitations.filter((invitation) => invitation.progress === "submitted").length;
  // A cancellation is told to every supplier invited, whether or not it submitted.
  const invited = preview.assessment.invitations.filter((invitation) => !invitation.withdrawnAt).length;
  return (
    <>
      <BackLink href={back} text={tc("back")} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">{preview.assessment.reference}</span>
          <h1 className="govuk-heading-l">{decision.decision === "awarded" ? t("confirmAward") : t("confirmCancel")}</h1>
          <SummaryList
            rows={[
              { key: "assessment", label: t("assessment"), value: assessmentTitle(preview.assessment, locale) },
              { key: "decision", label: t("decision"), value: decision.decision === "awarded" ? t("award") : t("cancel") },
              ...(awarded ? [{ key: "supplier", label: t("supplier"), value: awarded.name[locale] }] : []),
              { key: "date", label: t("decidedOn"), value: dayInWords(decision.decidedOn, locale) },
            ]}
          />
          {preview.standstill && <StandstillDetails standstill={preview.standstill} />}
          <p className="govuk-body">{decision.decision === "awarded" ? t("suppliersTold", { count: submitted }) : t("invitedTold", { count: invited })}</p>
          <WarningText assistiveText={tc("warning")}>{t("final")}</WarningText>
          <ConfirmForm
            action={recordOutcomeAction.bind(null, preview.assessment.id, decision.decision, decision.decision === "awarded" ? decision.supplierOrganisationId : "", decision.decidedOn, preview.assessment.version)}
            label={decision.decision === "awarded" ? t("confirmAwardButton") : t("confirmCancelButton")}
            cancel={{ href: `/assessments/${preview.assessment.id}`, text: t("cancelLink") }}
            warning={decision.decision === "cancelled"}
          />
        </div>
      </div>
    </>
  );
}

export default withClientMessages(ConfirmOutcomePage, ["errors"]);
