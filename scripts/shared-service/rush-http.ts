// The deadline rush over HTTP, as browsers without JavaScript make it: every supplier signed in beforehand with its
// "Check your answers" page open, then each posts the submit form, spread evenly over the window.
import { signInOverHttp, type CookieJar } from "../probe/session";

const decodeEntities = (value: string) => value.replaceAll("&quot;", '"').replaceAll("&#x27;", "'").replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&amp;", "&");

/** The submit form's hidden fields, as the page rendered them for a browser without JavaScript. */
async function openCheckPage(base: string, jar: CookieJar, url: string): Promise<[string, string][]> {
  const response = await fetch(`${base}${url}`, { headers: { cookie: jar.header() } });
  const html = await response.text();
  if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}`);
  const form = /<form[^>]*>(?:(?!<\/form>)[\s\S])*?name="declaration"[\s\S]*?<\/form>/.exec(html)?.[0];
  if (!form) throw new Error(`No declaration form on ${url}`);
  return [...form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)].map((match) => [decodeEntities(match[1]), decodeEntities(match[2] ?? "")]);
}

async function inBatches<T, R>(items: T[], size: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size) results.push(...(await Promise.all(items.slice(i, i + size).map(run))));
  return results;
}

export const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];

export type RushOutcome = { ok: boolean; ms: number; status: number; servedBy: string | null };

/** Signs every supplier in and opens its check page (`onProgress` hears of each tenth), then rushes. */
export async function rushSubmissions(base: string, assessmentId: string, suppliers: string[], password: string, windowMs: number, onProgress: (message: string) => void = () => {}) {
  const checkUrl = `/responses/${assessmentId}/check`;
  onProgress(`signing in and opening "Check your answers" for ${suppliers.length} suppliers`);
  // Four at a time: every sign-in comes from this one machine's address, and more than five attempts from one address
  // at once are throttled (lib/security/throttle.ts) wherever the service can tell addresses apart (behind a proxy).
  const prepared = await inBatches(suppliers, 4, async (email) => {
    const jar = await signInOverHttp(base, email, password);
    return { jar, fields: await openCheckPage(base, jar, checkUrl) };
  });
  onProgress(`${suppliers.length} submissions within ${windowMs / 1000} s`);
  const started = Date.now();
  const outcomes: RushOutcome[] = await Promise.all(
    prepared.map(async ({ jar, fields }, index) => {
      await new Promise((resolve) => setTimeout(resolve, (index * windowMs) / suppliers.length));
      const body = new FormData();
      for (const [name, value] of fields) body.append(name, value);
      body.append("declaration", "yes");
      const sent = performance.now();
      const response = await fetch(`${base}${checkUrl}`, { method: "POST", body, redirect: "manual", headers: { cookie: jar.header() } });
      await response.arrayBuffer();
      const ms = performance.now() - sent;
      const ok = response.status === 303 && (response.headers.get("location") ?? "").endsWith("/confirmation");
      return { ok, ms, status: response.status, servedBy: response.headers.get("x-served-by") };
    }),
  );
  return { outcomes, elapsedMs: Date.now() - started };
}
