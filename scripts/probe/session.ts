// Signing in over HTTP as a browser does without JavaScript, and the cookies that come with it.

export class CookieJar {
  private cookies = new Map<string, string>();
  take(response: Response) {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(";");
      const at = pair.indexOf("=");
      const value = pair.slice(at + 1).trim();
      if (value) this.cookies.set(pair.slice(0, at).trim(), value);
      else this.cookies.delete(pair.slice(0, at).trim());
    }
  }
  get(name: string) {
    return this.cookies.get(name);
  }
  header() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
}

/** Signs in with e-mail and password through next-auth's credentials callback; throws when no session came back. */
export async function signInOverHttp(base: string, email: string, password: string): Promise<CookieJar> {
  const jar = new CookieJar();
  const page = await fetch(`${base}/signin`, { redirect: "manual" });
  jar.take(page);
  const html = await page.text();
  const csrfToken = /name="csrfToken" value="([^"]+)"/.exec(html)?.[1] ?? decodeURIComponent(jar.get("next-auth.csrf-token") ?? "").split("|")[0];
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.header() },
    body: new URLSearchParams({ csrfToken, callbackUrl: "/dashboard", email, password }).toString(),
  });
  jar.take(response);
  await response.arrayBuffer();
  if (!jar.get("next-auth.session-token")) throw new Error(`Sign-in failed for ${email}: ${response.status} ${response.headers.get("location") ?? ""}`);
  return jar;
}
