import "server-only";
import type { Actor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import { isSupplier } from "@/lib/server/responses/access";
import { mayReadResponse } from "@/lib/server/scoring/may-read-response";
import { readBytes } from "./storage";
import { ownResponseById } from "@/lib/server/auth/scope";

/**
 * A file and its bytes, if the actor may download it; null otherwise, so it answers 404. A supplier reads only its
 * own organisation's files. On the buyer side the scoring rules decide (lib/server/scoring/may-read-response.ts):
 * after the deadline only, and never an evaluator whose conflict of interest with that supplier is undecided.
 * A fixed number of queries whatever the number of responses.
 */
export async function readResponseFile(actor: Actor, fileId: string, now = new Date()) {
  const file = await db.responseFile.findFirst({ where: { id: fileId } });
  if (!file) return null;
  const allowed = isSupplier(actor)
    ? (await db.response.count({ where: ownResponseById(actor, file.responseId) })) === 1
    : await mayReadResponse(actor, file.responseId, now);
  if (!allowed) return null;
  return { fileName: file.fileName, mediaType: file.mediaType, size: file.size, bytes: await readBytes(file.storageKey) };
}
