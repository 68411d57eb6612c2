import { getTranslations } from "next-intl/server";
import { Tag } from "@/components/govuk/Tag";
import type { SupplierOutcome } from "@/lib/domain/lifecycle/supplier-outcome";

const colours: Record<SupplierOutcome, "grey" | "blue" | "green" | "yellow" | "red" | "purple"> = {
  "not-started": "grey",
  "in-progress": "blue",
  submitted: "green",
  withdrawn: "yellow",
  "did-not-submit": "grey",
  awarded: "green",
  "not-awarded": "purple",
  cancelled: "red",
};

/** Where a supplier's response stands (lib/domain/lifecycle/supplier-outcome): its progress, then the outcome. */
export async function ResponseStatusTag({ outcome }: { outcome: SupplierOutcome }) {
  const t = await getTranslations("supplier.statuses");
  return <Tag colour={colours[outcome]}>{t(outcome)}</Tag>;
}
