import { getLocale, getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/forms/ActionButton";
import { SmallForm } from "@/components/forms/SmallForm";
import { addGateAction, removeGateAction } from "@/app/assessments/[assessmentId]/actions";
import { toLocale } from "@/lib/i18n/locales";
import type { AssessmentView } from "@/lib/server/assessments/get-assessment";

/** Pass/fail conditions of participation: a supplier failing one is excluded whatever its scores. */
export async function GatesSection({ assessment, editable }: { assessment: AssessmentView; editable: boolean }) {
  const t = await getTranslations("assessments.gates");
  const locale = toLocale(await getLocale());
  return (
    <section id="gates">
      <h2 className="govuk-heading-m">{t("heading")}</h2>
      <ul className="govuk-list govuk-list--bullet">
        {assessment.carbonReductionPlanRequired && <li>{t("carbonReductionPlan")}</li>}
        {assessment.gates.map((gate) => (
          <li key={gate.id}>
            {gate.question[locale] || gate.question.en}
            {editable && <ActionButton action={removeGateAction.bind(null, assessment.id, gate.id)} label={t("remove")} hidden={gate.question.en} />}
          </li>
        ))}
      </ul>
      {!assessment.carbonReductionPlanRequired && assessment.gates.length === 0 && <p className="govuk-body">{t("none")}</p>}
      {editable && (
        <SmallForm
          checks="gate"
          action={addGateAction.bind(null, assessment.id)}
          idPrefix="gate-"
          fields={[
            { kind: "input", name: "questionEn", label: t("questionEn"), hint: t("questionHint") },
            { kind: "input", name: "questionCy", label: t("questionCy") },
          ]}
          submit={t("add")}
        />
      )}
    </section>
  );
}
