import { getTranslations } from "next-intl/server";
import { Tag } from "@/components/govuk/Tag";
import type { AssessmentStatus } from "@/lib/domain/lifecycle/assessment-status";

const colours = { draft: "grey", open: "green", closed: "yellow", evaluated: "blue", awarded: "green", cancelled: "red" } as const;

/** Where an assessment stands (lib/domain/lifecycle), and whether it is archived. */
export async function AssessmentStatusTag({ status, archived }: { status: AssessmentStatus; archived?: boolean }) {
  const t = await getTranslations("lifecycle");
  return (
    <>
      <Tag colour={colours[status]}>{t(`statuses.${status}`)}</Tag>
      {archived && (
        <>
          {" "}
          <Tag colour="grey">{t("archived")}</Tag>
        </>
      )}
    </>
  );
}
