import "server-only";
import { cookies } from "next/headers";

// A new API token is shown to the admin who made it on the confirmation page, and nowhere else: it is handed to that
// page in a short-lived, HTTP-only cookie limited to the API tokens pages, never in an address (which would be kept
// in browser history, proxy logs and Referer headers).

const lifetimeSeconds = 5 * 60;
const path = "/organisation/api-tokens";
const cookieName = (tokenId: string) => `api-token-${tokenId}`;

export async function rememberNewApiToken(tokenId: string, token: string) {
  const secure = (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
  (await cookies()).set(cookieName(tokenId), token, { httpOnly: true, sameSite: "strict", secure, path, maxAge: lifetimeSeconds });
}

/** The token this browser has just made, or "" (the page then answers 404). */
export async function recallNewApiToken(tokenId: string): Promise<string> {
  if (!/^[a-z0-9]{20,40}$/.test(tokenId)) return "";
  return (await cookies()).get(cookieName(tokenId))?.value ?? "";
}
