import { afterEach, describe, expect, it } from "vitest";
import { welshToUpdate } from "@/lib/domain/language/welsh-to-update";
import type { OcdsReleasePackage } from "@/lib/export";
import { validateReleasePackage } from "@/lib/export/ocds/validate";
import { getOrganisationDetails, setOrganisationIdentifier } from "@/lib/server/organisations/organisation-details";
import { createOrganisation, useTestDatabase } from "@/lib/testing/use-test-database";
import { createAssessment } from "./create-assessment";
import { updateCriterion } from "./criteria";
import { exportAssessmentFile } from "./export-assessment";
import { getAssessment } from "./get-assessment";
import { publishAssessment } from "./publish-assessment";
import { updateAssessmentText } from "./update-assessment-text";
import { welshParts } from "./welsh-parts";

const t = useTestDatabase();
const day = 24 * 60 * 60 * 1000;
const deadline = new Date("2027-03-01T12:00:00Z");

const details = {
  title: "Cloud hosting", titleCy: "Lletya cwmwl", reference: "CCC-2027-001", description: "Hosting for four years.", descriptionCy: "Lletya am bedair blynedd.",
  nation: "wales" as const, annualContractValue: 6_000_000, carbonReductionPlan: "no" as const, languages: "en+cy" as const, level: "2020" as const,
  scale: "0-4" as const, divergenceThreshold: 1, responseDeadline: deadline, awardShare: 15, procurementCategory: "services" as const,
};

async function download(actor: Parameters<typeof exportAssessmentFile>[0], id: string, at: Date) {
  const file = await exportAssessmentFile(actor, id, "tender-criteria.ocds.json", at, "https://assess.example");
  return { file, pkg: JSON.parse(String(file?.body)) as OcdsReleasePackage };
}

afterEach(() => {
  delete process.env.OCDS_PREFIX;
});

describe("the Open Contracting download", () => {
  it("is the same release, byte for byte, when downloaded again unchanged, and a new one once the content changes", async () => {
    process.env.OCDS_PREFIX = "ocds-tst123";
    const { actors } = await createOrganisation(t.db, "buyer", ["procurement-officer"]);
    const { id } = await createAssessment(actors[0], details);
    const first = await download(actors[0], id, new Date("2027-01-10T09:00:00Z"));
    const again = await download(actors[0], id, new Date("2027-01-11T15:30:00Z"));
    expect(again.file?.body).toBe(first.file?.body);
    expect(first.pkg.releases[0].date).toBe("2027-01-10T09:00:00.000Z");
    expect(first.pkg.releases[0].ocid).toBe(`ocds-tst123-${id}`);
    expect(first.pkg.uri).toBe(`https://assess.example/assessments/${id}/export/tender-criteria.ocds.json`);
    expect(first.file?.fileName).not.toContain("NOT FOR PUBLICATION");
    expect(validateReleasePackage(first.pkg)).toEqual({ valid: true, errors: [] });

    const version = (await getAssessment(actors[0], id))!.version;
    await updateAssessmentText(actors[0], id, { ...details, title: "Cloud hosting and backup", titleCy: "Lletya cwmwl a chopïau wrth gefn", welshConfirmed: "no", version });
    const changed = await download(actors[0], id, new Date("2027-01-12T08:00:00Z"));
    expect(changed.pkg.releases[0].id).not.toBe(first.pkg.releases[0].id);
    expect(changed.pkg.releases[0].date).toBe("2027-01-12T08:00:00.000Z");
    expect(changed.pkg.releases[0].tender.title).toBe("Lletya cwmwl a chopïau wrth gefn");
    expect(changed.pkg.releases[0].tender.title_en).toBe("Cloud hosting and backup");
  });

  it("is planned as a draft, active once published until the deadline, and complete after it", async () => {
    const { actors } = await createOrganisation(t.db, "buyer", ["procurement-officer"]);
    const { id } = await createAssessment(actors[0], details);
    expect((await download(actors[0], id, new Date())).pkg.releases[0].tender.status).toBe("planning");
    await publishAssessment(actors[0], id, (await getAssessment(actors[0], id))!.version);
    const active = await download(actors[0], id, new Date(deadline.getTime() - day));
    expect(active.pkg.releases[0].tender.status).toBe("active");
    const complete = await download(actors[0], id, new Date(deadline.getTime() + day));
    expect(complete.pkg.releases[0].tender.status).toBe("complete");
    expect(complete.pkg.releases[0].date).toBe(deadline.toISOString());
    expect(complete.pkg.releases[0].id).not.toBe(active.pkg.releases[0].id);
    expect(validateReleasePackage(complete.pkg)).toEqual({ valid: true, errors: [] });
  });

  it("without a publisher prefix is named and identified as not for publication", async () => {
    const { actors } = await createOrganisation(t.db, "buyer", ["procurement-officer"]);
    const { id } = await createAssessment(actors[0], details);
    const { file, pkg } = await download(actors[0], id, new Date());
    expect(file?.fileName).toContain("NOT FOR PUBLICATION");
    expect(pkg.releases[0].ocid).toBe(`ocds-not-for-publication-${id}`);
    process.env.OCDS_PREFIX = "not-a-prefix";
    expect((await download(actors[0], id, new Date())).file?.fileName).toContain("NOT FOR PUBLICATION");
  });

  it("names the buyer by the identifier its admin entered, and its Welsh name in the Welsh slots", async () => {
    const buyer = await createOrganisation(t.db, "buyer", ["procurement-officer", "organisation-admin"]);
    await t.db.organisation.update({ where: { id: buyer.organisation.id }, data: { nameCy: "Cyngor Prawf" } });
    const [officer, admin] = buyer.actors;
    expect(await setOrganisationIdentifier(officer, { identifierScheme: "GB-COH", identifierId: "01234567" })).toBeNull();
    expect(await setOrganisationIdentifier(admin, { identifierScheme: "GB-COH", identifierId: "01234567" })).toBe(true);
    const { id } = await createAssessment(officer, details);
    const { pkg } = await download(officer, id, new Date());
    const release = pkg.releases[0];
    expect(release.buyer).toMatchObject({ id: "GB-COH-01234567", name: "Cyngor Prawf", name_en: buyer.organisation.nameEn });
    expect(release.parties[0].identifier).toEqual({ scheme: "GB-COH", id: "01234567", legalName: buyer.organisation.nameEn });
    expect(release.tender.value).toEqual({ amount: 6_000_000, currency: "GBP" });
    expect(release.tender.lots[0].awardCriteria?.weightingDescription_en).toContain("15% of the total award");
  });

  it("identifiers are set for the admin's own organisation only", async () => {
    const own = await createOrganisation(t.db, "buyer", ["organisation-admin"]);
    const other = await createOrganisation(t.db, "buyer", ["organisation-admin"]);
    await setOrganisationIdentifier(own.actors[0], { identifierScheme: "GB-CHC", identifierId: "1123456" });
    expect(await getOrganisationDetails(own.actors[0])).toMatchObject({ identifierScheme: "GB-CHC", identifierId: "1123456" });
    expect(await getOrganisationDetails(other.actors[0])).toMatchObject({ id: other.organisation.id, identifierScheme: null, identifierId: null });
    const audit = await t.db.auditEvent.findMany({ where: { action: "organisation.identifier-changed", organisationId: { in: [own.organisation.id, other.organisation.id] } } });
    expect(audit.map((event) => event.organisationId)).toEqual([own.organisation.id]);
  });
});

