import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/server/auth/actor";
import { canEditContract } from "@/lib/server/contracts/access";
import { contractOfAssessment } from "@/lib/server/contracts/get-contract";

/** On an awarded assessment: its contract, or for the officer a way to make it. */
export async function ContractOnAssessment({ actor, assessmentId }: { actor: Actor; assessmentId: string }) {
  const t = await getTranslations("contracts.make");
  const contract = await contractOfAssessment(actor, assessmentId);
  if (contract) {
    return (
      <p className="govuk-body">
        <a className="govuk-link" href={`/contracts/${contract.id}`} data-testid="view-contract">
          {t("view")}
        </a>
      </p>
    );
  }
  if (!canEditContract(actor)) return null;
  return (
    <>
      <p className="govuk-body">{t("fromAssessmentHint")}</p>
      <a className="govuk-button" role="button" draggable="false" data-module="govuk-button" href={`/assessments/${assessmentId}/contract`} data-testid="make-contract">
        {t("fromAssessment")}
      </a>
    </>
  );
}
