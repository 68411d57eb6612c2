import { gateKinds, labels, nationNames } from "../labels";
import type { Bilingual, ExportCriterion, ExportGate, Language, TenderCriteriaExport } from "../model";
import { awardShareNote, evidenceFor } from "../sentences";
import { PLACEHOLDER_OCID_PREFIX, fingerprint, releaseDate, releaseId } from "./release-identity";
import { sustainabilityGoals, type SustainabilityStrategy } from "./sustainability";
import { tenderStatus, type TenderStatus } from "./tender-status";

/**
 * The tender criteria as an Open Contracting Data Standard 1.1 release package, with the lots, award criteria,
 * requirements and sustainability extensions: weights in `tender.lots[0].awardCriteria.criteria[]` (each with the
 * criterion's own scale descriptors), the evidence asked for in `tender.criteria[]`, the pass or fail conditions as
 * selection criteria, and the goals the criteria pursue in `tender.sustainability[]`.
 *
 * Built in two steps so that a release changes only when its content does: `tenderCriteriaRelease` writes the
 * content and its fingerprints; the caller finds when that content was first seen, and `tenderCriteriaPackage`
 * dates and names the release from it.
 */

export const OCDS_EXTENSIONS = ["lots", "awardCriteria", "requirements", "sustainability"].map(
  (name) => `https://raw.githubusercontent.com/open-contracting-extensions/ocds_${name}_extension/master/extension.json`,
);

/** The licence public bodies publish their data under. */
export const OCDS_LICENSE = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";

/** `ocidPrefix` null: no publisher prefix is set, so the file is not for publication. */
export type OcdsOptions = { ocidPrefix: string | null; now: string };

/** Text fields, with their translations alongside (`title`, `title_cy`). */
type Translated = { [field: string]: unknown };
type Requirement = Translated & { id: string; dataType: "string" | "boolean"; expectedValue?: boolean };
type OcdsCriterion = Translated & {
  id: string;
  relatesToTenderer?: boolean;
  relatedLots?: string[];
  requirementGroups: (Translated & { id: string; requirements: Requirement[] })[];
};
type AwardCriterion = Translated & {
  type: "quality";
  numbers: ({ number: number; weight: "percentageExact" } | { number: number; threshold: "minimumScore" })[];
};
type Sustainability = Translated & { goal: string; strategies: SustainabilityStrategy[] };
type Identifier = { scheme: string; id: string; legalName?: string };

export type OcdsReleaseContent = {
  ocid: string;
  tag: ["planning" | "tender"];
  initiationType: "tender";
  language: Language;
  parties: (Translated & { id: string; identifier?: Identifier; roles: ["buyer"]; address: Translated })[];
  buyer: Translated & { id: string };
  tender: Translated & {
    id: string;
    status: TenderStatus;
    mainProcurementCategory: "goods" | "services" | "works";
    value: { amount: number; currency: "GBP" };
    awardCriteria: "ratedCriteria";
    tenderPeriod: { endDate: string };
    selectionCriteria?: Translated;
    hasSustainability: boolean;
    sustainability?: Sustainability[];
    lots: (Translated & { id: string; awardCriteria?: Translated & { criteria: AwardCriterion[] } })[];
    criteria?: OcdsCriterion[];
  };
};

export type OcdsRelease = OcdsReleaseContent & { id: string; date: string };

export type OcdsReleasePackage = {
  uri: string;
  version: "1.1";
  extensions: string[];
  publishedDate: string;
  publisher: { name: string; scheme?: string; uid?: string };
  license: string;
  releases: [OcdsRelease];
};

/** The release's content, and what the caller needs to date it. */
export type OcdsReleaseDraft = {
  content: OcdsReleaseContent;
  /** Everything but the status: when this changes, the content changed. */
  contentFingerprint: string;
  /** Everything: names the release. */
  releaseFingerprint: string;
  statusSince: string | null;
  publishable: boolean;
  publisher: OcdsReleasePackage["publisher"];
};

const LOT_ID = "1";
const UNITED_KINGDOM: Bilingual = { en: "United Kingdom", cy: "Y Deyrnas Unedig" };

