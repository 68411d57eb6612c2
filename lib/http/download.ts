import { NextResponse } from "next/server";
import { attachmentDisposition } from "./content-disposition";

// The answers of the routes that hand over a file: always an attachment the browser never renders, kept by no cache.

export function downloadResponse(body: Uint8Array | string, fileName: string, mediaType: string): NextResponse {
  return new NextResponse(typeof body === "string" ? body : new Uint8Array(body), {
    headers: {
      "Content-Type": mediaType,
      "Content-Disposition": attachmentDisposition(fileName),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}

/** Another organisation's file, a file that does not exist and a file not yet released all look the same. */
export function fileNotFound(): NextResponse {
  return new NextResponse("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" } });
}
