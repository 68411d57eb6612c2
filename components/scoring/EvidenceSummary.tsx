import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Table } from "@/components/govuk/Table";
import { dateInWords } from "@/lib/domain/dates";
import { toLocale } from "@/lib/i18n/locales";
import type { AssessmentView } from "@/lib/server/assessments/get-assessment";
import type { EvidenceAnalysis } from "@/lib/server/scoring/get-supplier-scoring";

type Raw = Record<string, unknown>;

/** The supplier's structured evidence as submitted, and what the rules engine made of it on the assessment date. */
export async function EvidenceSummary({ evidence, analysis, assessment }: { evidence: Raw; analysis: EvidenceAnalysis | null; assessment: AssessmentView }) {
  const t = await getTranslations("scoring.evidence");
  const tv = await getTranslations("supplier.evidence");
  const locale = toLocale(await getLocale());
  const format = await getFormatter();
  const perUnit = analysis?.footprint?.perFunctionalUnit;
  const items = Object.entries((evidence.evidence ?? {}) as Record<string, Raw>);
  const label = (group: "kinds" | "fields", key: string) => (t.has(`${group}.${key}`) ? t(`${group}.${key}`) : key);
  // Choices in words (a medal, an SBTi status) and dates in words; CDP letters as they are.
  const value = (v: unknown) => {
    if (typeof v === "boolean") return t(v ? "yes" : "no");
    if (typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v)) return dateInWords(v, locale);
    if (typeof v === "string" && tv.has(`values.${v}`) && !/^[A-D]-?$/.test(v)) return tv(`values.${v}`);
    return String(v);
  };
  const crp = analysis?.carbonReductionPlan;
  const gateText = (gateId: string) => assessment.gates.find((g) => g.id === gateId)?.question[locale] || t("carbonReductionPlanGate");
  // The engine's flags and the Carbon Reduction Plan's can say the same thing: each is said once.
  const flags = analysis ? [...new Set([...analysis.flags, ...(crp?.flags ?? [])].map((flag) => flag.message[locale]))] : [];
  return (
    <section aria-labelledby="evidence-heading" data-testid="evidence">
      <h2 className="govuk-heading-m" id="evidence-heading">
        {t("heading")}
      </h2>
      {items.length === 0 && !evidence.carbonReductionPlan && <p className="govuk-body">{t("none")}</p>}
      {analysis && analysis.evidence.length > 0 && (
        <Table
          caption={t("caption")}
          captionSize="s"
          head={(["kind", "status", "asAt", "validUntil", "credit"] as const).map((column) => t(column))}
          rows={analysis.evidence.map((item) => ({
            key: item.kind,
            cells: [label("kinds", item.kind), t(`statuses.${item.status}`), dateInWords(item.asAt, locale), dateInWords(item.validUntil, locale), t(item.earnsCredit ? "yes" : "no")],
          }))}
        />
      )}
      {items.length > 0 && (
        <>
          <h3 className="govuk-heading-s">{t("asSubmitted")}</h3>
          <dl className="govuk-summary-list">
            {items.map(([kind, fields]) => (
              <div className="govuk-summary-list__row" key={kind}>
                <dt className="govuk-summary-list__key">{label("kinds", kind)}</dt>
                <dd className="govuk-summary-list__value">
                  <ul className="govuk-list">
                    {Object.entries(fields ?? {}).map(([field, v]) => (
                      <li key={field}>
                        {label("fields", field)}: {value(v)}
                      </li>
                    ))}
                  </ul>
                </dd>
              </div>
            ))}
          </dl>
        </>
      )}
      {crp && (crp.gate || evidence.carbonReductionPlan !== undefined) && (
        <>
          <h3 className="govuk-heading-s">{t("crp")}</h3>
          <p className="govuk-body">{evidence.carbonReductionPlan === undefined ? t("crpNone") : crp.passed ? t("crpPassed") : t("crpFailed")}</p>
          {crp.failures.length > 0 && <ul className="govuk-list govuk-list--bullet">{crp.failures.map((p, i) => <li key={i}>{p.message[locale]}</li>)}</ul>}
        </>
      )}
      {analysis && analysis.gates.length > 0 && (
        <>
          <h3 className="govuk-heading-s">{t("gates")}</h3>
          <ul className="govuk-list">
            {analysis.gates.map((gate) => (
              <li key={gate.gateId}>
                {gateText(gate.gateId)}: {t(`gateResults.${gate.result}`)}
              </li>
            ))}
          </ul>
        </>
      )}
      {flags.length > 0 && (
        <>
          <h3 className="govuk-heading-s">{t("flags")}</h3>
          <ul className="govuk-list govuk-list--bullet">{flags.map((text) => <li key={text}>{text}</li>)}</ul>
        </>
      )}
      {analysis?.footprint && (
        <p className="govuk-body">
          {t("footprint", { tonnes: format.number(analysis.footprint.shown.value, { maximumFractionDigits: analysis.footprint.shown.fractionDigits }) })}
          {perUnit && `; ${format.number(perUnit.kgCO2ePerUnit, { maximumFractionDigits: perUnit.fractionDigits })} ${perUnit.unit[locale]}`}.{" "}
          {analysis.footprint.lines.some((line) => line.usesDefault) && `${t("footprintDefaults")} `}
          {analysis.footprint.basis[locale]} {analysis.footprint.method[locale]}
        </p>
      )}
    </section>
  );
}
