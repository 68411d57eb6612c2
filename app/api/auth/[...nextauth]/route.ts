import NextAuth from "next-auth";
import { authOptions } from "@/lib/server/auth/options";

const handler = NextAuth(authOptions) as (request: Request, context: { params: Promise<{ nextauth: string[] }> }) => Promise<Response>;

const badRequest = () => new Response("Bad request", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });

// next-auth answers a request it cannot serve (a GET to the credentials callback, an unknown action) with its own
// error text, some with a 500, and throws on a JSON body that does not parse. Those are the caller's mistakes: 400,
// in our words, never next-auth's.
async function handle(request: Request, context: { params: Promise<{ nextauth: string[] }> }): Promise<Response> {
  if (!callbackUrlsNextAuthAccepts(request)) return badRequest();
  let response: Response;
  try {
    response = await handler(request, context);
  } catch (error) {
    if (error instanceof SyntaxError) return badRequest();
    // next-auth puts some of the request into its redirects as it came (its error page's `error`): text that cannot be
    // a header value makes the response fail to build. A hand-made address: 400.
    if (error instanceof TypeError && /header value|ByteString/i.test(error.message)) return badRequest();
    throw error;
  }
  if (response.status >= 400 && (response.headers.get("content-type") ?? "text/plain").startsWith("text/plain")) {
    const text = await response.clone().text();
    if (text.startsWith("Error:")) return badRequest();
  }
  return response;
}

// next-auth refuses a return address that is neither a path nor an http(s) address with a 500; it is the caller's
// mistake (a hand-made link or cookie), so it is answered 400 here, by next-auth's own rule, before next-auth runs.
function acceptedByNextAuth(url: string, base: string): boolean {
  try {
    return /^https?:/.test(new URL(url, url.startsWith("/") ? base : undefined).protocol);
  } catch {
    return false;
  }
}

function callbackUrlsNextAuthAccepts(request: Request): boolean {
  const url = new URL(request.url);
  const fromQuery = url.searchParams.get("callbackUrl");
  const cookies = (request.headers.get("cookie") ?? "").split(/;\s*/);
  const fromCookie = cookies.find((pair) => /^(__Secure-)?next-auth\.callback-url=/.test(pair))?.split("=").slice(1).join("=");
  let cookieValue: string | undefined;
  try {
    cookieValue = fromCookie === undefined ? undefined : decodeURIComponent(fromCookie);
  } catch {
    return false;
  }
  return [fromQuery, cookieValue].every((value) => !value || acceptedByNextAuth(value, url.origin));
}

export { handle as GET, handle as POST };
