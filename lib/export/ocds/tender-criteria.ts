import { gateKinds, labels, nationNames } from "../labels";
import type { Bilingual, ExportCriterion, ExportGate, Language, TenderCriteriaExport } from "../model";
import { evidenceFor } from "../sentences";

/**
 * The tender criteria as an Open Contracting Data Standard 1.1 release package, with the lots, award
 * criteria and requirements extensions: weights in `tender.lots[0].awardCriteria.criteria[]`, the evidence
 * asked for in `tender.criteria[]`, and the pass or fail conditions as selection criteria.
 */

export const OCDS_EXTENSIONS = ["lots", "awardCriteria", "requirements"].map(
  (name) => `https://raw.githubusercontent.com/open-contracting-extensions/ocds_${name}_extension/master/extension.json`,
);

export type OcdsOptions = { ocidPrefix: string; publishedDate: string };

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

export type OcdsRelease = {
  ocid: string;
  id: string;
  date: string;
  tag: ["tender"];
  initiationType: "tender";
  language: Language;
  parties: (Translated & { id: string; roles: ["buyer"]; address: Translated })[];
  buyer: Translated & { id: string };
  tender: Translated & {
    id: string;
    status: "active";
    awardCriteria: "ratedCriteria";
    tenderPeriod: { endDate: string };
    selectionCriteria?: Translated;
    lots: (Translated & { id: string; awardCriteria?: { criteria: AwardCriterion[] } })[];
    criteria?: OcdsCriterion[];
  };
};

export type OcdsReleasePackage = {
  version: "1.1";
  extensions: string[];
  publishedDate: string;
  publisher: { name: string };
  releases: [OcdsRelease];
};

const LOT_ID = "1";
const UNITED_KINGDOM: Bilingual = { en: "United Kingdom", cy: "Y Deyrnas Unedig" };

export function tenderCriteriaOcds(data: TenderCriteriaExport, options: OcdsOptions): OcdsReleasePackage {
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
  const ocid = `${options.ocidPrefix}-${assessment.id}`;
  const buyerName = t("name", assessment.buyerName);
  const criteria = [...data.criteria.map((criterion) => evidenceCriterion(criterion, t)), ...data.gates.map((gate) => gateCriterion(gate, t))];

  const release: OcdsRelease = {
    ocid,
    id: `${ocid}-tender-criteria-${data.generatedAt.replace(/[^0-9]/g, "").slice(0, 14)}`,
    date: data.generatedAt,
    tag: ["tender"],
    initiationType: "tender",
    language: primary,
    parties: [
      {
        id: assessment.buyerId,
        ...buyerName,
        roles: ["buyer"],
        address: { ...t("region", nationNames[assessment.nation]), ...t("countryName", UNITED_KINGDOM), country: "GB" },
      },
    ],
    buyer: { id: assessment.buyerId, ...buyerName },
    tender: {
      id: assessment.reference,
      ...t("title", assessment.title),
      ...t("description", assessment.description),
      status: "active",
      awardCriteria: "ratedCriteria",
      ...t("awardCriteriaDetails", scaleDescription(data)),
      tenderPeriod: { endDate: assessment.responseDeadline },
      ...(data.gates.length > 0 ? { selectionCriteria: t("description", gatesDescription(data.gates)) } : {}),
      lots: [
        {
          id: LOT_ID,
          ...t("title", assessment.title),
          // The schema wants at least one award criterion, so a draft with none has no awardCriteria.
          ...(data.criteria.length > 0 ? { awardCriteria: { criteria: data.criteria.map((criterion) => awardCriterion(criterion, t)) } } : {}),
        },
      ],
      ...(criteria.length > 0 ? { criteria } : {}),
    },
  };

  return {
    version: "1.1",
    extensions: OCDS_EXTENSIONS,
    publishedDate: options.publishedDate,
    publisher: { name: assessment.buyerName[primary] },
    releases: [release],
  };
}

type T = (field: string, text: Bilingual) => Translated;

function awardCriterion(criterion: ExportCriterion, t: T): AwardCriterion {
  const numbers: AwardCriterion["numbers"] = [{ number: criterion.weight, weight: "percentageExact" }];
  if (criterion.minimumScore !== undefined) numbers.push({ number: criterion.minimumScore, threshold: "minimumScore" });
  return { type: "quality", ...t("name", criterion.title), ...t("description", criterion.question), numbers };
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
