import "server-only";
import type { Actor } from "@/lib/server/auth/actor";
import { ownResponseById } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";
import { isSupplier } from "@/lib/server/responses/access";
import { mayReadResponse } from "@/lib/server/scoring/may-read-response";
import { readBytes, sha256 } from "./storage";

/**
 * A file and its bytes, if the actor may download it; null otherwise, so it answers 404. A supplier reads only its
 * own organisation's files. On the buyer side the scoring rules decide (lib/server/scoring/may-read-response.ts):
 * after the deadline only, and never an evaluator whose conflict of interest with that supplier is undecided.
 * A fixed number of queries whatever the number of responses. Bytes that no longer match the SHA-256 taken when
 * they were uploaded (changed in storage) are never handed out.
 */
export async function readResponseFile(actor: Actor, fileId: string, now = new Date()) {
  const file = await db.responseFile.findFirst({ where: { id: fileId } });
  if (!file) return null;
  const allowed = isSupplier(actor)
    ? (await db.response.count({ where: ownResponseById(actor, file.responseId) })) === 1
    : await mayReadResponse(actor, file.responseId, now);
  if (!allowed) return null;
  const bytes = await readBytes(file.storageKey);
  if (sha256(bytes) !== file.sha256) throw new Error(`Stored file ${file.id} does not match its SHA-256`);
  return { fileName: file.fileName, mediaType: file.mediaType, size: file.size, bytes };
}
