import NextAuth from "next-auth";
import { authOptions } from "@/lib/server/auth/options";

const handler = NextAuth(authOptions) as (request: Request, context: { params: Promise<{ nextauth: string[] }> }) => Promise<Response>;

const badRequest = () => new Response("Bad request", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });

// next-auth answers a request it cannot serve (a GET to the credentials callback, an unknown action) with its own
// error text, some with a 500, and throws on a JSON body that does not parse. Those are the caller's mistakes: 400,
// in our words, never next-auth's.
async function handle(request: Request, context: { params: Promise<{ nextauth: string[] }> }): Promise<Response> {
  let response: Response;
  try {
    response = await handler(request, context);
  } catch (error) {
    if (error instanceof SyntaxError) return badRequest();
    throw error;
  }
  if (response.status >= 400 && (response.headers.get("content-type") ?? "text/plain").startsWith("text/plain")) {
    const text = await response.clone().text();
    if (text.startsWith("Error:")) return badRequest();
  }
  return response;
}

export { handle as GET, handle as POST };
