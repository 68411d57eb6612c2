import { isOverActionLimit } from "@/lib/domain/responses/upload-rules";

// A form post larger than a server action reads (maxActionRequestBytes) would otherwise fail inside Next before the
// action runs: a 500 and the generic error page, which says nothing was lost when everything on the form was.
// proxy.ts turns such a request away by its Content-Length, before the body is read, onto a page that says what
// happened. Browsers send Content-Length with every form post; a chunked post is measured (measuredLength).

export const fileTooLargePath = "/file-too-large";

export type TooLarge = { page: string; fetchAction: boolean } | null;

/** Where to send a request that is too large to read, or null. `from` is the page the form was on. */
export function tooLargeRedirect(request: { method: string; contentLength: string | null; nextAction: string | null; from: string }): TooLarge {
  if (request.method !== "POST") return null;
  const length = Number(request.contentLength ?? "");
  if (!Number.isFinite(length) || !isOverActionLimit(length)) return null;
  // A form posted by React (JavaScript on) carries the Next-Action header; it follows the redirect Next's own way.
  return { page: `${fileTooLargePath}?back=${encodeURIComponent(request.from)}`, fetchAction: request.nextAction !== null };
}

/**
 * A post sent without Content-Length (chunked) is measured instead: a copy of its body is read until it passes the
 * limit, then abandoned. Answers the bytes read, at most one chunk past `limit`.
 */
export async function measuredLength(body: ReadableStream<Uint8Array> | null, limit: number): Promise<number> {
  if (!body) return 0;
  const reader = body.getReader();
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return length;
    length += value.byteLength;
    if (length > limit) {
      // Not awaited: cancelling one branch of a teed body (the proxy's copy) settles only once the other is cancelled too.
      reader.cancel().catch(() => undefined);
      return length;
    }
  }
}
