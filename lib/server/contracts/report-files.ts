import "server-only";
import { checkResponseFiles } from "@/lib/domain/responses/upload-rules";
import type { Actor } from "@/lib/server/auth/actor";
import { readableContract } from "@/lib/server/auth/scope";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import type { InspectedUpload } from "@/lib/server/files/inspect-upload";
import { readBytes, removeBytes, sha256, storeBytes } from "@/lib/server/files/storage";
import { canReport } from "./access";
import { reportingContract } from "./contract-reports";

// Evidence files on a contract year's report: the supplier adds and removes them while the report is a draft (the
// same limits as a tender response: 50 files, 200MB); once submitted they are part of its receipt, and the buyer's
// people may download them. Everyone else finds nothing.

const refusalKeys = { "file.tooManyForResponse": "reportFile.tooMany", "file.responseTooLarge": "reportFile.tooLarge" } as const;

/** Adds a file to the year's report (making the draft if there is none yet). Null when not the supplier's. */
export async function addReportFile(actor: Actor, contractId: string, year: number, upload: InspectedUpload, now = new Date()) {
  if (!canReport(actor)) return null;
  const stored = await storeBytes(upload.bytes);
  try {
    const added = await db.$transaction(async (tx) => {
      const found = await reportingContract(tx, actor, contractId, year, now);
      if (!found) return null;
      const { contract } = found;
      const report = await tx.contractReport.upsert({
        where: { contractId_contractYear: { contractId: contract.id, contractYear: year } },
        create: { contractId: contract.id, contractYear: year, updatedById: actor.userId },
        update: {},
        select: { id: true, status: true },
      });
      if (report.status === "submitted") throw new AppError("REPORT_SUBMITTED", "contractReport.submitted", "file");
      // Counted inside the transaction that holds the report: two uploads at once cannot pass the limits together.
      const files = await tx.contractReportFile.aggregate({ where: { reportId: report.id }, _count: { _all: true }, _sum: { size: true } });
      const refused = checkResponseFiles({ count: files._count._all, bytes: files._sum.size ?? 0 }, upload.bytes.length);
      if (refused) throw new AppError("REPORT_FILES", refusalKeys[refused], "file");
      const file = await tx.contractReportFile.create({
        data: { reportId: report.id, fileName: upload.fileName, mediaType: upload.mediaType, size: upload.bytes.length, sha256: stored.sha256, storageKey: stored.storageKey, uploadedById: actor.userId },
        select: { id: true, fileName: true },
      });
      await recordAuditEvent(tx, { organisationId: contract.organisationId, actorOrganisationId: actor.organisationId, actorUserId: actor.userId, action: "contract-report.file-added", subjectType: "Contract", subjectId: contract.id, after: { year, fileName: file.fileName, sha256: stored.sha256 } });
      return file;
    });
    if (!added) await removeBytes(stored.storageKey);
    return added;
  } catch (error) {
    await removeBytes(stored.storageKey);
    throw error;
  }
}

/** Removes a file from a draft report: the file is found within the supplier's own report, never by its id alone. */
export async function removeReportFile(actor: Actor, contractId: string, year: number, fileId: string, now = new Date()) {
  if (!canReport(actor)) return null;
  const removed = await db.$transaction(async (tx) => {
    const found = await reportingContract(tx, actor, contractId, year, now);
    if (!found) return null;
    const report = await tx.contractReport.findUnique({ where: { contractId_contractYear: { contractId: found.contract.id, contractYear: year } }, select: { id: true, status: true } });
    const file = report && (await tx.contractReportFile.findFirst({ where: { id: fileId, reportId: report.id }, select: { id: true, fileName: true, storageKey: true } }));
    if (!report || !file) return null;
    if (report.status === "submitted") throw new AppError("REPORT_SUBMITTED", "contractReport.submitted");
    await tx.contractReportFile.delete({ where: { id: file.id } });
    await recordAuditEvent(tx, { organisationId: found.contract.organisationId, actorOrganisationId: actor.organisationId, actorUserId: actor.userId, action: "contract-report.file-removed", subjectType: "Contract", subjectId: found.contract.id, after: { year, fileName: file.fileName } });
    return file;
  });
  if (removed) await removeBytes(removed.storageKey);
  return removed && { fileName: removed.fileName };
}

/**
 * A report's file and its bytes, for the supplier's people (their own, draft or submitted) and the buyer's people
 * (submitted reports only); null otherwise, so it answers 404. Bytes that no longer match their SHA-256 are never
 * handed out.
 */
export async function readReportFile(actor: Actor, contractId: string, year: number, fileId: string) {
  const where = readableContract(actor, contractId);
  const contract = where && (await db.contract.findFirst({ where, select: { id: true } }));
  if (!contract) return null;
  const report = await db.contractReport.findUnique({ where: { contractId_contractYear: { contractId: contract.id, contractYear: year } }, select: { id: true, status: true } });
  if (!report || (actor.organisationKind !== "supplier" && report.status !== "submitted")) return null;
  const file = await db.contractReportFile.findFirst({ where: { id: fileId, reportId: report.id } });
  if (!file) return null;
  const bytes = await readBytes(file.storageKey);
  if (sha256(bytes) !== file.sha256) throw new Error(`Stored file ${file.id} does not match its SHA-256`);
  return { fileName: file.fileName, mediaType: file.mediaType, bytes };
}
