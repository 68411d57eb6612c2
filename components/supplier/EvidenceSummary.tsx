import { getLocale, getTranslations } from "next-intl/server";
import { SummaryList } from "@/components/govuk/SummaryList";
import { Tag } from "@/components/govuk/Tag";
import { checkCarbonReductionPlan } from "@/lib/domain/carbon-reduction-plan";
import type { Nation } from "@/lib/domain/organisations/roles";
import { evidenceValidity, type EvidenceStatus } from "@/lib/domain/evidence/evidence-validity";
import type { EvidenceProfileContent, EvidenceSection } from "@/lib/domain/responses/evidence-copy";
import { toLocale } from "@/lib/i18n/locales";

const statusColour: Record<EvidenceStatus, "green" | "red" | "yellow" | "grey"> = { valid: "green", expired: "red", withdrawn: "red", "not-yet-valid": "yellow" };
const detailFields = ["status", "score", "medal", "tier", "level", "registryUrl"] as const;

/**
 * Structured evidence with its dates: each dated item is shown current or expired on the given day (expired
 * evidence earns no automatic credit), and the Carbon Reduction Plan with any PPN 006 item it lacks.
 */
export async function EvidenceSummary({ content, sections, onDate, nation, id }: { content: EvidenceProfileContent; sections: readonly EvidenceSection[]; onDate: string; nation: Nation; id: string }) {
  const t = await getTranslations("supplier.evidence");
  const tf = await getTranslations("supplier.evidence.form");
  const locale = toLocale(await getLocale());
  const evidence = (content.evidence ?? {}) as Record<string, Record<string, unknown> | undefined>;
  const validity = new Map(evidenceValidity(content.evidence ?? {}, onDate).items.map((item) => [item.kind as string, item]));
  // CDP's letter scores read the same in both languages; only F (no response) needs words.
  const choiceLabel = (choice: string) => (/^[A-D]-?$/.test(choice) ? choice : t(`values.${choice}`));
  const day = (iso: string) => new Intl.DateTimeFormat(locale === "cy" ? "cy-GB" : "en-GB", { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${iso}T00:00:00Z`));
  const rows = sections.map((section) => {
    if (section === "carbonReductionPlan") {
      const check = checkCarbonReductionPlan(content.carbonReductionPlan, { nation, assessmentDate: onDate });
      return {
        key: section,
        label: t("kinds.carbonReductionPlan"),
        value: check.passed ? (
          <Tag colour="green">{t("crpComplete")}</Tag>
        ) : (
          <>
            <Tag colour="red">{t("crpIncomplete")}</Tag>
            <ul className="govuk-list govuk-list--bullet govuk-!-margin-top-2">
              {check.failures.map((failure, index) => (
                <li key={index}>{failure.message[locale]}</li>
              ))}
            </ul>
          </>
        ),
      };
    }
    const item = evidence[section];
    if (!item) return { key: section, label: t(`kinds.${section}`), value: <span className="govuk-hint govuk-!-margin-0">{t("none")}</span> };
    if (section === "waste") {
      return { key: section, label: t("kinds.waste"), value: <ul className="govuk-list">{Object.entries(item).map(([field, value]) => <li key={field}>{t("percentOf", { value: String(value), what: t(`waste.${field}`) })}</li>)}</ul> };
    }
    // Yes-or-no answers and percentages, each under the question it answers.
    if (section === "policies" || section === "supplyChain") {
      const answer = (value: unknown) => (typeof value === "boolean" ? tf(value ? "yes" : "no") : `${String(value)}%`);
      return {
        key: section,
        label: t(`kinds.${section}`),
        value: (
          <ul className="govuk-list">
            {Object.entries(item).map(([field, value]) => (
              <li key={field}>
                {t(`${section}.${field}`)} <strong>{answer(value)}</strong>
              </li>
            ))}
          </ul>
        ),
      };
    }
    const check = validity.get(section);
    const details = detailFields.filter((field) => item[field] !== undefined).map((field) => (field === "registryUrl" ? String(item[field]) : field === "score" && section === "ecoVadis" ? t("scoreOutOf100", { score: String(item[field]) }) : choiceLabel(String(item[field]))));
    return {
      key: section,
      label: t(`kinds.${section}`),
      value: (
        <>
          {details.length > 0 && <p className="govuk-body govuk-!-margin-bottom-1">{details.join(" · ")}</p>}
          <p className="govuk-body govuk-!-margin-bottom-1">
            {t("asAt", { date: day(String(item.asAt)) })}
            {check && ` · ${t(check.validUntilFrom === "certificate" ? "expiresOn" : "validUntil", { date: day(check.validUntil) })}`}
          </p>
          {check && <Tag colour={statusColour[check.status]}>{t(`statuses.${check.status}`)}</Tag>}
        </>
      ),
    };
  });
  return (
    <div data-testid={id}>
      <SummaryList rows={rows} />
    </div>
  );
}
