import { getTranslations } from "next-intl/server";
import { Tag } from "@/components/govuk/Tag";

const colours = { "not-started": "grey", "in-progress": "blue", submitted: "green", withdrawn: "yellow", closed: "red" } as const;

/** Where a supplier's response stands; "closed" once the deadline passed without a submission. */
export async function ResponseStatusTag({ status, closed }: { status: keyof typeof colours; closed?: boolean }) {
  const t = await getTranslations("supplier.statuses");
  const shown = closed && status !== "submitted" ? "closed" : status;
  return <Tag colour={colours[shown]}>{t(shown)}</Tag>;
}
