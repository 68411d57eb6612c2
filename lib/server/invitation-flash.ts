import "server-only";
import { cookies } from "next/headers";

// A single-use invitation link is shown to the person who made it on the confirmation page, and nowhere else: it is
// handed to that page in a short-lived, HTTP-only cookie rather than in the page's address (which would be kept in
// browser history, proxy logs and Referer headers).

const lifetimeSeconds = 10 * 60;
const cookieName = (invitationId: string) => `invitation-link-${invitationId}`;

export async function rememberInvitationLink(invitationId: string, token: string) {
  const secure = (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
  (await cookies()).set(cookieName(invitationId), token, { httpOnly: true, sameSite: "strict", secure, path: "/", maxAge: lifetimeSeconds });
}

/** The token of an invitation this browser has just made, or "" (the page then answers 404). */
export async function recallInvitationLink(invitationId: string): Promise<string> {
  if (!/^[a-z0-9]{20,40}$/.test(invitationId)) return "";
  return (await cookies()).get(cookieName(invitationId))?.value ?? "";
}
