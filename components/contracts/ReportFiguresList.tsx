import { getLocale, getTranslations } from "next-intl/server";
import { SummaryList } from "@/components/govuk/SummaryList";
import { scope3Categories, type ReportFigures } from "@/lib/domain/contracts/report-figures";
import { regionLabel } from "@/lib/domain/footprint/factors";
import { formatGrouped } from "@/lib/domain/number-text";
import { toLocale } from "@/lib/i18n/locales";

/** A report's figures as submitted, every one named, "Not given" where left out. */
export async function ReportFiguresList({ figures }: { figures: ReportFigures }) {
  const t = await getTranslations("contracts.report");
  const locale = toLocale(await getLocale());
  const shown = (value: number | undefined, unit: string, decimals = 3) => (value === undefined ? t("notGiven") : `${formatGrouped(value, decimals)}${unit}`);
  const rows = [
    { key: "scope1", label: t("scope1"), value: shown(figures.scope1TCO2e, " tCO2e") },
    { key: "scope2", label: t("scope2"), value: shown(figures.scope2TCO2e, " tCO2e") },
    ...scope3Categories.map((category) => ({ key: `scope3-${category}`, label: t(`scope3Category.${category}`), value: shown(figures.scope3TCO2e[category], " tCO2e") })),
    ...figures.electricity.map((line, index) => ({ key: `electricity-${index}`, label: `${t("electricity")}: ${regionLabel(line.region)[locale]}`, value: shown(line.kWh, " kWh") })),
    { key: "devicesNew", label: t("devicesNew"), value: shown(figures.devicesNew, "", 0) },
    { key: "devicesRefurbished", label: t("devicesRefurbished"), value: shown(figures.devicesRefurbished, "", 0) },
    { key: "devicesEmbodied", label: t("devicesEmbodied"), value: shown(figures.devicesEmbodiedKgCO2e, "") },
    { key: "takenBackReused", label: `${t("takeBack")}: ${t("takenBackReused")}`, value: shown(figures.takenBackReused, "", 0) },
    { key: "takenBackRecycled", label: `${t("takeBack")}: ${t("takenBackRecycled")}`, value: shown(figures.takenBackRecycled, "", 0) },
    { key: "takenBackLandfilled", label: `${t("takeBack")}: ${t("takenBackLandfilled")}`, value: shown(figures.takenBackLandfilled, "", 0) },
    { key: "supplyChainTier1", label: t("supplyChainTier1"), value: shown(figures.supplyChainTier1Percent, "%", 1) },
    { key: "organisationEmissions", label: t("organisationEmissions"), value: shown(figures.organisationEmissionsTCO2e, " tCO2e") },
  ];
  return (
    <>
      <h2 className="govuk-heading-m">{t("figures")}</h2>
      <SummaryList rows={rows} />
    </>
  );
}
