import { NextResponse } from "next/server";
import { isPreparedInBackground } from "@/lib/domain/exports/prepared-files";
import { downloadResponse, fileNotFound } from "@/lib/http/download";
import { publicUrl } from "@/lib/http/public-url";
import { assessmentReaders } from "@/lib/server/assessments/access";
import { exportAssessmentFile } from "@/lib/server/assessments/export-assessment";
import { requireActor } from "@/lib/server/auth/actor";

// Downloads are attachments, never rendered by the browser; another organisation's assessment answers 404. A results
// document is prepared in the background from the assessment's page (its Downloads), never while the request waits.
export async function GET(request: Request, { params }: { params: Promise<{ assessmentId: string; file: string }> }) {
  const { assessmentId, file } = await params;
  const actor = await requireActor({ roles: assessmentReaders });
  if (isPreparedInBackground(file)) return NextResponse.redirect(publicUrl(`/assessments/${encodeURIComponent(assessmentId)}#exports`, request), 303);
  // The service's public address names an OCDS package (its `uri`).
  const exported = await exportAssessmentFile(actor, assessmentId, file, new Date(), process.env.NEXTAUTH_URL || new URL(request.url).origin);
  return exported ? downloadResponse(exported.body, exported.fileName, exported.mediaType) : fileNotFound();
}
