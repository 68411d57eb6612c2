import "server-only";
import { checkResponseFiles } from "@/lib/domain/responses/upload-rules";
import type { AnswerInput } from "@/lib/schemas/responses";
import type { Actor } from "@/lib/server/auth/actor";
import { childOf } from "@/lib/server/auth/scope";
import { AppError } from "@/lib/server/errors";
import type { InspectedUpload } from "@/lib/server/files/inspect-upload";
import { removeBytes, storeBytes } from "@/lib/server/files/storage";
import { changeResponse, NotInResponse } from "./access";

export type SavedAnswer = { answer: string; language: "en" | "cy"; version: number };

class StaleAnswer extends AppError {
  constructor(readonly current: SavedAnswer) {
    super("STALE_ANSWER", "answer.changedByOthers", "answer");
  }
}

/**
 * Saves one answer (and a file with it, if one came) from the version the person was looking at. When someone
 * saved it since, nothing changes and the saved text comes back, so that both texts are kept: never a silent
 * overwrite. A file that would take the response over its limits (50 files, 200MB in all) is refused, and then
 * nothing is saved. Null when the criterion is not one of an assessment the actor's organisation is invited to.
 */
export async function saveAnswer(actor: Actor, assessmentId: string, criterionId: string, input: AnswerInput & { finished?: boolean }, upload: InspectedUpload | null, now?: () => Date): Promise<{ saved: SavedAnswer } | { stale: SavedAnswer } | null> {
  const stored = upload ? await storeBytes(upload.bytes) : null;
  try {
    const saved = await changeResponse(actor, assessmentId, "change", async (tx, { assessmentId: invitedTo, responseId }) => {
      const criterion = await tx.assessmentCriterion.findFirst({ where: childOf({ id: invitedTo }, criterionId), select: { id: true } });
      if (!criterion) throw new NotInResponse();
      const existing = await tx.responseAnswer.findUnique({ where: { responseId_criterionId: { responseId, criterionId } } });
      if ((existing?.version ?? 0) !== input.version) throw new StaleAnswer({ answer: existing?.answer ?? "", language: (existing?.language ?? "en") as "en" | "cy", version: existing?.version ?? 0 });
      if (upload) {
        // Counted inside the transaction that holds the response row: two uploads at once cannot pass the limit together.
        const files = await tx.responseFile.aggregate({ where: { responseId }, _count: { _all: true }, _sum: { size: true } });
        const refused = checkResponseFiles({ count: files._count._all, bytes: files._sum.size ?? 0 }, upload.bytes.length);
        if (refused) throw new AppError("RESPONSE_FILES_LIMIT", refused, "file");
      }
      const answer = existing
        ? await tx.responseAnswer.update({ where: { id: existing.id }, data: { answer: input.answer, language: input.language, finished: input.finished, version: { increment: 1 }, updatedById: actor.userId } })
        : await tx.responseAnswer.create({ data: { responseId, criterionId, answer: input.answer, language: input.language, finished: input.finished, updatedById: actor.userId } });
      const file = stored && upload
        ? await tx.responseFile.create({ data: { responseId, criterionId, fileName: upload.fileName, mediaType: upload.mediaType, size: upload.bytes.length, sha256: stored.sha256, storageKey: stored.storageKey, uploadedById: actor.userId } })
        : null;
      return {
        result: { answer: answer.answer, language: answer.language as "en" | "cy", version: answer.version },
        change: {
          action: "response.answer-saved",
          subjectType: "ResponseAnswer",
          subjectId: answer.id,
          before: existing ? { length: existing.answer.length, language: existing.language, version: existing.version } : null,
          after: { criterionId, length: answer.answer.length, language: answer.language, version: answer.version, file: file ? { id: file.id, fileName: file.fileName, sha256: file.sha256 } : null },
        },
      };
    }, now);
    if (!saved && stored) await removeBytes(stored.storageKey);
    return saved ? { saved } : null;
  } catch (error) {
    if (stored) await removeBytes(stored.storageKey);
    if (error instanceof StaleAnswer) return { stale: error.current };
    throw error;
  }
}
