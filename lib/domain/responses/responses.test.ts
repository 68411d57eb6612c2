import { describe, expect, it } from "vitest";
import { canChange, canSubmit, canWithdraw, isOpen, londonDay, refusal } from "./deadline";
import { copyProfileIntoResponse, evidenceSectionsFor } from "./evidence-copy";
import { canonicalJson, receiptHash, submissionReference, type SubmissionContent } from "./submission";
import { checkUpload, maxUploadBytes } from "./upload-rules";

const deadline = new Date("2027-03-01T12:00:00Z");
const justBefore = new Date(deadline.getTime() - 1);

describe("the deadline", () => {
  it("is open strictly before the deadline, closed at it and after", () => {
    expect(isOpen(deadline, justBefore)).toBe(true);
    expect(isOpen(deadline, deadline)).toBe(false);
    expect(isOpen(deadline, new Date(deadline.getTime() + 1))).toBe(false);
  });

  it("lets a response change and be submitted until submitted, then only be withdrawn", () => {
    expect(canChange(null, deadline, justBefore)).toBe(true);
    expect(canChange("withdrawn", deadline, justBefore)).toBe(true);
    expect(canChange("submitted", deadline, justBefore)).toBe(false);
    expect(canSubmit("in-progress", deadline, justBefore)).toBe(true);
    expect(canSubmit("submitted", deadline, justBefore)).toBe(false);
    expect(canWithdraw("submitted", deadline, justBefore)).toBe(true);
    expect(canWithdraw("in-progress", deadline, justBefore)).toBe(false);
    expect(canChange("in-progress", deadline, deadline)).toBe(false);
    expect(canSubmit("in-progress", deadline, deadline)).toBe(false);
    expect(canWithdraw("submitted", deadline, deadline)).toBe(false);
  });

  it("judges evidence on the UK calendar day", () => {
    expect(londonDay(new Date("2027-06-30T23:30:00Z"))).toBe("2027-07-01");
    expect(londonDay(new Date("2027-01-31T23:30:00Z"))).toBe("2027-01-31");
  });

  it("names why a change is refused", () => {
    expect(refusal("submit", "in-progress", deadline, deadline)).toBe("response.deadlinePassed");
    expect(refusal("submit", "submitted", deadline, justBefore)).toBe("response.alreadySubmitted");
    expect(refusal("change", "in-progress", deadline, justBefore)).toBeNull();
    expect(refusal("withdraw", "in-progress", deadline, justBefore)).toBe("response.notSubmitted");
    expect(refusal("withdraw", "submitted", deadline, justBefore)).toBeNull();
  });
});

describe("the receipt", () => {
  const content: SubmissionContent = {
    assessmentId: "a1",
    supplierOrganisationId: "s1",
    reference: "NC-1-ABCDEF",
    submittedAt: "2027-02-01T10:00:00.000Z",
    answers: [
      { criterionId: "c2", answer: "Ail ateb", language: "cy" },
      { criterionId: "c1", answer: "First answer", language: "en" },
    ],
    evidence: { evidence: { iso14001: { asAt: "2026-01-01", expiresOn: "2028-01-01" } }, carbonReductionPlan: { netZeroYear: 2040 } },
    files: [
      { criterionId: "c1", fileName: "b.pdf", mediaType: "application/pdf", size: 10, sha256: "bb" },
      { criterionId: null, fileName: "a.pdf", mediaType: "application/pdf", size: 10, sha256: "aa" },
    ],
  };

  it("is the same whatever the order of answers, files and keys", () => {
    const reordered = { ...content, answers: [...content.answers].reverse(), files: [...content.files].reverse(), evidence: { carbonReductionPlan: { netZeroYear: 2040 }, evidence: { iso14001: { expiresOn: "2028-01-01", asAt: "2026-01-01" } } } };
    expect(receiptHash(reordered)).toBe(receiptHash(content));
    expect(receiptHash(content)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("changes when any submitted word, file or date changes", () => {
    const base = receiptHash(content);
    expect(receiptHash({ ...content, answers: [{ ...content.answers[0], answer: "Ail ateb." }, content.answers[1]] })).not.toBe(base);
    expect(receiptHash({ ...content, answers: [{ ...content.answers[0], language: "en" }, content.answers[1]] })).not.toBe(base);
    expect(receiptHash({ ...content, files: [{ ...content.files[0], sha256: "cc" }, content.files[1]] })).not.toBe(base);
    expect(receiptHash({ ...content, submittedAt: "2027-02-01T10:00:01.000Z" })).not.toBe(base);
  });

  it("writes JSON canonically, leaving out undefined and keeping null", () => {
    expect(canonicalJson({ b: 1, a: [true, null, "x"], c: undefined })).toBe('{"a":[true,null,"x"],"b":1}');
    expect(canonicalJson(undefined)).toBe("null");
  });

  it("gives a readable reference without easily confused characters", () => {
    const reference = submissionReference("NC-2027-003", new Uint8Array([0, 1, 2, 31, 32, 255, 9]));
    expect(reference).toBe("NC-2027-003-ABC9A9");
    expect(reference).not.toMatch(/[01IO]$/);
  });
});

describe("copying the evidence profile", () => {
  it("copies every item with its dates, replaces earlier evidence and keeps the footprint", () => {
    const profile = { evidence: { sbti: { status: "committed" as const, asAt: "2026-01-01" } }, carbonReductionPlan: { netZeroYear: 2045 } };
    const response = { evidence: { msat: { asAt: "2020-01-01" } }, serviceFootprint: { hosting: [], devices: [] } };
    const copied = copyProfileIntoResponse(profile, response);
    expect(copied).toEqual({ evidence: { sbti: { status: "committed", asAt: "2026-01-01" } }, carbonReductionPlan: { netZeroYear: 2045 }, serviceFootprint: { hosting: [], devices: [] } });
    copied.evidence!.sbti!.asAt = "2030-01-01";
    expect(profile.evidence.sbti.asAt).toBe("2026-01-01");
  });

  it("removes a plan the profile no longer holds, and copies an empty profile as no evidence", () => {
    expect(copyProfileIntoResponse({}, { carbonReductionPlan: { netZeroYear: 2040 } })).toEqual({ evidence: {} });
  });

  it("names the evidence that bears on each rule", () => {
    expect(evidenceSectionsFor("BR1")).toContain("carbonReductionPlan");
    expect(evidenceSectionsFor("BR3")).toContain("msat");
    expect(evidenceSectionsFor("UNKNOWN")).toEqual([]);
  });
});

describe("uploads", () => {
  it("accepts the allowed types up to 20 MB, decided by content", () => {
    expect(checkUpload({ size: 1000, detectedType: "application/pdf" })).toBeNull();
    expect(checkUpload({ size: maxUploadBytes, detectedType: "image/png" })).toBeNull();
    expect(checkUpload({ size: maxUploadBytes + 1, detectedType: "image/png" })).toBe("file.tooLarge");
    expect(checkUpload({ size: 0, detectedType: null })).toBe("file.empty");
    expect(checkUpload({ size: 100, detectedType: null })).toBe("file.wrongType");
    expect(checkUpload({ size: 100, detectedType: "application/x-elf" })).toBe("file.wrongType");
  });
});
