import { NextResponse } from "next/server";
import { downloadResponse } from "@/lib/http/download";
import { publicUrl } from "@/lib/http/public-url";
import { recordId } from "@/lib/schemas/ids";
import { resultsReaders } from "@/lib/server/assessments/get-results";
import { requireActor } from "@/lib/server/auth/actor";
import { pageNotFound } from "@/lib/server/page-not-found";
import { preparedFileBytes } from "@/lib/server/prepared-files/get-prepared-file";

// A prepared file, to the person who asked for it while they may still read the results; anyone else gets the
// service's "Page not found". A file whose stored bytes cannot be read goes back to its page, which now says so and
// offers to prepare it again.
export async function GET(request: Request, { params }: { params: Promise<{ assessmentId: string; preparedFileId: string }> }) {
  const { assessmentId, preparedFileId } = await params;
  const actor = await requireActor({ roles: resultsReaders });
  if (!recordId.safeParse(assessmentId).success || !recordId.safeParse(preparedFileId).success) pageNotFound();
  const file = await preparedFileBytes(actor, assessmentId, preparedFileId);
  if (!file) pageNotFound();
  if (file.kind === "unreadable") return NextResponse.redirect(publicUrl(`/assessments/${assessmentId}/downloads/${preparedFileId}`, request), 303);
  return downloadResponse(file.body, file.fileName, file.mediaType);
}
