import { getTranslations } from "next-intl/server";
import { SummaryList } from "@/components/govuk/SummaryList";
import type { DashboardAssessment } from "@/lib/domain/dashboard/work-waiting";

/** An organisation admin's view of the organisation's assessments: how many are at each stage. */
export async function OrganisationCounts({ assessments }: { assessments: DashboardAssessment[] }) {
  const t = await getTranslations("dashboard.counts");
  const stages = [
    ["drafts", ["draft"]],
    ["open", ["open"]],
    ["closed", ["closed", "evaluated"]],
    ["decided", ["awarded", "cancelled"]],
  ] as const;
  return (
    <SummaryList
      rows={stages.map(([key, statuses]) => ({
        key,
        label: t(key),
        value: <span data-testid={`count-${key}`}>{assessments.filter((assessment) => (statuses as readonly string[]).includes(assessment.status)).length}</span>,
      }))}
    />
  );
}
