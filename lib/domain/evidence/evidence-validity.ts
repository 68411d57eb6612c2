import type { SupplierEvidence } from "../case/evidence-schema";
import { addMonths, compareDates, dateInWords, type IsoDate } from "../dates";
import { problem, type Problem } from "../text";
import { evidenceKinds, evidenceRules, type EvidenceKind } from "./evidence-rules";

export type EvidenceStatus = "valid" | "expired" | "withdrawn" | "not-yet-valid";

export type EvidenceValidity = {
  kind: EvidenceKind;
  status: EvidenceStatus;
  asAt: IsoDate;
  validUntil: IsoDate;
  /** "certificate" when the evidence states its own expiry, "rule" when evidenceRules set it. */
  validUntilFrom: "certificate" | "rule";
  /** Valid evidence can still earn nothing: an SBTi commitment removed, or a CDP F (no response). */
  earnsCredit: boolean;
  source: string;
};

type DatedItem = { asAt: IsoDate; expiresOn?: IsoDate; withdrawn?: boolean; status?: string; score?: unknown; financialYearEnd?: IsoDate };

/**
 * Which of a supplier's evidence is current on the assessment date. Expired, withdrawn or
 * future-dated evidence earns no automatic credit and raises a flag naming its as-at date.
 */
export function evidenceValidity(evidence: SupplierEvidence, assessmentDate: IsoDate): { items: EvidenceValidity[]; flags: Problem[] } {
  const items: EvidenceValidity[] = [];
  const flags: Problem[] = [];
  for (const kind of evidenceKinds) {
    const item = evidence[kind] as DatedItem | undefined;
    if (!item) continue;
    const validity = assess(kind, item, assessmentDate);
    items.push(validity);
    flags.push(...flagsFor(validity, item));
  }
  return { items, flags };
}

function assess(kind: EvidenceKind, item: DatedItem, assessmentDate: IsoDate): EvidenceValidity {
  const rule = evidenceRules[kind];
  const months = (item.status === undefined ? undefined : rule.validity.monthsByStatus?.[item.status]) ?? rule.validity.months;
  const anchor = rule.validity.from === "financialYearEnd" && item.financialYearEnd ? item.financialYearEnd : item.asAt;
  const validUntil = item.expiresOn ?? addMonths(anchor, months);
  let status: EvidenceStatus = "valid";
  if (item.withdrawn) status = "withdrawn";
  else if (compareDates(item.asAt, assessmentDate) > 0) status = "not-yet-valid";
  else if (compareDates(assessmentDate, validUntil) > 0) status = "expired";
  const noCredit = item.status === "commitment-removed" || item.score === "F";
  return {
    kind,
    status,
    asAt: item.asAt,
    validUntil,
    validUntilFrom: item.expiresOn ? "certificate" : "rule",
    earnsCredit: status === "valid" && !noCredit,
    source: rule.source,
  };
}

function flagsFor(validity: EvidenceValidity, item: DatedItem): Problem[] {
  const { kind, asAt, validUntil } = validity;
  const label = evidenceRules[kind].label;
  const params = { evidence: kind, asAt, validUntil };
  const path = ["evidence", kind];
  const flags: Problem[] = [];
  if (validity.status === "expired") {
    flags.push(problem("EVIDENCE.EXPIRED", {
      en: `The ${label.en} evidence as at ${dateInWords(asAt, "en")} expired on ${dateInWords(validUntil, "en")}; it earns no automatic credit.`,
      cy: `Daeth tystiolaeth ${label.cy} (fel yr oedd ar ${dateInWords(asAt, "cy")}) i ben ar ${dateInWords(validUntil, "cy")}; nid yw’n ennill credyd awtomatig.`,
    }, { path, params }));
  } else if (validity.status === "withdrawn") {
    flags.push(problem("EVIDENCE.WITHDRAWN", {
      en: `The ${label.en} evidence as at ${dateInWords(asAt, "en")} has been withdrawn; it earns no automatic credit.`,
      cy: `Mae tystiolaeth ${label.cy} (fel yr oedd ar ${dateInWords(asAt, "cy")}) wedi’i thynnu’n ôl; nid yw’n ennill credyd awtomatig.`,
    }, { path, params }));
  } else if (validity.status === "not-yet-valid") {
    flags.push(problem("EVIDENCE.AS_AT_AFTER_ASSESSMENT_DATE", {
      en: `The ${label.en} evidence is dated ${dateInWords(asAt, "en")}, after the assessment date; check the date.`,
      cy: `Mae tystiolaeth ${label.cy} wedi’i dyddio ${dateInWords(asAt, "cy")}, ar ôl dyddiad yr asesiad; gwiriwch y dyddiad.`,
    }, { path, params }));
  }
  if (item.status === "commitment-removed") {
    flags.push(problem("EVIDENCE.SBTI_COMMITMENT_REMOVED", {
      en: `The SBTi removed this supplier's commitment (as at ${dateInWords(asAt, "en")}); it counts as no commitment.`,
      cy: `Mae’r SBTi wedi dileu ymrwymiad y cyflenwr hwn (fel yr oedd ar ${dateInWords(asAt, "cy")}); nid yw’n cyfrif fel ymrwymiad.`,
    }, { path, params }));
  }
  if (item.score === "F") {
    flags.push(problem("EVIDENCE.CDP_NO_RESPONSE", {
      en: `CDP scored this supplier F (no response) as at ${dateInWords(asAt, "en")}; it earns no credit.`,
      cy: `Rhoddodd CDP sgôr F (dim ymateb) i’r cyflenwr hwn fel yr oedd ar ${dateInWords(asAt, "cy")}; nid yw’n ennill credyd.`,
    }, { path, params }));
  }
  return flags;
}

/** The supplier's evidence with every dated item that earns no credit taken out, for pre-scoring. */
export function creditableEvidence(evidence: SupplierEvidence, items: readonly EvidenceValidity[]): SupplierEvidence {
  const result: Record<string, unknown> = { ...evidence };
  for (const item of items) if (!item.earnsCredit) delete result[item.kind];
  return result as SupplierEvidence;
}
