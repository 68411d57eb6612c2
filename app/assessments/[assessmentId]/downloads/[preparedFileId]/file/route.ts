import { downloadResponse, fileNotFound } from "@/lib/http/download";
import { recordId } from "@/lib/schemas/ids";
import { resultsReaders } from "@/lib/server/assessments/get-results";
import { requireActor } from "@/lib/server/auth/actor";
import { preparedFileBytes } from "@/lib/server/prepared-files/get-prepared-file";

// A prepared file, to the person who asked for it while they may still read the results; anyone else gets 404.
export async function GET(_request: Request, { params }: { params: Promise<{ assessmentId: string; preparedFileId: string }> }) {
  const { assessmentId, preparedFileId } = await params;
  const actor = await requireActor({ roles: resultsReaders });
  const ids = recordId.safeParse(assessmentId).success && recordId.safeParse(preparedFileId).success;
  const file = ids ? await preparedFileBytes(actor, assessmentId, preparedFileId) : null;
  return file ? downloadResponse(file.body, file.fileName, file.mediaType) : fileNotFound();
}