describe("Welsh written before its English changed", () => {
  it("is listed until the Welsh is rewritten or confirmed, for the title and for a criterion", async () => {
    const { actors } = await createOrganisation(t.db, "buyer", ["procurement-officer"]);
    const officer = actors[0];
    const { id } = await createAssessment(officer, details);
    const fresh = (await getAssessment(officer, id))!;
    expect(welshToUpdate(welshParts(fresh)).filter((item) => item.state === "stale")).toEqual([]);

    const criterion = fresh.criteria[0];
    const edit = {
      titleEn: `${criterion.title.en} by 2040`, titleCy: criterion.title.cy, questionEn: criterion.question.en, questionCy: criterion.question.cy,
      guidanceEn: criterion.guidance.en, guidanceCy: criterion.guidance.cy, evidenceEn: criterion.evidence.en, evidenceCy: criterion.evidence.cy,
      weight: criterion.weight, minimumScore: null, rule: criterion.rule, descriptors: criterion.descriptors,
    };
    await updateCriterion(officer, id, criterion.id, { ...edit, version: fresh.version });
    let view = (await getAssessment(officer, id))!;
    await updateAssessmentText(officer, id, { ...details, title: "Cloud hosting and backup", welshConfirmed: "no", version: view.version });
    view = (await getAssessment(officer, id))!;
    expect(welshToUpdate(welshParts(view)).filter((item) => item.state === "stale")).toEqual([
      { criterionId: null, field: "title", state: "stale" },
      { criterionId: criterion.id, field: "title", state: "stale" },
    ]);
    // Saved again without touching the Welsh: still stale. Confirmed: up to date.
    await updateCriterion(officer, id, criterion.id, { ...edit, version: view.version });
    view = (await getAssessment(officer, id))!;
    expect(welshToUpdate(welshParts(view)).filter((item) => item.criterionId === criterion.id && item.state === "stale")).toHaveLength(1);
    await updateCriterion(officer, id, criterion.id, { ...edit, welshConfirmed: "yes", version: view.version });
    view = (await getAssessment(officer, id))!;
    await updateAssessmentText(officer, id, { ...details, title: "Cloud hosting and backup", titleCy: "Lletya cwmwl a chopïau wrth gefn", welshConfirmed: "no", version: view.version });
    view = (await getAssessment(officer, id))!;
    expect(welshToUpdate(welshParts(view)).filter((item) => item.state === "stale")).toEqual([]);
  });

  it("refuses a bilingual assessment without its Welsh title", async () => {
    const { actors } = await createOrganisation(t.db, "buyer", ["procurement-officer"]);
    const { id } = await createAssessment(actors[0], details);
    const version = (await getAssessment(actors[0], id))!.version;
    await expect(updateAssessmentText(actors[0], id, { ...details, titleCy: "", welshConfirmed: "no", version })).rejects.toMatchObject({ messageKey: "titleCy.required" });
  });
  it("is not published while its description written in English has no Welsh, and is once it has", async () => {
    const { actors } = await createOrganisation(t.db, "buyer", ["procurement-officer"]);
    const { id } = await createAssessment(actors[0], { ...details, descriptionCy: "" });
    const now = new Date("2027-01-10T09:00:00Z");
    await expect(publishAssessment(actors[0], id, (await getAssessment(actors[0], id))!.version, now)).rejects.toMatchObject({ messageKey: "publish.problems" });
    expect((await getAssessment(actors[0], id))!.status).toBe("draft");
    const version = (await getAssessment(actors[0], id))!.version;
    await updateAssessmentText(actors[0], id, { ...details, welshConfirmed: "no", version });
    await publishAssessment(actors[0], id, (await getAssessment(actors[0], id))!.version, now);
    expect((await getAssessment(actors[0], id))!.status).toBe("published");
  });
});
