import "server-only";
import { checkResponseFiles } from "@/lib/domain/responses/upload-rules";
import type { Actor } from "@/lib/server/auth/actor";
import { readableContract } from "@/lib/server/auth/scope";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { db, Prisma, type Tx } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import type { InspectedUpload } from "@/lib/server/files/inspect-upload";
import { readBytes, removeBytes, sha256, storeBytes } from "@/lib/server/files/storage";
import { canReport } from "./access";
import { reportingContract } from "./contract-reports";

// Evidence files on a contract year's report: the supplier adds and removes them while the report is a draft (the
// same limits as a tender response: 50 files, 200MB); once submitted they are part of its receipt, and the buyer's
// people may download them. Everyone else finds nothing.

const refusalKeys = { "file.tooManyForResponse": "reportFile.tooMany", "file.responseTooLarge": "reportFile.tooLarge" } as const;

/**
 * The year's draft, made if there is none yet, claimed for this change: its version moves on (so a check page shown
 * before the change cannot submit without seeing it), and its row is held until the change commits, so two uploads
 * cannot pass the limits together and no file changes while a report is being submitted.
 */
async function claimDraft(tx: Tx, contractId: string, year: number, userId: string): Promise<{ id: string }> {
  const key = { contractId_contractYear: { contractId, contractYear: year } };
  if (!(await tx.contractReport.findUnique({ where: key, select: { id: true } }))) {
    try {
      await tx.contractReport.create({ data: { contractId, contractYear: year, updatedById: userId } });
    } catch (error) {
      // Made at the same moment by another request of the supplier's: the claim below waits for it.
      if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
      throw new AppError("STALE_VERSION", "contractReport.changedByOthers", "file");
    }
  }
  const report = (await tx.contractReport.findUnique({ where: key, select: { id: true } }))!;
  const claimed = await tx.contractReport.updateMany({ where: { id: report.id, status: "draft" }, data: { version: { increment: 1 }, updatedById: userId } });
  if (claimed.count !== 1) throw new AppError("REPORT_SUBMITTED", "contractReport.submitted", "file");
  return report;
}

/** Adds a file to the year's report (making the draft if there is none yet). Null when not the supplier's. */
export async function addReportFile(actor: Actor, contractId: string, year: number, upload: InspectedUpload, now = new Date()) {
  if (!canReport(actor)) return null;
  const stored = await storeBytes(upload.bytes);
  try {
    const added = await db.$transaction(async (tx) => {
      const found = await reportingContract(tx, actor, contractId, year, now);
      if (!found) return null;
      const { contract } = found;
      const report = await claimDraft(tx, contract.id, year, actor.userId);
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
    const existing = await tx.contractReport.findUnique({ where: { contractId_contractYear: { contractId: found.contract.id, contractYear: year } }, select: { id: true } });
    const file = existing && (await tx.contractReportFile.findFirst({ where: { id: fileId, reportId: existing.id }, select: { id: true, fileName: true, storageKey: true } }));
    if (!existing || !file) return null;
    await claimDraft(tx, found.contract.id, year, actor.userId);
    const deleted = await tx.contractReportFile.deleteMany({ where: { id: file.id, reportId: existing.id } });
    if (deleted.count !== 1) return null;
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
