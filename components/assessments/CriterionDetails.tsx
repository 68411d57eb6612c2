import { getLocale, getTranslations } from "next-intl/server";
import { SummaryList } from "@/components/govuk/SummaryList";
import { inLanguage } from "@/lib/i18n/in-language";
import { toLocale } from "@/lib/i18n/locales";
import type { AssessmentView } from "@/lib/server/assessments/get-assessment";

type Criterion = AssessmentView["criteria"][number];

/** A criterion as suppliers and evaluators will read it: the question, guidance, evidence asked for and what each score means. */
export async function CriterionDetails({ assessment, criterion }: { assessment: AssessmentView; criterion: Criterion }) {
  const t = await getTranslations("assessments.criterionDetails");
  const tf = await getTranslations("assessments.criterionForm");
  const tr = await getTranslations("rules");
  const locale = toLocale(await getLocale());
  const text = (bilingual: Criterion["question"]) => {
    const shown = inLanguage(bilingual, locale);
    return shown.text ? (
      <div lang={shown.lang}>
        {shown.text.split(/\r?\n/).map((line, index) => (
          <p className="govuk-body" key={index}>
            {line}
          </p>
        ))}
      </div>
    ) : (
      t("none")
    );
  };
  return (
    <>
      <SummaryList
        rows={[
          { key: "rule", label: t("rule"), value: tr(criterion.rule) },
          { key: "weight", label: t("weight"), value: `${criterion.weight}%` },
          { key: "minimum", label: t("minimumScore"), value: criterion.minimumScore ?? t("noMinimum") },
          { key: "question", label: tf("fields.question.legend"), value: text(criterion.question) },
          { key: "guidance", label: tf("fields.guidance.legend"), value: text(criterion.guidance) },
          { key: "evidence", label: tf("fields.evidence.legend"), value: text(criterion.evidence) },
        ]}
      />
      <h2 className="govuk-heading-m">{tf("descriptors")}</h2>
      <SummaryList
        rows={assessment.scale.map((point) => {
          const descriptor = inLanguage(criterion.descriptors[String(point.value)] ?? point.descriptor, locale);
          return { key: String(point.value), label: tf("descriptorFor", { point: point.value }), value: <span lang={descriptor.lang}>{descriptor.text}</span> };
        })}
      />
    </>
  );
}
