import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { noticeParameter, successParameters, withNotice } from "@/lib/forms/page-messages";

// A success message travels in the address the service redirects to after an action ("?done=removed&name=…"). So that
// a link made or passed on by anyone else cannot show a message ("Siân has been removed" while she has not), the
// service signs what the message says, where, for whom (the signed-in person, or nobody) and when; the proxy takes out
// any message whose signature does not match, that is meant for someone else, or that is more than a few minutes old.

/** How long after the action its message may still be shown (a slow connection, a page left to load). */
export const noticeLifetimeSeconds = 10 * 60;

const messageParameters = successParameters.filter((name) => name !== noticeParameter);

function signature(pathname: string, query: URLSearchParams, nonce: string, audience: string, secret: string): string {
  const said = messageParameters.map((name) => `${name}=${query.get(name) ?? ""}`).join("&");
  return createHmac("sha256", secret).update(`${audience}\u0000${pathname}?${said}#${nonce}`).digest("base64url").slice(0, 32);
}

/**
 * The path with a fresh, signed notice when it carries a success message; any other path unchanged. `audience` is
 * the signed-in person's id ("" for someone not signed in).
 */
export function withSignedNotice(path: string, secret: string, audience: string, now = new Date()): string {
  const url = new URL(path, "http://service.invalid");
  if (!messageParameters.some((name) => url.searchParams.has(name))) return path;
  const nonce = `${Math.floor(now.getTime() / 1000).toString(36)}-${randomBytes(9).toString("base64url")}`;
  return withNotice(path, `${nonce}.${signature(url.pathname, url.searchParams, nonce, audience, secret)}`);
}

/** Whether the address carries a success message at all. */
export function carriesMessage(query: URLSearchParams): boolean {
  return successParameters.some((name) => query.has(name));
}

/** Whether the success message in this address was put there by the service, for this page and person, just now. */
export function isGenuineMessage(pathname: string, query: URLSearchParams, secret: string, audience: string, now = new Date()): boolean {
  const [nonce, given] = (query.get(noticeParameter) ?? "").split(".");
  if (!nonce || !given) return false;
  const issued = parseInt(nonce.split("-")[0], 36) * 1000;
  const age = now.getTime() - issued;
  if (!Number.isFinite(age) || age < -60_000 || age > noticeLifetimeSeconds * 1000) return false;
  const expected = Buffer.from(signature(pathname, query, nonce, audience, secret));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
