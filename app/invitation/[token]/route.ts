import { holdLinkToken } from "@/lib/server/link-token-cookie";

// The address in the e-mail: the token moves into a cookie and the browser goes on to a page without it.
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  return holdLinkToken(request, "member-invitation", (await params).token, "/invitation");
}
