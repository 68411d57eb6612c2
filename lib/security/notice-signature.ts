import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { noticeParameter, successParameters, withNotice } from "@/lib/forms/page-messages";

// A success message travels in the address the service redirects to after an action ("?done=removed&name=…"). So that
// a link made by anyone else cannot show a message ("Siân has been removed" while she has not), the service signs
// what the message says and where, and the proxy takes out any message whose signature does not match.

const messageParameters = successParameters.filter((name) => name !== noticeParameter);

function signature(pathname: string, query: URLSearchParams, nonce: string, secret: string): string {
  const said = messageParameters.map((name) => `${name}=${query.get(name) ?? ""}`).join("&");
  return createHmac("sha256", secret).update(`${pathname}?${said}#${nonce}`).digest("base64url").slice(0, 32);
}

/** The path with a fresh, signed notice when it carries a success message; any other path unchanged. */
export function withSignedNotice(path: string, secret: string): string {
  const url = new URL(path, "http://service.invalid");
  if (!messageParameters.some((name) => url.searchParams.has(name))) return path;
  const nonce = randomBytes(12).toString("base64url");
  return withNotice(path, `${nonce}.${signature(url.pathname, url.searchParams, nonce, secret)}`);
}

/** Whether the address carries a success message at all. */
export function carriesMessage(query: URLSearchParams): boolean {
  return successParameters.some((name) => query.has(name));
}

/** Whether the success message in this address was put there by the service, for this page. */
export function isGenuineMessage(pathname: string, query: URLSearchParams, secret: string): boolean {
  const [nonce, given] = (query.get(noticeParameter) ?? "").split(".");
  if (!nonce || !given) return false;
  const expected = Buffer.from(signature(pathname, query, nonce, secret));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
