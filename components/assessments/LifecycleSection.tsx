import { getLocale, getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/forms/ActionButton";
import { SummaryList } from "@/components/govuk/SummaryList";
import { dayInWords } from "@/lib/domain/dates";
import type { AssessmentStatus } from "@/lib/domain/lifecycle/assessment-status";
import { standstillPeriod } from "@/lib/domain/lifecycle/standstill";
import type { FormState } from "@/lib/forms/form-state";
import { toLocale } from "@/lib/i18n/locales";
import type { AssessmentView } from "@/lib/server/assessments/get-assessment";
import { StandstillDetails } from "./StandstillDetails";

type Props = {
  assessment: AssessmentView;
  status: AssessmentStatus;
  /** The officer of the owning organisation: may change, extend, decide, archive, delete. */
  editable: boolean;
  archiveAction: (state: FormState) => Promise<FormState>;
};

const button = "govuk-button govuk-button--secondary";

/** What can happen next in the assessment's life, and the decision once recorded (with the standstill period). */
export async function LifecycleSection({ assessment, status, editable, archiveAction }: Props) {
  const t = await getTranslations("lifecycle.overview");
  const locale = toLocale(await getLocale());
  const base = `/assessments/${assessment.id}`;
  const decidedOn = assessment.outcomeDecidedOn?.toISOString().slice(0, 10) ?? null;
  const awarded = assessment.invitations.find((invitation) => invitation.supplierOrganisationId && invitation.supplierOrganisationId === assessment.awardedSupplierOrganisationId);
  return (
    <section id="lifecycle" aria-labelledby="lifecycle-heading">
      <h2 className="govuk-heading-m" id="lifecycle-heading">{t("heading")}</h2>
      <p className="govuk-body" data-testid="status-explained">{t(`explain.${status}`)}</p>
      {assessment.outcome && decidedOn && (
        <>
          <SummaryList
            rows={[
              { key: "decision", label: t("decision"), value: t(`decisions.${assessment.outcome}`) },
              ...(awarded?.supplierName ? [{ key: "supplier", label: t("awardedTo"), value: awarded.supplierName[locale] || awarded.supplierName.en }] : []),
              { key: "date", label: t("decidedOn"), value: dayInWords(decidedOn, locale) },
            ]}
          />
          {assessment.outcome === "awarded" && <StandstillDetails standstill={standstillPeriod(decidedOn)} />}
        </>
      )}
      {editable && (
        <div className="govuk-button-group">
          {status === "draft" && (
            <a className={button} role="button" draggable="false" data-module="govuk-button" href={`${base}/change`}>
              {t("change")}
            </a>
          )}
          {status === "open" && (
            <a className={button} role="button" draggable="false" data-module="govuk-button" href={`${base}/deadline`}>
              {t("extend")}
            </a>
          )}
          {(status === "closed" || status === "evaluated") && (
            <a className={button} role="button" draggable="false" data-module="govuk-button" href={`${base}/outcome`}>
              {t("recordOutcome")}
            </a>
          )}
          {status === "open" && (
            <a className="govuk-link" href={`${base}/outcome`}>
              {t("cancelProcurement")}
            </a>
          )}
          {status === "draft" && (
            <a className="govuk-link" href={`${base}/delete`}>
              {t("delete")}
            </a>
          )}
        </div>
      )}
      {editable && (status === "awarded" || status === "cancelled") && <ActionButton action={archiveAction} label={assessment.archivedAt ? t("unarchive") : t("archive")} />}
    </section>
  );
}
