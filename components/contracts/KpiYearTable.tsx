import { getLocale, getTranslations } from "next-intl/server";
import { Table } from "@/components/govuk/Table";
import { Tag } from "@/components/govuk/Tag";
import { kpiKindInfo, type KpiKind } from "@/lib/domain/contracts/kpi-kinds";
import type { KpiStanding } from "@/lib/domain/contracts/kpi-status";
import { toLocale } from "@/lib/i18n/locales";
import { kpiFigure, kpiVariance, statusColour } from "./kpi-text";

/** One contract year across the KPIs: target, figure reported, standing, the supplier's explanation and any review. */
export async function KpiYearTable({ rows, contractId, year, reviewLinks, replyLinks = false }: { rows: { kind: KpiKind; standing: KpiStanding }[]; contractId: string; year: number; reviewLinks: boolean; replyLinks?: boolean }) {
  const t = await getTranslations("contracts.kpis");
  const ts = await getTranslations("contracts.status");
  const tr = await getTranslations("contracts.report");
  const tcheck = await getTranslations("contracts.check");
  const locale = toLocale(await getLocale());
  return (
    <Table
      caption={t("heading")}
      testId="kpi-year"
      numeric={[1, 2]}
      head={[t("kpi"), t("target"), t("reported"), t("statusHeading")]}
      rows={rows.map(({ kind, standing }) => {
        const name = kpiKindInfo[kind].name[locale];
        return {
          key: kind,
          cells: [
            name,
            kpiFigure(kind, standing.target, t("noTarget")),
            <>
              {kpiFigure(kind, standing.value, "–")}
              {standing.variance !== null && standing.variance !== 0 && <span className="govuk-body-s govuk-!-display-block">{t("variance", { variance: kpiVariance(kind, standing.variance, t("points")) })}</span>}
            </>,
            <>
              <Tag colour={statusColour[standing.status]}>{ts(standing.status)}</Tag>
              {standing.explanation && (
                <p className="govuk-body-s govuk-!-margin-top-1 govuk-!-margin-bottom-0">
                  {tcheck("explanation")}: {standing.explanation}
                </p>
              )}
              {standing.review && (
                <p className="govuk-body-s govuk-!-margin-top-1 govuk-!-margin-bottom-0" data-testid={`review-${kind}`}>
                  {tr(`outcome.${standing.review.outcome}`)}: {standing.review.reason}
                </p>
              )}
              {standing.review?.reply && (
                <p className="govuk-body-s govuk-!-margin-top-1 govuk-!-margin-bottom-0" data-testid={`reply-${kind}`}>
                  {tr("reply")}: {standing.review.reply}
                </p>
              )}
              {replyLinks && standing.review?.awaitingReply && (
                <a className="govuk-link govuk-body-s govuk-!-display-block" href={`/contracts/${contractId}/reports/${year}/kpis/${kind}/reply`}>
                  {tr("replyLink", { kpi: kpiKindInfo[kind].inSentence[locale] })}
                </a>
              )}
              {reviewLinks && standing.value !== null && (
                <a className="govuk-link govuk-body-s" href={`/contracts/${contractId}/reports/${year}/kpis/${kind}`}>
                  {tr("reviewKpi", { kpi: name })}
                </a>
              )}
            </>,
          ],
        };
      })}
    />
  );
}
