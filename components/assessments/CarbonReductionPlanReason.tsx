import { getFormatter, getTranslations } from "next-intl/server";
import { carbonReductionPlanReason } from "@/lib/domain/assessment-setup/carbon-reduction-plan-gate";
import { CARBON_REDUCTION_PLAN_THRESHOLD } from "@/lib/domain/carbon-reduction-plan-mandatory";
import type { AssessmentView } from "@/lib/server/assessments/get-assessment";

/** Whether the Carbon Reduction Plan is a condition of participation, and why (PPN 006 / WPPN 006 from £5m a year). */
export async function CarbonReductionPlanReason({ assessment }: { assessment: Pick<AssessmentView, "nation" | "annualContractValue" | "carbonReductionPlanRequired"> }) {
  const t = await getTranslations("lifecycle.crp");
  const format = await getFormatter();
  const money = (value: number) => format.number(value, { style: "currency", currency: "GBP", maximumFractionDigits: 0 });
  const { reason, policy } = carbonReductionPlanReason(assessment.nation, assessment.annualContractValue, assessment.carbonReductionPlanRequired);
  const values = { value: money(assessment.annualContractValue), threshold: money(CARBON_REDUCTION_PLAN_THRESHOLD), policy: policy ?? "PPN 006" };
  if (reason === "mandatory") return <>{t("mandatory", values)}</>;
  if (reason === "chosen") return <>{policy ? t("chosen", values) : t("chosenElsewhere", values)}</>;
  return <>{policy ? t("notRequired", values) : t("notRequiredElsewhere", values)}</>;
}
