import { NextResponse, type NextRequest } from "next/server";
import { getActor } from "@/lib/server/auth/actor";
import { readResponseFile } from "@/lib/server/files/read-response-file";

// A response's file, only for those allowed (lib/server/files/read-response-file.ts), always as a download.
export async function GET(request: NextRequest, { params }: { params: Promise<{ fileId: string }> }) {
  const { fileId } = await params;
  const actor = await getActor();
  if (!actor) {
    const signIn = new URL("/signin", request.url);
    signIn.searchParams.set("callbackUrl", `/files/${fileId}`);
    return NextResponse.redirect(signIn, 303);
  }
  const file = await readResponseFile(actor, fileId);
  if (!file) return new NextResponse("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" } });
  const ascii = file.fileName.replace(/[^\x20-\x7e]|["\\;]/g, "_");
  return new NextResponse(new Uint8Array(file.bytes), {
    headers: {
      "Content-Type": file.mediaType,
      "Content-Length": String(file.bytes.length),
      "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
