import { createHmac, randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chooseTransport } from "./choose";
import type { Envelope } from "./transport";

// GOV.UK Notify cannot be reached from here: a local server checks each request against what the Notify API
// documents (https://docs.notifications.service.gov.uk/rest-api.html): POST /v2/notifications/email, a JWT
// signed HS256 with the API key's secret, iss = the service id, iat within 30 seconds; a JSON body with
// template_id, email_address, personalisation and reference. It answers as Notify does: 201, or 400 with errors.

const serviceId = randomUUID();
const secretKey = randomUUID();
const apiKey = `assess-ict-test-${serviceId}-${secretKey}`;
const defaultTemplateId = randomUUID();
const resetTemplateId = randomUUID();

type Received = { method: string; path: string; claims: Record<string, unknown>; header: Record<string, unknown>; body: Record<string, unknown> };
const received: Received[] = [];
const problems: string[] = [];
let server: Server;
let baseUrl = "";

function base64url(input: Buffer | string) {
  return Buffer.from(input).toString("base64url");
}

/** Checks the bearer token as Notify does; returns its claims, or null with the reason noted. */
function verifyToken(request: IncomingMessage): { header: Record<string, unknown>; claims: Record<string, unknown> } | null {
  const token = request.headers.authorization?.match(/^Bearer (.+)$/)?.[1];
  if (!token) return problems.push("no bearer token"), null;
  const [header, claims, signature] = token.split(".");
  const expected = base64url(createHmac("sha256", secretKey).update(`${header}.${claims}`).digest());
  if (signature !== expected) return problems.push("signature is not HS256 with the key's secret"), null;
  const parsed = { header: JSON.parse(Buffer.from(header, "base64url").toString()), claims: JSON.parse(Buffer.from(claims, "base64url").toString()) };
  if (parsed.header.alg !== "HS256" || parsed.header.typ !== "JWT") problems.push(`header ${JSON.stringify(parsed.header)}`);
  if (parsed.claims.iss !== serviceId) problems.push(`iss ${parsed.claims.iss}`);
  if (typeof parsed.claims.iat !== "number" || Math.abs(Date.now() / 1000 - parsed.claims.iat) > 30) problems.push(`iat ${parsed.claims.iat}`);
  return parsed;
}

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const token = verifyToken(request);
      if (!token) {
        response.writeHead(403, { "content-type": "application/json" }).end(JSON.stringify({ status_code: 403, errors: [{ error: "AuthError", message: "Invalid token: signature, api token not found" }] }));
        return;
      }
      const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>;
      received.push({ method: request.method ?? "", path: request.url ?? "", ...token, body });
      if (request.method !== "POST" || request.url !== "/v2/notifications/email") {
        response.writeHead(404).end();
        return;
      }
      if (body.email_address === "bounce@example.gov.uk") {
        response.writeHead(400, { "content-type": "application/json" }).end(JSON.stringify({ status_code: 400, errors: [{ error: "BadRequestError", message: "Can’t send to this recipient using a team-only API key" }] }));
        return;
      }
      const id = randomUUID();
      response.writeHead(201, { "content-type": "application/json" }).end(JSON.stringify({ id, reference: body.reference, content: { subject: "s", body: "b", from_email: "service@notifications.service.gov.uk" }, uri: `${baseUrl}/v2/notifications/${id}`, template: { id: body.template_id, version: 1, uri: "" } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const envelope = (overrides: Partial<Envelope> = {}): Envelope => ({
  id: "cmoutboxmessage000000001",
  idempotencyKey: "submission-receipt:CCC-2026-014-AB12CD:user1",
  kind: "submission-receipt",
  to: "jordan@greenbyte.example",
  language: "en",
  subject: "Response received: CCC-2026-014-AB12CD",
  body: "Your response was submitted.\n\nReference: CCC-2026-014-AB12CD",
  personalisation: { submissionReference: "CCC-2026-014-AB12CD", link: "https://service.example/responses/a1" },
  ...overrides,
});

describe("the GOV.UK Notify transport", () => {
  const env = { NOTIFY_API_KEY: apiKey, NOTIFY_TEMPLATE_ID: defaultTemplateId, NOTIFY_TEMPLATE_ID_PASSWORD_RESET: resetTemplateId, SMTP_URL: "smtp://127.0.0.1:1" };

  it("is chosen over SMTP when the key and a template are set, and sends the request Notify documents", async () => {
    const transport = chooseTransport({ ...env, NOTIFY_BASE_URL: baseUrl });
    expect(transport.name).toBe("notify");
    const providerId = await transport.send(envelope());
    expect(problems).toEqual([]);
    const request = received.at(-1)!;
    expect(providerId).toMatch(/^[0-9a-f-]{36}$/);
    expect(request).toMatchObject({ method: "POST", path: "/v2/notifications/email", header: { alg: "HS256", typ: "JWT" }, claims: { iss: serviceId } });
    expect(request.body).toEqual({
      template_id: defaultTemplateId,
      email_address: "jordan@greenbyte.example",
      reference: "cmoutboxmessage000000001",
      personalisation: { subject: "Response received: CCC-2026-014-AB12CD", body: "Your response was submitted.\n\nReference: CCC-2026-014-AB12CD", submissionReference: "CCC-2026-014-AB12CD", link: "https://service.example/responses/a1" },
    });
  });

  it("uses a kind's own template when one is configured", async () => {
    await chooseTransport({ ...env, NOTIFY_BASE_URL: baseUrl }).send(envelope({ kind: "password-reset", to: "morgan@hafod.example" }));
    expect(received.at(-1)!.body.template_id).toBe(resetTemplateId);
  });

  it("fails with Notify's own words when a message is refused, so the worker tries again later", async () => {
    await expect(chooseTransport({ ...env, NOTIFY_BASE_URL: baseUrl }).send(envelope({ to: "bounce@example.gov.uk" }))).rejects.toThrow("GOV.UK Notify answered 400: BadRequestError: Can’t send to this recipient using a team-only API key");
  });

  it("falls back to SMTP, then to the log, when Notify is not configured", () => {
    expect(chooseTransport({ NOTIFY_API_KEY: apiKey, SMTP_URL: "smtp://127.0.0.1:2525" }).name).toBe("smtp");
    expect(chooseTransport({}).name).toBe("log");
  });
});
