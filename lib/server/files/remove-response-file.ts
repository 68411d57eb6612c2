import "server-only";
import type { Actor } from "@/lib/server/auth/actor";
import { changeResponse, NotInResponse } from "@/lib/server/responses/access";
import { removeBytes } from "./storage";
import { plainId } from "@/lib/server/auth/scope";

/** Removes a file from the actor's own response while it may still change. Null when it is not theirs. */
export async function removeResponseFile(actor: Actor, assessmentId: string, fileId: string, now?: () => Date) {
  const removed = await changeResponse(actor, assessmentId, "change", async (tx, { responseId }) => {
    const file = await tx.responseFile.findFirst({ where: { id: plainId(fileId), responseId } });
    if (!file) throw new NotInResponse();
    await tx.responseFile.delete({ where: { id: file.id } });
    return { result: file, change: { action: "response.file-removed", subjectType: "ResponseFile", subjectId: file.id, before: { fileName: file.fileName, sha256: file.sha256 } } };
  }, now);
  if (removed) await removeBytes(removed.storageKey);
  return removed;
}
