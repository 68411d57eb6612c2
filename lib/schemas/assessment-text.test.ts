import { describe, expect, it } from "vitest";
import { assessmentTextSchema, createAssessmentSchema, criterionSchema } from "./assessments";
import { organisationIdentifierSchema } from "./organisation";

const text = { title: "Cloud hosting", titleCy: "Lletya cwmwl", description: "", descriptionCy: "", awardShare: "15", procurementCategory: "services", languages: "en+cy", version: "3" };
const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));

describe("an assessment's title, description and share of the award", () => {
  it("asks for the Welsh title when the assessment is in Welsh, and not when it is in English only", () => {
    expect(issues(assessmentTextSchema.safeParse({ ...text, titleCy: " " }))).toEqual({ titleCy: "titleCy.required" });
    expect(issues(assessmentTextSchema.safeParse({ ...text, titleCy: "", languages: "cy" }))).toEqual({ titleCy: "titleCy.required" });
    expect(assessmentTextSchema.safeParse({ ...text, titleCy: "", languages: "en" }).success).toBe(true);
    const created = createAssessmentSchema.safeParse({
      title: "Cloud hosting", titleCy: "", reference: "R-1", description: "", descriptionCy: "", nation: "wales", annualContractValue: "100000", deadlineDay: "", deadlineMonth: "",
      deadlineYear: "", deadlineTime: "", languages: "en+cy", level: "2020", scale: "0-4", divergenceThreshold: "1", awardShare: "", procurementCategory: "services",
    });
    expect(issues(created)).toEqual({ titleCy: "titleCy.required" });
    // Said together with the form's other mistakes, not only once they are put right.
    expect(issues(createAssessmentSchema.safeParse({ title: "", titleCy: "", languages: "en+cy" }))).toMatchObject({ title: "title.required", titleCy: "titleCy.required" });
  });

  it("takes the share as a whole percentage from 0 to 100, or none", () => {
    expect(assessmentTextSchema.parse({ ...text, awardShare: "15%" }).awardShare).toBe(15);
    expect(assessmentTextSchema.parse({ ...text, awardShare: "0" }).awardShare).toBe(0);
    expect(assessmentTextSchema.parse({ ...text, awardShare: "" }).awardShare).toBeNull();
    expect(issues(assessmentTextSchema.safeParse({ ...text, awardShare: "101" }))).toEqual({ awardShare: "awardShare.tooLarge" });
    expect(issues(assessmentTextSchema.safeParse({ ...text, awardShare: "12.5" }))).toEqual({ awardShare: "awardShare.wholeNumber" });
    expect(issues(assessmentTextSchema.safeParse({ ...text, awardShare: "-5" }))).toEqual({ awardShare: "awardShare.wholeNumber" });
  });
});

describe("an organisation's identifier", () => {
  it("takes a register and an identifier in that register's format, or neither", () => {
    expect(organisationIdentifierSchema.parse({ identifierScheme: "GB-COH", identifierId: " 0123 4567 " })).toEqual({ identifierScheme: "GB-COH", identifierId: "01234567" });
    expect(organisationIdentifierSchema.parse({ identifierScheme: "", identifierId: "" })).toEqual({ identifierScheme: "", identifierId: "" });
    expect(issues(organisationIdentifierSchema.safeParse({ identifierScheme: "GB-COH", identifierId: "" }))).toEqual({ identifierId: "identifierId.required" });
    expect(issues(organisationIdentifierSchema.safeParse({ identifierScheme: "", identifierId: "01234567" }))).toEqual({ identifierScheme: "identifierScheme.required" });
    expect(issues(organisationIdentifierSchema.safeParse({ identifierScheme: "GB-CHC", identifierId: "ABC" }))).toEqual({ identifierId: "identifierId.invalid" });
    expect(issues(organisationIdentifierSchema.safeParse({ identifierScheme: "XI-MADEUP", identifierId: "1" }))).toEqual({ identifierScheme: "identifierScheme.required" });
  });
});

describe("a criterion's minimum score", () => {
  it("is refused with a message naming the field, never a bare 'Invalid input'", () => {
    const criterion = { titleEn: "Net zero", titleCy: "", questionEn: "Why?", questionCy: "", guidanceEn: "", guidanceCy: "", evidenceEn: "", evidenceCy: "", weight: "20", rule: "BR1", version: "1" };
    for (const [typed, message] of [["-1", "minimumScore.wholeNumber"], ["2.5", "minimumScore.wholeNumber"], ["abc", "minimumScore.wholeNumber"], ["1e308", "minimumScore.wholeNumber"], ["101", "minimumScore.tooLarge"]] as const) {
      const parsed = criterionSchema.safeParse({ ...criterion, minimumScore: typed });
      expect(parsed.success ? null : parsed.error.issues.map((issue) => issue.message), typed).toEqual([message]);
    }
    expect(criterionSchema.safeParse({ ...criterion, minimumScore: "" }).data?.minimumScore).toBeNull();
    expect(criterionSchema.safeParse({ ...criterion, minimumScore: " 2 " }).data?.minimumScore).toBe(2);
  });
});
