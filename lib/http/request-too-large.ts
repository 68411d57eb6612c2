import { isOverActionLimit } from "@/lib/domain/responses/upload-rules";

// A form post larger than a server action reads (maxActionRequestBytes) would otherwise fail inside Next before the
// action runs: a 500 and the generic error page, which says nothing was lost when everything on the form was.
// proxy.ts turns such a request away by its Content-Length, before the body is read, onto a page that says what
// happened. Browsers send Content-Length with every form post.

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
