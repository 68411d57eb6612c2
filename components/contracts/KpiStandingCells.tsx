import { getTranslations } from "next-intl/server";
import { Tag } from "@/components/govuk/Tag";
import type { KpiKind } from "@/lib/domain/contracts/kpi-kinds";
import type { KpiStanding } from "@/lib/domain/contracts/kpi-status";
import { kpiFigure, kpiVariance, statusColour } from "./kpi-text";

// The cells every KPI table shares: the figure reported with its variance, and the standing with the supplier's
// explanation, the specialist's review and the supplier's reply.

const note = "govuk-body-s govuk-!-margin-top-1 govuk-!-margin-bottom-0";

export async function ReportedFigure({ kind, standing }: { kind: KpiKind; standing: KpiStanding }) {
  const t = await getTranslations("contracts.kpis");
  return (
    <>
      {kpiFigure(kind, standing.value, "–")}
      {standing.variance !== null && standing.variance !== 0 && <span className="govuk-body-s govuk-!-display-block">{t("variance", { variance: kpiVariance(kind, standing.variance, t("points")) })}</span>}
    </>
  );
}

/** `testIds` names the review and reply by KPI, for a table with one row per KPI. */
export async function StandingNotes({ kind, standing, testIds = false }: { kind: KpiKind; standing: KpiStanding; testIds?: boolean }) {
  const ts = await getTranslations("contracts.status");
  const tr = await getTranslations("contracts.report");
  const tc = await getTranslations("contracts.check");
  const review = standing.review;
  return (
    <>
      <Tag colour={statusColour[standing.status]}>{ts(standing.status)}</Tag>
      {standing.explanation && (
        <p className={note}>
          {tc("explanation")}: {standing.explanation}
        </p>
      )}
      {review && (
        <p className={note} data-testid={testIds ? `review-${kind}` : undefined}>
          {tr(`outcome.${review.outcome}`)}: {review.reason}
        </p>
      )}
      {review?.reply && (
        <p className={note} data-testid={testIds ? `reply-${kind}` : undefined}>
          {tr("reply")}: {review.reply}
        </p>
      )}
    </>
  );
}
