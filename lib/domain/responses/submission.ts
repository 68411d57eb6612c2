import { createHash } from "node:crypto";

// What a supplier submits, written down canonically so that the same content always gives the same receipt hash.

export type SubmittedAnswer = { criterionId: string; answer: string; language: "en" | "cy" };
export type SubmittedFile = { criterionId: string | null; fileName: string; mediaType: string; size: number; sha256: string };

export type SubmissionContent = {
  assessmentId: string;
  supplierOrganisationId: string;
  reference: string;
  submittedAt: string;
  answers: SubmittedAnswer[];
  evidence: unknown;
  files: SubmittedFile[];
};

/** JSON with object keys sorted at every level, so that key order never changes the text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

/** The submitted content in a fixed order: answers by criterion, files by criterion, name and hash. */
export function canonicalSubmission(content: SubmissionContent): string {
  const answers = [...content.answers].sort((a, b) => (a.criterionId < b.criterionId ? -1 : a.criterionId > b.criterionId ? 1 : 0));
  const fileKey = (file: SubmittedFile) => `${file.criterionId ?? ""}\u0000${file.fileName}\u0000${file.sha256}`;
  const files = [...content.files].sort((a, b) => (fileKey(a) < fileKey(b) ? -1 : fileKey(a) > fileKey(b) ? 1 : 0));
  return canonicalJson({ ...content, answers, files });
}

/** The receipt a supplier keeps: the SHA-256 of the canonical submission, in hex. */
export function receiptHash(content: SubmissionContent): string {
  return createHash("sha256").update(canonicalSubmission(content)).digest("hex");
}

const referenceAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** A submission reference people can read out: the assessment's reference and six characters without 0/O or 1/I. */
export function submissionReference(assessmentReference: string, randomBytes: Uint8Array): string {
  const code = Array.from(randomBytes.slice(0, 6), (byte) => referenceAlphabet[byte % referenceAlphabet.length]).join("");
  return `${assessmentReference}-${code}`;
}
