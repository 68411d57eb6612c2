import { getTranslations } from "next-intl/server";

/** On an awarded assessment: its contract, or for the officer (`canMake`) a way to make it. */
export async function ContractOnAssessment({ assessmentId, contractId, canMake }: { assessmentId: string; contractId: string | null; canMake: boolean }) {
  const t = await getTranslations("contracts.make");
  if (contractId) {
    return (
      <p className="govuk-body">
        <a className="govuk-link" href={`/contracts/${contractId}`} data-testid="view-contract">
          {t("view")}
        </a>
      </p>
    );
  }
  if (!canMake) return null;
  return (
    <>
      <p className="govuk-body">{t("fromAssessmentHint")}</p>
      <a className="govuk-button" role="button" draggable="false" data-module="govuk-button" href={`/assessments/${assessmentId}/contract`} data-testid="make-contract">
        {t("fromAssessment")}
      </a>
    </>
  );
}
