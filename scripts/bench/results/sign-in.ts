// Signing in over HTTP as a browser without JavaScript does, keeping the cookies between requests.
import { BASE } from "./settings";

export class CookieJar {
  private cookies = new Map<string, string>();
  take(response: Response) {
    for (const header of response.headers.getSetCookie()) {
      const [pair, ...attributes] = header.split(";");
      const at = pair.indexOf("=");
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a)) || value === "";
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  get(name: string) {
    return this.cookies.get(name);
  }
  header() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
}

const decodeEntities = (value: string) => value.replaceAll("&amp;", "&").replaceAll("&quot;", '"').replaceAll("&#x27;", "'").replaceAll("&lt;", "<").replaceAll("&gt;", ">");

/** Signs in as a browser does without JavaScript: the form's CSRF token and callback, then the redirects. */
export async function signIn(email: string, password: string): Promise<CookieJar> {
  const jar = new CookieJar();
  const page = await fetch(`${BASE}/signin`, { redirect: "manual" });
  jar.take(page);
  const html = await page.text();
  if (page.status !== 200) throw new Error(`GET /signin answered ${page.status}`);
  const csrfCookie = jar.get("next-auth.csrf-token");
  const csrfToken = /name="csrfToken" value="([^"]+)"/.exec(html)?.[1] ?? (csrfCookie ? decodeURIComponent(csrfCookie).split("|")[0] : undefined);
  if (!csrfToken) throw new Error("No next-auth CSRF token on /signin");
  const callbackUrl = decodeEntities(/name="callbackUrl" value="([^"]+)"/.exec(html)?.[1] ?? "/dashboard");
  let response = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.header() },
    body: new URLSearchParams({ csrfToken, callbackUrl, email, password }).toString(),
  });
  jar.take(response);
  await response.arrayBuffer();
  if (!jar.get("next-auth.session-token")) throw new Error(`Sign-in failed: ${response.status} → ${response.headers.get("location")}`);
  for (let hops = 0; hops < 5 && response.status >= 300 && response.status < 400; hops++) {
    const location = new URL(response.headers.get("location") ?? "/", BASE);
    response = await fetch(location, { redirect: "manual", headers: { cookie: jar.header() } });
    jar.take(response);
    await response.arrayBuffer();
  }
  if (response.status !== 200) throw new Error(`After sign-in the last page answered ${response.status}`);
  return jar;
}
