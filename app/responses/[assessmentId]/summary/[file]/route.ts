import { downloadResponse, fileNotFound } from "@/lib/http/download";
import { summaryFile } from "@/lib/server/assessments/export-assessment";
import { requireActor } from "@/lib/server/auth/actor";
import { responseDrafters } from "@/lib/server/responses/access";
import { getOwnSummary } from "@/lib/server/summaries/get-own-summary";

// A supplier downloads only its own released summary; anything else (before release, another assessment) is 404.
export async function GET(_request: Request, { params }: { params: Promise<{ assessmentId: string; file: string }> }) {
  const { assessmentId, file } = await params;
  const actor = await requireActor({ roles: responseDrafters });
  const extension = file === "summary.docx" ? "docx" : file === "summary.odt" ? "odt" : null;
  const own = extension ? await getOwnSummary(actor, assessmentId) : null;
  const exported = own && extension ? await summaryFile(own.data, own.summary.supplierId, extension, own.data.assessment.languages) : null;
  return exported ? downloadResponse(exported.body, exported.fileName, exported.mediaType) : fileNotFound();
}
