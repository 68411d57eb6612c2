import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tenderCriteriaFixture } from "../fixtures";
import { inLanguages } from "../testing/read-back";
import { OCDS_EXTENSIONS, tenderCriteriaOcds } from "./tender-criteria";
import { validateReleasePackage } from "./validate";

const options = { ocidPrefix: "ocds-b5fd17", publishedDate: "2026-05-01T10:00:00Z" };

function codes(file: string): string[] {
  const csv = readFileSync(path.join(__dirname, "schema", file), "utf8");
  return csv.split(/\r?\n/).slice(1).filter(Boolean).map((line) => line.split(",")[0]);
}

describe("tender criteria as an OCDS release package", () => {
  const pkg = tenderCriteriaOcds(tenderCriteriaFixture, options);
  const release = pkg.releases[0];

  it("validates against the OCDS 1.1.5 release package schema with the lots, award criteria and requirements extensions", () => {
    expect(validateReleasePackage(pkg)).toEqual({ valid: true, errors: [] });
    expect(pkg.version).toBe("1.1");
    expect(pkg.extensions).toEqual(OCDS_EXTENSIONS);
    for (const url of pkg.extensions) expect(url).toMatch(/^https:\/\/raw\.githubusercontent\.com\/open-contracting-extensions\/ocds_\w+_extension\/master\/extension\.json$/);
  });

  it("identifies the process and the buyer", () => {
    expect(release.ocid).toBe("ocds-b5fd17-asm_01JTYWI2026014");
    expect(release.language).toBe("cy");
    expect(release.buyer).toEqual({ id: "GB-PPON-PDTW-4821-XQLM", name: "Cyngor Sir Dyffryn Tywi", name_en: "Towy Valley County Council" });
    expect(release.parties[0].roles).toEqual(["buyer"]);
    expect(release.tender.tenderPeriod.endDate).toBe("2026-06-12T11:00:00Z");
    expect(release.tender.title).toBe("Lletya cwmwl ar gyfer gwasanaethau'r cyngor");
    expect(release.tender.title_en).toBe("Cloud hosting for council services");
  });

  it("gives each criterion's weight as an exact percentage and its minimum score as a threshold", () => {
    const criteria = release.tender.lots[0].awardCriteria?.criteria ?? [];
    expect(criteria).toHaveLength(6);
    expect(criteria.map((c) => c.numbers[0])).toEqual([25, 15, 15, 15, 10, 20].map((number) => ({ number, weight: "percentageExact" })));
    expect(criteria[0]).toMatchObject({ type: "quality", name: "Ymrwymiad i dargedau sero net sy'n seiliedig ar wyddoniaeth" });
    expect(criteria[0].numbers[1]).toEqual({ number: 2, threshold: "minimumScore" });
    expect(criteria[0].name_en).toBe("Commitment to science-based net-zero targets");
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
