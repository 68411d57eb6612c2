import { NextResponse } from "next/server";
import { requireActor } from "@/lib/server/auth/actor";
import { assessmentReaders } from "@/lib/server/assessments/access";
import { exportAssessmentFile } from "@/lib/server/assessments/export-assessment";

// Downloads are attachments, never rendered by the browser; another organisation's assessment answers 404.
export async function GET(request: Request, { params }: { params: Promise<{ assessmentId: string; file: string }> }) {
  const { assessmentId, file } = await params;
  const actor = await requireActor({ roles: assessmentReaders });
  // The service's public address names an OCDS package (its `uri`).
  const exported = await exportAssessmentFile(actor, assessmentId, file, new Date(), process.env.NEXTAUTH_URL || new URL(request.url).origin);
  if (!exported) return new NextResponse("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const body = typeof exported.body === "string" ? exported.body : Buffer.from(exported.body);
  return new NextResponse(body, {
    headers: {
      "Content-Type": exported.mediaType,
      "Content-Disposition": `attachment; filename="${exported.fileName}"; filename*=UTF-8''${encodeURIComponent(exported.fileName)}`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