export function tenderCriteriaRelease(data: TenderCriteriaExport, options: OcdsOptions): OcdsReleaseDraft {
  const { assessment } = data;
  const [primary, ...others] = assessment.languages;
  /**
   * The field in the release's language, and its translations as `field_cy` / `field_en` (OCDS multilingual
   * fields). Empty text is left out, as OCDS strings may not be empty, rather than filled from another language.
   */
  const t = (field: string, text: Bilingual): Translated => {
    const out: Record<string, string> = {};
    if (text[primary].trim()) out[field] = text[primary];
    for (const lang of others) if (text[lang].trim()) out[`${field}_${lang}`] = text[lang];
    return out;
  };
  const ocid = `${options.ocidPrefix ?? PLACEHOLDER_OCID_PREFIX}-${assessment.id}`;
  const buyerName = t("name", assessment.buyerName);
  const identifier = assessment.buyerIdentifier;
  const buyerId = identifier ? `${identifier.scheme}-${identifier.id}` : assessment.buyerId;
  const criteria = [...data.criteria.map((criterion) => evidenceCriterion(criterion, t)), ...data.gates.map((gate) => gateCriterion(gate, t))];
  const status = tenderStatus({ status: assessment.status ?? "published", publishedAt: assessment.publishedAt, responseDeadline: assessment.responseDeadline }, options.now);
  const goals = sustainabilityGoals(data.criteria, assessment.carbonReductionPlanRequired);

  const content: OcdsReleaseContent = {
    ocid,
    tag: [status.tag],
    initiationType: "tender",
    language: primary,
    parties: [
      {
        id: buyerId,
        ...buyerName,
        ...(identifier ? { identifier: { scheme: identifier.scheme, id: identifier.id, legalName: assessment.buyerName.en } } : {}),
        roles: ["buyer"],
        address: { ...t("region", nationNames[assessment.nation]), ...t("countryName", UNITED_KINGDOM), country: "GB" },
      },
    ],
    buyer: { id: buyerId, ...buyerName },
    tender: {
      id: assessment.reference,
      ...t("title", assessment.title),
      ...t("description", assessment.description),
      status: status.status,
      mainProcurementCategory: assessment.procurementCategory ?? "services",
      value: { amount: assessment.annualContractValue, currency: "GBP" },
      awardCriteria: "ratedCriteria",
      ...t("awardCriteriaDetails", joinBilingual([scaleDescription(data), awardShareNote(assessment.awardShare ?? null)])),
      tenderPeriod: { endDate: assessment.responseDeadline },
      ...(data.gates.length > 0 ? { selectionCriteria: t("description", gatesDescription(data.gates)) } : {}),
      hasSustainability: goals.length > 0,
      ...(goals.length > 0 ? { sustainability: goals.map((goal) => ({ goal: goal.goal, strategies: goal.strategies, ...t("description", goal.description) })) } : {}),
      lots: [
        {
          id: LOT_ID,
          ...t("title", assessment.title),
          ...t("description", valueNote(assessment.annualContractValue)),
          // The schema wants at least one award criterion, so a draft with none has no awardCriteria.
          ...(data.criteria.length > 0
            ? { awardCriteria: { ...t("weightingDescription", awardShareNote(assessment.awardShare ?? null)), criteria: data.criteria.map((criterion) => awardCriterion(criterion, t)) } }
            : {}),
        },
      ],
      ...(criteria.length > 0 ? { criteria } : {}),
    },
  };
  const { status: _status, ...tenderWithoutStatus } = content.tender;
  const { tag: _tag, ...contentWithoutStatus } = content;
  return {
    content,
    contentFingerprint: fingerprint({ ...contentWithoutStatus, tender: tenderWithoutStatus }),
    releaseFingerprint: fingerprint(content),
    statusSince: status.since,
    publishable: options.ocidPrefix !== null,
    publisher: { name: assessment.buyerName[primary] || assessment.buyerName.en, ...(identifier ? { scheme: identifier.scheme, uid: identifier.id } : {}) },
  };
}

/** The package for one download: `contentChangedAt` is when this content was first seen; `uri` where it is served. */
export function tenderCriteriaPackage(draft: OcdsReleaseDraft, options: { contentChangedAt: string; uri: string }): OcdsReleasePackage {
  const date = releaseDate(options.contentChangedAt, draft.statusSince);
  const { ocid, ...rest } = draft.content;
  return {
    uri: options.uri,
    version: "1.1",
    extensions: OCDS_EXTENSIONS,
    publishedDate: date,
    publisher: draft.publisher,
    license: OCDS_LICENSE,
    releases: [{ ocid, id: releaseId(ocid, draft.releaseFingerprint), date, ...rest }],
  };
}

