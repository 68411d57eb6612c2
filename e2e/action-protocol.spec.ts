import path from "node:path";
import { expect, request as playwrightRequest, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { attackCases, type Ids } from "../scripts/probe/cases";
import { leakIn } from "../scripts/probe/leaks";
import { differences, queryRows, snapshotDatabase } from "../scripts/probe/snapshot";
import { boundSchemaNames, fillRoute, serverActions } from "../scripts/probe/targets";
import { demoPassword } from "./support";

// Every server action is a public endpoint: this posts React's action protocol straight at each one (ids from the
// build's server reference manifest), with another organisation's real ids and hostile shapes in the bound
// arguments, as text/plain and as multipart like a real form, signed in, in the wrong role and signed out.
// Nothing may answer 500, leak an internal, act (redirect to its "done" page), or change a single row.

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;
const databaseFile = path.resolve("data", `e2e-${port}.db`);
const actions = serverActions();

test.describe.configure({ mode: "serial" });

type Outcome = { label: string; status: number; problem: string | null };

async function signedIn(email: string | null): Promise<APIRequestContext> {
  const context = await playwrightRequest.newContext({ baseURL, maxRedirects: 0 });
  if (!email) return context;
  const page = await context.get("/signin");
  const csrfToken = /name="csrfToken" value="([^"]+)"/.exec(await page.text())?.[1];
  expect(csrfToken, "sign-in form's CSRF token").toBeTruthy();
  await context.post("/api/auth/callback/credentials", { form: { csrfToken: csrfToken!, callbackUrl: "/dashboard", email, password: demoPassword } });
  const cookies = (await context.storageState()).cookies.map((cookie) => cookie.name);
  expect(cookies, `session of ${email}`).toContain("next-auth.session-token");
  return context;
}

/** Another organisation's records (Caerwen County Council and what hangs off its assessments). */
function caerwenIds(): Ids {
  const one = (sql: string) => queryRows<{ id: string }>(databaseFile, sql)[0]?.id ?? "";
  const caerwen = one("SELECT id FROM Organisation WHERE nameEn = 'Caerwen County Council'");
  const assessment = one(`SELECT id FROM Assessment WHERE organisationId = '${caerwen}' AND status = 'published' ORDER BY createdAt LIMIT 1`);
  const inCaerwen = (table: string) => one(`SELECT t.id FROM "${table}" t JOIN Assessment a ON a.id = t.assessmentId WHERE a.organisationId = '${caerwen}' LIMIT 1`);
  const byKind: Record<string, string> = {
    criterion: inCaerwen("AssessmentCriterion"),
    gate: inCaerwen("AssessmentGate"),
    comment: inCaerwen("AssessmentComment"),
    specialist: inCaerwen("AssessmentSpecialist"),
    "supplier invitation": inCaerwen("SupplierInvitation"),
    "clarification question": inCaerwen("ClarificationQuestion"),
    "conflict declaration": inCaerwen("ConflictDeclaration"),
    response: inCaerwen("Response"),
    "supplier organisation": one("SELECT id FROM Organisation WHERE kind = 'supplier' ORDER BY nameEn LIMIT 1"),
    "response file": one("SELECT id FROM ResponseFile LIMIT 1"),
    user: one(`SELECT userId AS id FROM Membership WHERE organisationId = '${caerwen}' LIMIT 1`),
  };
  const criteria = queryRows<{ id: string }>(databaseFile, `SELECT id FROM AssessmentCriterion WHERE assessmentId = '${assessment}'`).map((row) => row.id);
  const membership = one(`SELECT id FROM Membership WHERE organisationId = '${caerwen}' LIMIT 1`);
  const own = one("SELECT m.id FROM Membership m JOIN Organisation o ON o.id = m.organisationId WHERE o.nameEn = 'Northshire Council' LIMIT 1");
  for (const [kind, id] of Object.entries(byKind)) if (!id) delete byKind[kind];
  return { own, assessment, byKind, criteria, membership };
}

/** Form fields a real form of these actions sends, with values that would change something if they got through. */
function formFields(ids: Ids): Record<string, string> {
  return { role: "organisation-admin", resolution: "Resolved from outside", decision: "allow", version: "0", userId: ids.byKind.user ?? "", answer: "Overwritten", email: "attacker@example.com", hasConflict: "no" };
}

async function post(context: APIRequestContext, page: string, actionId: string, args: unknown[], multipart: Record<string, string> | null): Promise<APIResponse> {
  const headers = { "Next-Action": actionId, Accept: "text/x-component" };
  if (!multipart) return context.post(page, { headers: { ...headers, "Content-Type": "text/plain;charset=UTF-8" }, data: JSON.stringify([...args, {}]) });
  // React's reply encoding of (…bound, state, formData): the FormData is "$K1" and its entries are prefixed "1_".
  const fields: Record<string, string> = { "0": JSON.stringify([...args, {}, "$K1"]) };
  for (const [name, value] of Object.entries(multipart)) fields[`1_${name}`] = value;
  return context.post(page, { headers, multipart: fields });
}

async function judge(label: string, response: APIResponse): Promise<Outcome> {
  const body = await response.text();
  const status = response.status();
  const leak = leakIn(body);
  const acted = response.headers()["x-action-redirect"];
  const problem = status >= 500 ? `answered ${status}` : leak ? `leaked ${leak}` : acted ? `acted: redirected to ${acted}` : null;
  return { label, status, problem };
}

