import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tenderCriteriaFixture } from "../fixtures";
import { inLanguages } from "../testing/read-back";
import { PLACEHOLDER_OCID_PREFIX } from "./release-identity";
import { OCDS_EXTENSIONS, OCDS_LICENSE, tenderCriteriaOcds, tenderCriteriaRelease } from "./tender-criteria";
import { validateReleasePackage } from "./validate";

// A prefix of the registered shape made up for these tests (no publisher's).
const options = { ocidPrefix: "ocds-tst123", now: "2026-05-20T10:00:00Z", contentChangedAt: "2026-05-02T08:30:00Z", uri: "https://assess.example/assessments/asm_01JTYWI2026014/export/tender-criteria.ocds.json" };

function codes(file: string): string[] {
  const csv = readFileSync(path.join(__dirname, "schema", file), "utf8");
  return csv.split(/\r?\n/).slice(1).filter(Boolean).map((line) => line.split(",")[0]);
}

describe("tender criteria as an OCDS release package", () => {
  const pkg = tenderCriteriaOcds(tenderCriteriaFixture, options);
  const release = pkg.releases[0];

  it("validates against the OCDS 1.1.5 release package schema with the lots, award criteria, requirements and sustainability extensions", () => {
    expect(validateReleasePackage(pkg)).toEqual({ valid: true, errors: [] });
    expect(pkg.version).toBe("1.1");
    expect(pkg.extensions).toEqual(OCDS_EXTENSIONS);
    for (const url of pkg.extensions) expect(url).toMatch(/^https:\/\/raw\.githubusercontent\.com\/open-contracting-extensions\/ocds_\w+_extension\/master\/extension\.json$/);
  });

  it("identifies the process and the buyer", () => {
    expect(release.ocid).toBe("ocds-tst123-asm_01JTYWI2026014");
    expect(release.language).toBe("cy");
    expect(release.buyer).toEqual({ id: "GB-PPON-PDTW-4821-XQLM", name: "Cyngor Sir Dyffryn Tywi", name_en: "Towy Valley County Council" });
    expect(release.parties[0].identifier).toEqual({ scheme: "GB-PPON", id: "PDTW-4821-XQLM", legalName: "Towy Valley County Council" });
    expect(release.parties[0].roles).toEqual(["buyer"]);
    expect(pkg.publisher).toEqual({ name: "Cyngor Sir Dyffryn Tywi", scheme: "GB-PPON", uid: "PDTW-4821-XQLM" });
    expect(pkg.uri).toBe(options.uri);
    expect(pkg.license).toBe(OCDS_LICENSE);
    expect(release.tender.mainProcurementCategory).toBe("services");
    expect(codes("codelists/procurementCategory.csv")).toContain(release.tender.mainProcurementCategory);
    expect(release.tender.value).toEqual({ amount: 850000, currency: "GBP" });
    expect(release.tender.lots[0].description_en).toBe("Estimated value £850,000 a year, including VAT.");
    expect(release.tender.tenderPeriod.endDate).toBe("2026-06-12T11:00:00Z");
    expect(release.tender.title).toBe("Lletya cwmwl ar gyfer gwasanaethau’r cyngor");
    expect(release.tender.title_en).toBe("Cloud hosting for council services");
  });

  it("gives each criterion's weight as an exact percentage and its minimum score as a threshold", () => {
    const criteria = release.tender.lots[0].awardCriteria?.criteria ?? [];
    expect(criteria).toHaveLength(6);
    expect(criteria.map((c) => c.numbers[0])).toEqual([25, 15, 15, 15, 10, 20].map((number) => ({ number, weight: "percentageExact" })));
    expect(criteria[0]).toMatchObject({ type: "quality", name: "Ymrwymiad i dargedau sero net sy’n seiliedig ar wyddoniaeth" });
    expect(criteria[0].numbers[1]).toEqual({ number: 2, threshold: "minimumScore" });
    expect(criteria[0].name_en).toBe("Commitment to science-based net-zero targets");
  });

  it("words each criterion's scale as that criterion does, in both languages", () => {
    const [first] = release.tender.lots[0].awardCriteria?.criteria ?? [];
    const fixture = tenderCriteriaFixture.criteria[0];
    expect(first.description_en).toContain(`Scoring scale: 0: ${fixture.descriptors[0].descriptor.en}; ${fixture.descriptors[1].value}: ${fixture.descriptors[1].descriptor.en}`);
    expect(first.description).toContain(`Graddfa sgorio: 0: ${fixture.descriptors[0].descriptor.cy}`);
  });

  it("says which share of the total award these criteria carry", () => {
    const award = release.tender.lots[0].awardCriteria;
    expect(award?.weightingDescription_en).toBe("These criteria carry 15% of the total award; price and any other criteria carry the rest. Each weight is a percentage of that 15%.");
    expect(award?.weightingDescription).toContain("15% o’r dyfarniad cyfan");
    expect(release.tender.awardCriteriaDetails_en).toContain("15% of the total award");
    const unset = tenderCriteriaOcds({ ...tenderCriteriaFixture, assessment: { ...tenderCriteriaFixture.assessment, awardShare: null } }, options);
    expect(unset.releases[0].tender.lots[0].awardCriteria?.weightingDescription_en).toContain("has not been set");
  });

  it("says which sustainability goals the criteria pursue, and by which means", () => {
    expect(release.tender.hasSustainability).toBe(true);
    expect(release.tender.sustainability?.map(({ goal, strategies }) => ({ goal, strategies }))).toEqual([
      { goal: "environmental.climateChangeMitigation", strategies: ["awardCriteria", "selectionCriteria"] },
      { goal: "environmental.circularEconomy", strategies: ["awardCriteria"] },
      { goal: "social.humanRightsInSupplyChains", strategies: ["awardCriteria"] },
      { goal: "environmental", strategies: ["awardCriteria"] },
    ]);
    expect(release.tender.sustainability?.[0].description_en).toBe("Business rule 1: net zero; Carbon Reduction Plan");
    const goals = codes("extensions/sustainability/codelists/sustainabilityGoal.csv");
    const strategies = codes("extensions/sustainability/codelists/sustainabilityStrategy.csv");
    for (const item of release.tender.sustainability ?? []) {
      expect(goals).toContain(item.goal);
      for (const strategy of item.strategies) expect(strategies).toContain(strategy);
    }
    const none = tenderCriteriaOcds({ ...tenderCriteriaFixture, criteria: [], gates: [], assessment: { ...tenderCriteriaFixture.assessment, carbonReductionPlanRequired: false } }, options);
    expect(none.releases[0].tender.hasSustainability).toBe(false);
    expect(none.releases[0].tender.sustainability).toBeUndefined();
    expect(validateReleasePackage(none)).toEqual({ valid: true, errors: [] });
  });

  it("gives the same release id and date to unchanged content, and a new id when anything in it changes", () => {
    const again = tenderCriteriaOcds(tenderCriteriaFixture, { ...options, now: "2026-05-25T16:00:00Z" });
    expect(JSON.stringify(again)).toBe(JSON.stringify(pkg));
    expect(release.date).toBe("2026-05-02T08:30:00Z");
    expect(pkg.publishedDate).toBe(release.date);
    expect(release.id).toMatch(/^ocds-tst123-asm_01JTYWI2026014-[0-9a-f]{16}$/);
    const retitled = { ...tenderCriteriaFixture, assessment: { ...tenderCriteriaFixture.assessment, title: { en: "Cloud hosting", cy: "Lletya cwmwl" } } };
    const draft = tenderCriteriaRelease(retitled, options);
    const before = tenderCriteriaRelease(tenderCriteriaFixture, options);
    expect(draft.contentFingerprint).not.toBe(before.contentFingerprint);
    expect(tenderCriteriaOcds(retitled, options).releases[0].id).not.toBe(release.id);
  });

  it("is active until the deadline for responses and complete after it, dated when its status changed", () => {
    expect(release.tender.status).toBe("active");
    expect(release.tag).toEqual(["tender"]);
    const atDeadline = tenderCriteriaOcds(tenderCriteriaFixture, { ...options, now: "2026-06-12T11:00:00Z" });
    expect(atDeadline.releases[0].tender.status).toBe("complete");
    expect(atDeadline.releases[0].date).toBe("2026-06-12T11:00:00Z");
    expect(atDeadline.releases[0].id).not.toBe(release.id);
    expect(validateReleasePackage(atDeadline)).toEqual({ valid: true, errors: [] });
    // A content change seen after the deadline dates the release from when it was seen.
    const later = tenderCriteriaOcds(tenderCriteriaFixture, { ...options, now: "2026-07-01T00:00:00Z", contentChangedAt: "2026-06-20T09:00:00Z" });
    expect(later.releases[0].date).toBe("2026-06-20T09:00:00Z");
    const draft = tenderCriteriaOcds({ ...tenderCriteriaFixture, assessment: { ...tenderCriteriaFixture.assessment, status: "draft", publishedAt: undefined } }, options);
    expect(draft.releases[0].tender.status).toBe("planning");
    expect(draft.releases[0].tag).toEqual(["planning"]);
    expect(validateReleasePackage(draft)).toEqual({ valid: true, errors: [] });
    // Published on 1 May, content unchanged since before then: dated at publication.
    const published = tenderCriteriaOcds(tenderCriteriaFixture, { ...options, contentChangedAt: "2026-04-20T00:00:00Z" });
    expect(published.releases[0].date).toBe("2026-05-01T09:00:00Z");
  });

  it("without a publisher prefix uses a placeholder no publisher can hold", () => {
    const unpublishable = tenderCriteriaOcds(tenderCriteriaFixture, { ...options, ocidPrefix: null });
    expect(unpublishable.releases[0].ocid).toBe(`${PLACEHOLDER_OCID_PREFIX}-asm_01JTYWI2026014`);
    expect(PLACEHOLDER_OCID_PREFIX).not.toMatch(/^ocds-[a-z0-9]{6}$/);
    expect(tenderCriteriaRelease(tenderCriteriaFixture, { ...options, ocidPrefix: null }).publishable).toBe(false);
    expect(validateReleasePackage(unpublishable)).toEqual({ valid: true, errors: [] });
  });

  it("puts the Welsh title in the Welsh slot and leaves the slot out, rather than fill it with English, when there is none", () => {
    expect(release.tender.title).toBe("Lletya cwmwl ar gyfer gwasanaethau’r cyngor");
    const noWelsh = tenderCriteriaOcds({ ...tenderCriteriaFixture, assessment: { ...tenderCriteriaFixture.assessment, title: { en: "Cloud hosting", cy: "" } } }, options);
    expect(noWelsh.releases[0].tender.title).toBeUndefined();
    expect(noWelsh.releases[0].tender.title_en).toBe("Cloud hosting");
  });

  it("lists the evidence asked for as requirements, and the pass or fail conditions as yes-or-no requirements of the tenderer", () => {
    const [first, ...rest] = release.tender.criteria ?? [];
    const requirements = first.requirementGroups[0].requirements;
    expect(requirements.map((r) => [r.id, r.title_en, r.dataType])).toEqual([
      ["br1.2020.net-zero-commitment-evidence-1", "SBTi status and the date it was checked", "string"],
      ["br1.2020.net-zero-commitment-evidence-2", "Carbon Reduction Plan and the web page where it is published", "string"],
    ]);
    expect(requirements[0].description).toContain("Ymrwymiad i dargedau sero net");
    const gates = rest.filter((c) => c.relatesToTenderer);
    expect(gates.map((g) => g.id)).toEqual(["crp", "uk-data-residency"]);
    expect(gates[0].requirementGroups[0].requirements[0]).toMatchObject({ dataType: "boolean", expectedValue: true });
    expect(release.tender.selectionCriteria?.description_en).toContain("Will all council data be stored and processed in the UK?");
  });

  it("uses codes from the OCDS codelists", () => {
    expect(codes("codelists/awardCriteria.csv")).toContain(release.tender.awardCriteria);
    expect(codes("codelists/releaseTag.csv")).toEqual(expect.arrayContaining(release.tag));
    expect(codes("codelists/tenderStatus.csv")).toContain(release.tender.status);
    expect(codes("codelists/partyRole.csv")).toEqual(expect.arrayContaining(release.parties[0].roles));
    expect(codes("extensions/awardCriteria/codelists/awardCriterionType.csv")).toContain("quality");
    expect(codes("extensions/awardCriteria/codelists/criterionWeight.csv")).toContain("percentageExact");
    expect(codes("extensions/awardCriteria/codelists/criterionThreshold.csv")).toContain("minimumScore");
    expect(codes("extensions/requirements/codelists/dataType.csv")).toEqual(expect.arrayContaining(["string", "boolean"]));
  });

  it("in one language has no translations", () => {
    const english = tenderCriteriaOcds(inLanguages(tenderCriteriaFixture, ["en"]), options);
    expect(english.releases[0].language).toBe("en");
    expect(JSON.stringify(english)).not.toMatch(/_cy"|_en"/);
    expect(validateReleasePackage(english).valid).toBe(true);
  });

  it("stays valid for a draft with no criteria or conditions and with Welsh text still to write", () => {
    const draft = tenderCriteriaOcds({ ...tenderCriteriaFixture, criteria: [], gates: [] }, options);
    expect(validateReleasePackage(draft)).toEqual({ valid: true, errors: [] });
    const untranslated = tenderCriteriaOcds(
      { ...tenderCriteriaFixture, criteria: tenderCriteriaFixture.criteria.map((c) => ({ ...c, evidence: c.evidence.map((e) => ({ ...e, cy: "" })) })) },
      options,
    );
    expect(validateReleasePackage(untranslated)).toEqual({ valid: true, errors: [] });
    const requirement = untranslated.releases[0].tender.criteria?.[0].requirementGroups[0].requirements[0];
    expect(requirement?.title).toBeUndefined();
    expect(requirement?.title_en).toBe("SBTi status and the date it was checked");
  });

  it("reports a broken copy as invalid, with the path of each error", () => {
    const broken = structuredClone(pkg) as unknown as { releases: { tender: Record<string, unknown> & { lots: { awardCriteria: { criteria: Record<string, unknown>[] } }[] } }[] };
    broken.releases[0].tender.lots[0].awardCriteria.criteria[2].type = 3;
    (broken.releases[0].tender.lots[0].awardCriteria.criteria[1].numbers as { weight: string }[])[0].weight = "percent";
    broken.releases[0].tender.tenderPeriod = { endDate: "next Friday" };
    const result = validateReleasePackage(broken);
    expect(result.valid).toBe(false);
    expect(result.errors).toEqual(
      expect.arrayContaining([
        "/releases/0/tender/lots/0/awardCriteria/criteria/2/type must be string,null",
        expect.stringMatching(/^\/releases\/0\/tender\/lots\/0\/awardCriteria\/criteria\/1\/numbers\/0\/weight must be equal to one of the allowed values \(percentageExact, /),
        '/releases/0/tender/tenderPeriod/endDate must match format "date-time"',
      ]),
    );
  });

  it("rejects a package without releases", () => {
    const result = validateReleasePackage({ version: "1.1" });
    expect(result.valid).toBe(false);
    expect(result.errors[0]).toContain("releases");
  });
});
