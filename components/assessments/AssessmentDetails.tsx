import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { SummaryList } from "@/components/govuk/SummaryList";
import { scalePresets, presetOf } from "@/lib/domain/assessment-setup/scales";
import { momentInWords } from "@/lib/domain/dates";
import { toLocale } from "@/lib/i18n/locales";
import type { AssessmentView } from "@/lib/server/assessments/get-assessment";
import { CarbonReductionPlanReason } from "./CarbonReductionPlanReason";

export async function AssessmentDetails({ assessment }: { assessment: AssessmentView }) {
  const t = await getTranslations("assessments.details");
  const tn = await getTranslations("nations");
  const tf = await getTranslations("assessments.form");
  const format = await getFormatter();
  const locale = toLocale(await getLocale());
  const preset = presetOf(assessment.scale);
  return (
    <SummaryList
      rows={[
        { key: "reference", label: t("reference"), value: assessment.reference },
        ...(assessment.languages !== "en" ? [{ key: "titleCy", label: t("titleCy"), value: <span lang="cy">{assessment.titleCy || t("none")}</span> }] : []),
        { key: "description", label: t("description"), value: assessment.description || t("none") },
        ...(assessment.languages !== "en" ? [{ key: "descriptionCy", label: t("descriptionCy"), value: <span lang="cy">{assessment.descriptionCy || t("none")}</span> }] : []),
        { key: "category", label: t("procurementCategory"), value: tf(`category.${assessment.procurementCategory}`) },
        { key: "awardShare", label: t("awardShare"), value: assessment.awardShare === null ? t("awardShareNone") : t("awardShareValue", { share: assessment.awardShare }) },
        { key: "nation", label: t("nation"), value: tn(assessment.nation) },
        { key: "value", label: t("annualContractValue"), value: format.number(assessment.annualContractValue, { style: "currency", currency: "GBP", maximumFractionDigits: 0 }) },
        {
          key: "crp",
          label: t("carbonReductionPlan"),
          value: (
            <>
              {assessment.carbonReductionPlanRequired ? t("carbonReductionPlanOn", { policy: assessment.nation === "wales" ? "WPPN 006" : "PPN 006" }) : t("carbonReductionPlanOff")}
              <span className="govuk-hint govuk-!-display-block govuk-!-margin-bottom-0" data-testid="crp-reason">
                <CarbonReductionPlanReason assessment={assessment} />
              </span>
            </>
          ),
        },
        { key: "deadline", label: t("deadline"), value: momentInWords(assessment.responseDeadline, locale, { weekday: true }) },
        { key: "languages", label: t("languages"), value: tf(`language.${assessment.languages}`) },
        { key: "scale", label: t("scale"), value: preset ? scalePresets[preset].label[locale] : assessment.scale.map((point) => point.value).join(", ") },
        { key: "divergence", label: t("divergenceThreshold"), value: t("points", { count: assessment.divergenceThreshold }) },
        { key: "framework", label: t("framework"), value: t("frameworkValue", { version: assessment.framework.version, level: assessment.framework.level }) },
        ...(assessment.copiedFromLabel ? [{ key: "copied", label: t("copiedFrom"), value: assessment.copiedFromLabel }] : []),
      ]}
    />
  );
}