async function attackEveryAction(context: APIRequestContext, ids: Ids, options: { hostile: boolean; only?: (name: string) => boolean }): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const action of actions.filter((candidate) => options.only?.(candidate.name) ?? true)) {
    const page = fillRoute(action.page, { assessmentId: ids.assessment, templateId: ids.assessment, token: "A".repeat(43) });
    const cases = attackCases(boundSchemaNames(action), ids, { hostile: options.hostile, every: 3 });
    // Real ids go both ways (text/plain and a form's multipart); hostile shapes alternate between the two.
    const requests = cases.flatMap(({ label, args, hostile }, index) =>
      (hostile ? [index % 2 ? formFields(ids) : null] : [null, formFields(ids)]).map((multipart) => ({ label: `${action.name} ${multipart ? "multipart" : "text/plain"}: ${label}`, args, multipart })),
    );
    for (let at = 0; at < requests.length; at += 4) {
      const batch = requests.slice(at, at + 4);
      outcomes.push(...(await Promise.all(batch.map(async ({ label, args, multipart }) => judge(label, await post(context, page, action.id, args, multipart))))));
    }
  }
  return outcomes;
}

const countBy = (outcomes: Outcome[]) => outcomes.reduce<Record<number, number>>((counts, { status }) => ({ ...counts, [status]: (counts[status] ?? 0) + 1 }), {});

function expectNoProblems(outcomes: Outcome[]) {
  const problems = outcomes.filter((outcome) => outcome.problem).map((outcome) => `${outcome.label} → ${outcome.problem}`);
  expect(problems.slice(0, 20), `${problems.length} of ${outcomes.length} requests`).toEqual([]);
}

test.describe("the server action protocol, posted directly", () => {
  test("the build has the actions this test attacks", () => {
    expect(actions.length).toBeGreaterThanOrEqual(37);
    for (const action of actions) expect(action.id, action.name).toMatch(/^[0-9a-f]{40,42}$/);
  });

  test("another organisation's ids and hostile shapes in every bound argument change nothing and never fail", async () => {
    test.setTimeout(600_000);
    const officer = await signedIn("officer@northshire.example");
    const ids = caerwenIds();
    const before = snapshotDatabase(databaseFile);
    const outcomes = await attackEveryAction(officer, ids, { hostile: true });
    const after = snapshotDatabase(databaseFile);
    expectNoProblems(outcomes);
    expect(outcomes.length).toBeGreaterThan(actions.length * 20);
    console.log(`${outcomes.length} requests to ${actions.length} actions; by status ${JSON.stringify(countBy(outcomes))}`);
    // A refused bound argument answers 404, like a record of another organisation.
    expect(outcomes.filter((outcome) => outcome.status === 404).length).toBeGreaterThan(outcomes.length / 2);
    expect(differences(before, after)).toEqual([]);
    await officer.dispose();
  });

  test("in the wrong role and signed out, every action refuses and changes nothing", async () => {
    test.setTimeout(300_000);
    const supplier = await signedIn("admin@greenbyte.example");
    const anonymous = await signedIn(null);
    const ids = caerwenIds();
    const before = snapshotDatabase(databaseFile);
    // Members and organisation details actions are every admin's, a supplier admin's too: those are attacked with another
    // organisation's ids above. Asking for a password reset is open to anyone, and answers everyone alike.
    const buyerActions = (name: string) => !/^app\/(responses|evidence|invitation|supplier-invitation|members|organisation|password-reset)\//.test(name);
    const wrongRole = await attackEveryAction(supplier, ids, { hostile: false, only: buyerActions });
    const signedOut = await attackEveryAction(anonymous, ids, { hostile: false });
    const after = snapshotDatabase(databaseFile);
    expectNoProblems([...wrongRole, ...signedOut]);
    // A supplier calling a buyer's action is told nothing: 404.
    expect(wrongRole.filter((outcome) => outcome.status !== 404).map((outcome) => `${outcome.label} → ${outcome.status}`)).toEqual([]);
    // Signed out: 303 to sign in from the proxy on protected paths, 404 for a refused argument, else the form back
    // asking to sign in — never anything done.
    expect(signedOut.filter((outcome) => ![200, 303, 404].includes(outcome.status)).map((outcome) => `${outcome.label} → ${outcome.status}`)).toEqual([]);
    expect(differences(before, after)).toEqual([]);
    await supplier.dispose();
    await anonymous.dispose();
  });
});

test.describe("malformed action requests", () => {
  // Next decodes the action request (React's reply encoding) before any of our code runs and would answer 500 when it
  // cannot; proxy.ts turns such bodies away with 400 first.
  test("an undecodable body answers 4xx, not 500", async () => {
    const officer = await signedIn("officer@northshire.example");
    const ids = caerwenIds();
    const action = actions[0];
    const page = fillRoute(action.page, { assessmentId: ids.assessment });
    const bodies: [string, string, string][] = [
      ["not JSON", "text/plain;charset=UTF-8", "not json"],
      ["empty", "text/plain;charset=UTF-8", ""],
      ["a bare string", "text/plain;charset=UTF-8", '"x"'],
      ["a reference to a missing row", "text/plain;charset=UTF-8", JSON.stringify(["$Q1", {}])],
      ["a server reference", "text/plain;charset=UTF-8", JSON.stringify(["$F1", {}])],
      ["multipart without a boundary", "multipart/form-data", "x"],
      ["malformed multipart", "multipart/form-data; boundary=zz", "--zz\r\nbroken\r\n"],
    ];
    const outcomes: Outcome[] = [];
    for (const [label, contentType, body] of bodies) {
      const response = await officer.post(page, { headers: { "Next-Action": action.id, "Content-Type": contentType }, data: body });
      outcomes.push(await judge(label, response));
    }
    await officer.dispose();
    expectNoProblems(outcomes);
  });
});
