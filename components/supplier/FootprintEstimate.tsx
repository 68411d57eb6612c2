import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Table } from "@/components/govuk/Table";
import type { FootprintEstimate as Estimate } from "@/lib/domain/footprint/estimate-footprint";
import { toLocale } from "@/lib/i18n/locales";

/** The estimate with everything behind it: each line, the factors and their sources, the method and what it leaves out. */
export async function FootprintEstimate({ estimate }: { estimate: Estimate }) {
  const t = await getTranslations("supplier.footprint.estimate");
  const format = await getFormatter();
  const locale = toLocale(await getLocale());
  const labels = new Map(estimate.factorsUsed.map((factor) => [factor.id, factor.label[locale]]));
  return (
    <div data-testid="footprint-estimate">
      <p className="govuk-body-l" data-testid="footprint-total">
        <strong>{t("total", { tonnes: format.number(estimate.tCO2ePerYear, { maximumFractionDigits: 2 }) })}</strong>
      </p>
      <p className="govuk-body" data-testid="footprint-basis">{estimate.basis[locale]}</p>
      <Table
        caption={t("linesCaption")}
        head={[t("component"), t("quantity"), t("factors"), t("kgPerYear")]}
        rows={estimate.lines.map((line, index) => ({
          key: String(index),
          cells: [
            <span key="component">{t(`components.${line.component}`)}<br /><span className="govuk-hint">{line.description[locale]}</span></span>,
            `${format.number(line.quantity)} ${line.unit[locale]}`,
            line.factors.map((id) => labels.get(id) ?? id).join("; ") || t("noFactor"),
            // Whole kilograms: the estimate is not finer than that.
            format.number(line.kgCO2ePerYear, { maximumFractionDigits: 0 }),
          ],
        }))}
      />
      <Table
        caption={t("factorsCaption")}
        head={[t("factor"), t("value"), t("source")]}
        rows={estimate.factorsUsed.map((factor) => ({
          key: factor.id,
          cells: [factor.label[locale], `${format.number(factor.value, { maximumFractionDigits: 6 })} ${factor.unit} (${factor.year})`, <a className="govuk-link" href={factor.url} key={factor.id}>{factor.source[locale]}</a>],
        }))}
      />
      <h3 className="govuk-heading-s">{t("method")}</h3>
      <p className="govuk-body">{estimate.method[locale]}</p>
      <h3 className="govuk-heading-s">{t("exclusions")}</h3>
      <ul className="govuk-list govuk-list--bullet">
        {estimate.exclusions.map((exclusion, index) => (
          <li key={index}>{exclusion[locale]}</li>
        ))}
      </ul>
    </div>
  );
}
