import { getLocale, getTranslations } from "next-intl/server";
import { Table } from "@/components/govuk/Table";
import { toLocale } from "@/lib/i18n/locales";
import type { CriterionView } from "@/lib/server/assessments/get-assessment";

/** One evaluator's submitted scores, criterion by criterion, with their justifications. */
export async function ScoresTable({ caption, criteria, scores, testId }: { caption: string; criteria: CriterionView[]; scores: { criterionId: string; score: number; justification: string }[]; testId?: string }) {
  const t = await getTranslations("scoring");
  const locale = toLocale(await getLocale());
  return (
    <Table
      caption={caption}
      captionSize="s"
      testId={testId}
      numeric={[1]}
      head={[t("criterion"), t("score"), t("justificationColumn")]}
      rows={criteria.map((criterion) => {
        const score = scores.find((s) => s.criterionId === criterion.id);
        return { key: criterion.id, cells: [criterion.title[locale] || criterion.title.en, score?.score ?? "–", score?.justification ?? ""] };
      })}
    />
  );
}
