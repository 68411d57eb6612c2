import "server-only";
import {
  exportFileName, exportMediaTypes, resultsCsv, resultsDocx, resultsOdt, resultsXlsx, supplierSummaryDocx, supplierSummaryOdt,
  publisherPrefix, tenderCriteriaCsv, tenderCriteriaDocx, tenderCriteriaOdt, tenderCriteriaPackage, tenderCriteriaRelease, tenderCriteriaXlsx,
} from "@/lib/export";
import type { ResultsExport } from "@/lib/export/model";
import type { Actor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import { resultsExportOf } from "@/lib/server/summaries/summaries-export";
import { toTenderCriteriaExport } from "./export-models";
import { getAssessment } from "./get-assessment";
import { getResults } from "./get-results";
import { ocdsContentChangedAt } from "./record-ocds-release";

export type ExportFile = { body: Uint8Array | string; fileName: string; mediaType: string };

// The OCDS publisher prefix registered with the Open Contracting Partnership. Without it the file is marked as not for
// publication and its ocids use a placeholder (see lib/export/ocds/release-identity.ts).
const ocdsPrefix = () => publisherPrefix(process.env.OCDS_PREFIX);

const tenderWriters = { docx: tenderCriteriaDocx, odt: tenderCriteriaOdt, xlsx: tenderCriteriaXlsx, csv: tenderCriteriaCsv } as const;
const resultWriters = { docx: resultsDocx, odt: resultsOdt, xlsx: resultsXlsx, csv: resultsCsv } as const;

/**
 * One download, named by `file`: tender-criteria.{docx,odt,xlsx,csv,ocds.json} at any time, results.{docx,odt,xlsx,csv}
 * and summary-<supplier>.{docx,odt} after the deadline. Null when the file, or the assessment, is not the actor's.
 */
export async function exportAssessmentFile(
  actor: Actor,
  assessmentId: string,
  file: string,
  now = new Date(),
  serviceUrl = "http://localhost:3000",
  progress: { writing?: () => Promise<void> } = {},
): Promise<ExportFile | null> {
  const match = /^(tender-criteria|results|summary-([\w-]+))\.(docx|odt|xlsx|csv|ocds\.json)$/.exec(file);
  if (!match) return null;
  const [, kind, supplierId, extension] = match;
  const assessment = await getAssessment(actor, assessmentId);
  if (!assessment) return null;
  const buyer = await db.organisation.findFirstOrThrow({ where: { id: assessment.organisationId }, select: { id: true, nameEn: true, nameCy: true, identifierScheme: true, identifierId: true } });
  const languages = assessment.languages === "en+cy" ? (["cy", "en"] as const) : ([assessment.languages] as const);
  const name = (fileKind: "tender-criteria" | "results" | "summary", ext: string, supplierName?: string, reference = assessment.reference) =>
    exportFileName({ kind: fileKind, reference, languages: [...languages], extension: ext, supplierName });

  if (kind === "tender-criteria") {
    const data = toTenderCriteriaExport(assessment, buyer, now);
    if (extension === "ocds.json") {
      const draft = tenderCriteriaRelease(data, { ocidPrefix: ocdsPrefix(), now: now.toISOString() });
      const contentChangedAt = await ocdsContentChangedAt(assessment.id, draft.contentFingerprint, now);
      const uri = new URL(`/assessments/${assessment.id}/export/tender-criteria.ocds.json`, serviceUrl).toString();
      const pkg = tenderCriteriaPackage(draft, { contentChangedAt: contentChangedAt.toISOString(), uri });
      const reference = draft.publishable ? assessment.reference : `${assessment.reference} NOT FOR PUBLICATION`;
      return { body: JSON.stringify(pkg, null, 2), fileName: name("tender-criteria", "json", undefined, reference), mediaType: exportMediaTypes.json };
    }
    const ext = extension as keyof typeof tenderWriters;
    return { body: await tenderWriters[ext](data), fileName: name("tender-criteria", ext), mediaType: exportMediaTypes[ext] };
  }

  const results = await getResults(actor, assessmentId, now);
  if (results.kind !== "results" || extension === "ocds.json") return null;
  const data = await resultsExportOf(results.assessment, results, now);
  await progress.writing?.();
  if (kind === "results") {
    const ext = extension as keyof typeof resultWriters;
    return { body: await resultWriters[ext](data), fileName: name("results", ext), mediaType: exportMediaTypes[ext] };
  }
  if (extension !== "docx" && extension !== "odt") return null;
  return summaryFile(data, supplierId, extension, [...languages]);
}

/** One supplier's assessment summary as a file, or null when `data` holds no summary for it. */
export async function summaryFile(data: ResultsExport, supplierId: string, extension: "docx" | "odt", languages: ("en" | "cy")[]): Promise<ExportFile | null> {
  const summary = data.summaries.find((candidate) => candidate.supplierId === supplierId);
  if (!summary) return null;
  const body = extension === "docx" ? await supplierSummaryDocx(data, summary.supplierId) : supplierSummaryOdt(data, summary.supplierId);
  const supplierName = summary.supplier.name[languages[0]];
  return { body, fileName: exportFileName({ kind: "summary", reference: data.assessment.reference, languages, extension, supplierName }), mediaType: exportMediaTypes[extension] };
}
