import { getLocale, getTranslations } from "next-intl/server";
import { Table } from "@/components/govuk/Table";
import { kpiKindInfo } from "@/lib/domain/contracts/kpi-kinds";
import { softMutated } from "@/lib/domain/language/welsh-mutation";
import { toLocale } from "@/lib/i18n/locales";
import type { ContractView } from "@/lib/server/contracts/get-contract";
import { ReportedFigure, StandingNotes } from "./KpiStandingCells";
import { kpiFigure } from "./kpi-text";

/** Each KPI: what it measures, its baseline, and each contract year's target, figure reported and standing. */
export async function KpiTables({ contract, reviewLinks }: { contract: ContractView; reviewLinks: boolean }) {
  const t = await getTranslations("contracts.kpis");
  const tr = await getTranslations("contracts.report");
  const locale = toLocale(await getLocale());
  const sources = { "bid-footprint": t("fromFootprint"), "bid-plan": t("fromPlan"), "bid-evidence": t("fromEvidence"), "first-report": t("fromFirstReport") };
  return (
    <>
      <h2 className="govuk-heading-m">{t("heading")}</h2>
      <p className="govuk-body">{t("intro")}</p>
      {contract.kpis.map((kpi) => {
        const info = kpiKindInfo[kpi.kind];
        const none = t("none");
        return (
          <section key={kpi.kind} data-testid={`kpi-${kpi.kind}`}>
            <h3 className="govuk-heading-s">{info.name[locale]}</h3>
            <p className="govuk-body-s">{info.measure[locale]}</p>
            <p className="govuk-body-s">
              {t("baseline")}: {kpi.baseline === null ? t("awaitingFirstReport") : t("baselineFrom", { value: kpiFigure(kpi.kind, kpi.baseline, none), source: sources[kpi.baselineSource] })}
              {" · "}
              {t(`direction.${info.direction}`)}
              {kpi.targetsSetBy === "officer" && ` · ${t("targetsByOfficer")}`}
              {" · "}
              {t("reportedBy", { supplier: locale === "cy" ? softMutated(contract.supplier.cy || contract.supplier.en) : contract.supplier.en })}
            </p>
            <Table
              caption={info.name[locale]}
              captionSize="s"
              numeric={[1, 2]}
              head={[t("yearHeading"), t("target"), t("reported"), t("statusHeading")]}
              rows={contract.standings[kpi.kind].map((standing, index) => {
                const year = index + 1;
                return {
                  key: String(year),
                  cells: [
                    t("yearColumn", { year }),
                    kpiFigure(kpi.kind, standing.target, t("noTarget")),
                    <ReportedFigure kind={kpi.kind} standing={standing} key="figure" />,
                    <>
                      <StandingNotes kind={kpi.kind} standing={standing} />
                      {reviewLinks && standing.value !== null && (
                        <a className="govuk-link govuk-body-s" href={`/contracts/${contract.id}/reports/${year}/kpis/${kpi.kind}`}>
                          {tr("review")}
                          <span className="govuk-visually-hidden">
                            {" "}
                            {info.name[locale]}, {t("yearColumn", { year })}
                          </span>
                        </a>
                      )}
                    </>,
                  ],
                };
              })}
            />
          </section>
        );
      })}
    </>
  );
}