/** Both steps at once, for content first seen at `contentChangedAt`. */
export function tenderCriteriaOcds(data: TenderCriteriaExport, options: OcdsOptions & { contentChangedAt: string; uri: string }): OcdsReleasePackage {
  return tenderCriteriaPackage(tenderCriteriaRelease(data, options), options);
}

type T = (field: string, text: Bilingual) => Translated;

function awardCriterion(criterion: ExportCriterion, t: T): AwardCriterion {
  const numbers: AwardCriterion["numbers"] = [{ number: criterion.weight, weight: "percentageExact" }];
  if (criterion.minimumScore !== undefined) numbers.push({ number: criterion.minimumScore, threshold: "minimumScore" });
  return { type: "quality", ...t("name", criterion.title), ...t("description", joinBilingual([criterion.question, descriptorText(criterion)], "\n")), numbers };
}

/** The evidence asked for under a criterion; a criterion that asks for none still asks for an answer. */
function evidenceCriterion(criterion: ExportCriterion, t: T): OcdsCriterion {
  const asked = criterion.evidence.length > 0 ? criterion.evidence : [criterion.question];
  return {
    id: criterion.id,
    ...t("title", criterion.title),
    ...t("description", criterion.question),
    relatedLots: [LOT_ID],
    requirementGroups: [
      {
        id: `${criterion.id}-evidence`,
        ...t("description", labels.evidence),
        requirements: asked.map((item, index) => ({
          id: `${criterion.id}-evidence-${index + 1}`,
          ...t("title", item),
          ...t("description", evidenceFor(criterion.title)),
          dataType: "string",
        })),
      },
    ],
  };
}

/** A pass or fail condition: one yes-or-no requirement the tenderer must meet. */
function gateCriterion(gate: ExportGate, t: T): OcdsCriterion {
  return {
    id: gate.id,
    ...t("title", gateKinds[gate.kind]),
    ...t("description", gate.question),
    relatesToTenderer: true,
    requirementGroups: [
      {
        id: `${gate.id}-pass`,
        ...t("description", labels.gatesText),
        requirements: [{ id: `${gate.id}-pass-1`, ...t("title", gate.question), ...t("description", labels.gatesText), dataType: "boolean", expectedValue: true }],
      },
    ],
  };
}

function scaleDescription(data: TenderCriteriaExport): Bilingual {
  const make = (lang: Language) =>
    `${labels.howScoredText[lang]} ${labels.scoringScale[lang]}: ${data.scale.map((p) => `${p.value}: ${p.descriptor[lang]}`).join(" ")}`;
  return { en: make("en"), cy: make("cy") };
}

function gatesDescription(gates: ExportGate[]): Bilingual {
  const make = (lang: Language) => `${labels.gatesText[lang]} ${gates.map((g) => `${gateKinds[g.kind][lang]}: ${g.question[lang]}`).join(" ")}`;
  return { en: make("en"), cy: make("cy") };
}

/** The scale as this criterion words it, e.g. "Scoring scale: 0: No evidence; 1: …". */
function descriptorText(criterion: ExportCriterion): Bilingual {
  const make = (lang: Language) =>
    criterion.descriptors.some((point) => !point.descriptor[lang].trim())
      ? ""
      : `${labels.scoringScale[lang]}: ${criterion.descriptors.map((point) => `${point.value}: ${point.descriptor[lang]}`).join("; ")}`;
  return { en: make("en"), cy: make("cy") };
}

/** The price/quality note: how much of the whole award these criteria decide. */

/** tender.value is the value a year the buyer entered; the lot says so, as OCDS has no field for the period. */
function valueNote(amount: number): Bilingual {
  const en = new Intl.NumberFormat("en-GB").format(amount);
  return { en: `Estimated value £${en} a year, including VAT.`, cy: `Gwerth amcangyfrifedig £${en} y flwyddyn, gan gynnwys TAW.` };
}

/** Joins texts per language, leaving out empty ones. */
function joinBilingual(parts: Bilingual[], separator = " "): Bilingual {
  const make = (lang: Language) => parts.map((part) => part[lang].trim()).filter(Boolean).join(separator);
  return { en: make("en"), cy: make("cy") };
}
