import { bilingual as b, type Bilingual } from "../text";

export type EvidenceKind =
  | "sbti"
  | "cdp"
  | "ecoVadis"
  | "epeat"
  | "tcoCertified"
  | "iso14001"
  | "carbonTrustRouteToNetZero"
  | "modernSlaveryStatement"
  | "msat";

export type EvidenceRule = {
  readonly label: Bilingual;
  /** How long the evidence stays current when the certificate states no expiry of its own. */
  readonly validity: {
    readonly from: "asAt" | "financialYearEnd";
    readonly months: number;
    readonly monthsByStatus?: Readonly<Record<string, number>>;
  };
  readonly basis: string;
  readonly source: string;
};

/** Validity rules as data, each with the published basis it rests on. */
export const evidenceRules: Readonly<Record<EvidenceKind, EvidenceRule>> = Object.freeze({
  sbti: {
    label: b("SBTi", "SBTi"),
    validity: { from: "asAt", months: 60, monthsByStatus: { committed: 24 } },
    basis:
      "A company has 24 months from committing to have targets validated, after which the SBTi removes the commitment; validated targets must be reviewed and, if needed, revalidated at least every five years.",
    source: "https://sciencebasedtargets.org/target-validation",
  },
  cdp: {
    label: b("CDP", "CDP"),
    validity: { from: "asAt", months: 12 },
    basis:
      "A CDP score covers one annual disclosure cycle and is superseded when the next cycle's scores are published; it is treated as current for 12 months from publication.",
    source: "https://www.cdp.net/en/scores",
  },
  ecoVadis: {
    label: b("EcoVadis", "EcoVadis"),
    validity: { from: "asAt", months: 12 },
    basis: "An EcoVadis scorecard, and the medal that comes with it, is valid for 12 months from its publication date.",
    source: "https://ecovadis.com/ratings/",
  },
  epeat: {
    label: b("EPEAT", "EPEAT"),
    validity: { from: "asAt", months: 12 },
    basis:
      "EPEAT registrations have no fixed end but products are archived or de-listed after verification, so a registry check is treated as current for 12 months.",
    source: "https://www.epeat.net/",
  },
  tcoCertified: {
    label: b("TCO Certified", "TCO Certified"),
    validity: { from: "asAt", months: 24 },
    basis: "TCO Certified product certificates are valid for two years, then the product must be recertified.",
    source: "https://tcocertified.com/certification-process/",
  },
  iso14001: {
    label: b("ISO 14001", "ISO 14001"),
    validity: { from: "asAt", months: 36 },
    basis: "ISO/IEC 17021-1 sets a three-year certification cycle, with surveillance audits in between.",
    source: "https://www.iso.org/standard/61736.html",
  },
  carbonTrustRouteToNetZero: {
    label: b("Carbon Trust Route to Net Zero", "Llwybr at Sero Net yr Ymddiriedolaeth Garbon"),
    validity: { from: "asAt", months: 24 },
    basis: "Certification to the Carbon Trust Route to Net Zero Standard is awarded for a two-year period.",
    source: "https://www.carbontrust.com/what-we-do/assurance-and-certification/route-to-net-zero-standard",
  },
  modernSlaveryStatement: {
    label: b("modern slavery statement", "datganiad caethwasiaeth fodern"),
    validity: { from: "financialYearEnd", months: 18 },
    basis:
      "Section 54 of the Modern Slavery Act 2015 asks for a statement for each financial year and Home Office guidance expects it within six months of the year end, so a statement is current until 18 months after the year it covers.",
    source: "https://www.gov.uk/government/publications/transparency-in-supply-chains-a-practical-guide",
  },
  msat: {
    label: b("Modern Slavery Assessment Tool (MSAT)", "Offeryn Asesu Caethwasiaeth Fodern (MSAT)"),
    validity: { from: "asAt", months: 12 },
    basis:
      "The MSAT is a point-in-time self-assessment used under PPN 02/23; it is treated as current for 12 months, so it is refreshed each year of a contract.",
    source: "https://www.gov.uk/government/publications/ppn-0223-tackling-modern-slavery-in-government-supply-chains",
  },
});

export const evidenceKinds = Object.keys(evidenceRules) as EvidenceKind[];
