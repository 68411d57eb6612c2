import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Table } from "@/components/govuk/Table";
import { Tag } from "@/components/govuk/Tag";
import type { FootprintEstimate as Estimate } from "@/lib/domain/footprint/estimate-footprint";
import { toLocale } from "@/lib/i18n/locales";

/** The estimate with everything behind it: each line, the factors with their sources and licences, the method and what it leaves out. */
export async function FootprintEstimate({ estimate }: { estimate: Estimate }) {
  const t = await getTranslations("supplier.footprint.estimate");
  const format = await getFormatter();
  const locale = toLocale(await getLocale());
  const labels = new Map(estimate.factorsUsed.map((factor) => [factor.id, factor.label[locale]]));
  const perUnit = estimate.perFunctionalUnit;
  return (
    <div data-testid="footprint-estimate">
      <p className="govuk-body-l" data-testid="footprint-total">
        {/* The figure at the precision the domain's one rule gives (lib/domain/footprint/precision.ts). */}
        <strong>{t("total", { tonnes: format.number(estimate.shown.value, { maximumFractionDigits: estimate.shown.fractionDigits }) })}</strong>
        {perUnit && (
          <>
            <br />
            <span data-testid="footprint-per-unit">
              {t(perUnit.kind === "user" ? "perUser" : "perTransaction", {
                kg: format.number(perUnit.kgCO2ePerUnit, { maximumFractionDigits: perUnit.fractionDigits }),
                count: format.number(perUnit.countPerYear),
              })}
            </span>
          </>
        )}
      </p>
      <p className="govuk-body" data-testid="footprint-basis">{estimate.basis[locale]}</p>
      <Table
        caption={t("linesCaption")}
        head={[t("component"), t("quantity"), t("factors"), t("kgPerYear")]}
        rows={estimate.lines.map((line, index) => ({
          key: String(index),
          cells: [
            <span key="component">
              {t(`components.${line.component}`)}
              {line.usesDefault && (
                <>
                  {" "}
                  <Tag colour="yellow">{t("defaultTag")}</Tag>
                </>
              )}
              <br />
              <span className="govuk-hint">{line.description[locale]}</span>
              {line.note && (
                <>
                  <br />
                  <span className="govuk-hint">{line.note[locale]}</span>
                </>
              )}
            </span>,
            `${format.number(line.quantity)} ${line.unit[locale]}`,
            line.factors.map((id) => labels.get(id) ?? id).join("; ") || t("noFactor"),
            // Whole kilograms: the estimate is not finer than that.
            format.number(line.kgCO2ePerYear, { maximumFractionDigits: 0 }),
          ],
        }))}
      />
      <Table
        caption={t("factorsCaption")}
        head={[t("factor"), t("value"), t("source"), t("licence")]}
        rows={estimate.factorsUsed.map((factor) => ({
          key: factor.id,
          cells: [
            factor.label[locale],
            `${format.number(factor.value, { maximumFractionDigits: 6 })} ${factor.unit} (${factor.year})`,
            <a className="govuk-link" href={factor.url} key={factor.id}>{factor.source[locale]}</a>,
            <span key="licence">
              <a className="govuk-link" href={factor.licence.url}>{factor.licence.name[locale]}</a>
              <br />
              <span className="govuk-hint">{factor.attribution[locale]}</span>
            </span>,
          ],
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
