import { NextResponse, type NextRequest } from "next/server";
import { publicUrl } from "@/lib/http/public-url";
import { getActor } from "@/lib/server/auth/actor";
import { storedFileName } from "@/lib/domain/responses/file-name";
import { allowedUploadTypes } from "@/lib/domain/responses/upload-rules";
import { attachmentDisposition } from "@/lib/http/content-disposition";
import { readResponseFile } from "@/lib/server/files/read-response-file";

// A response's file, only for those allowed (lib/server/files/read-response-file.ts), always as a download, under
// the type detected from its content when it was uploaded and a name with that type's extension. Names are made safe
// on upload; they are made so again here for files stored before that rule.
export async function GET(request: NextRequest, { params }: { params: Promise<{ fileId: string }> }) {
  const { fileId } = await params;
  const actor = await getActor();
  if (!actor) {
    const signIn = publicUrl("/signin", request);
    signIn.searchParams.set("callbackUrl", `/files/${fileId}`);
    return NextResponse.redirect(signIn, 303);
  }
  const file = await readResponseFile(actor, fileId);
  if (!file) return new NextResponse("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" } });
  return new NextResponse(new Uint8Array(file.bytes), {
    headers: {
      "Content-Type": file.mediaType in allowedUploadTypes ? file.mediaType : "application/octet-stream",
      "Content-Length": String(file.bytes.length),
      "Content-Disposition": attachmentDisposition(storedFileName(file.fileName, file.mediaType)),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
