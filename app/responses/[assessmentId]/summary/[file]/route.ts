import { NextResponse } from "next/server";
import { requireActor } from "@/lib/server/auth/actor";
import { attachmentDisposition } from "@/lib/http/content-disposition";
import { responseDrafters } from "@/lib/server/responses/access";
import { summaryFile } from "@/lib/server/assessments/export-assessment";
import { getOwnSummary } from "@/lib/server/summaries/get-own-summary";

// A supplier downloads only its own released summary; anything else (before release, another assessment) is 404.
export async function GET(_request: Request, { params }: { params: Promise<{ assessmentId: string; file: string }> }) {
  const { assessmentId, file } = await params;
  const actor = await requireActor({ roles: responseDrafters });
  const extension = file === "summary.docx" ? "docx" : file === "summary.odt" ? "odt" : null;
  const own = extension ? await getOwnSummary(actor, assessmentId) : null;
  const exported = own && extension ? await summaryFile(own.data, own.summary.supplierId, extension, own.data.assessment.languages) : null;
  if (!exported) return new NextResponse("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const body = typeof exported.body === "string" ? exported.body : Buffer.from(exported.body);
  return new NextResponse(body, {
    headers: {
      "Content-Type": exported.mediaType,
      "Content-Disposition": attachmentDisposition(exported.fileName),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
