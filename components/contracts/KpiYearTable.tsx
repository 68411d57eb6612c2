import { getLocale, getTranslations } from "next-intl/server";
import { Table } from "@/components/govuk/Table";
import { kpiKindInfo, type KpiKind } from "@/lib/domain/contracts/kpi-kinds";
import type { KpiStanding } from "@/lib/domain/contracts/kpi-status";
import { toLocale } from "@/lib/i18n/locales";
import { ReportedFigure, StandingNotes } from "./KpiStandingCells";
import { kpiFigure } from "./kpi-text";

/** One contract year across the KPIs: target, figure reported, standing, the supplier's explanation and any review. */
export async function KpiYearTable({ rows, contractId, year, reviewLinks, replyLinks = false }: { rows: { kind: KpiKind; standing: KpiStanding }[]; contractId: string; year: number; reviewLinks: boolean; replyLinks?: boolean }) {
  const t = await getTranslations("contracts.kpis");
  const tr = await getTranslations("contracts.report");
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
            <ReportedFigure kind={kind} standing={standing} key="figure" />,
            <>
              <StandingNotes kind={kind} standing={standing} testIds />
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
