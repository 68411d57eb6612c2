import "server-only";
import { createHash } from "node:crypto";
import type { ApiTokenScope } from "@/lib/domain/api/tokens";
import { authenticateApiCall, type ApiCaller, type ApiRefusal } from "@/lib/server/api-tokens/authenticate-api-call";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { db } from "@/lib/server/db";
import { AppError, logUnexpected } from "@/lib/server/errors";
import { errorWords } from "./json-input";
import { apiLanguage, problemOf, type ApiLanguage, type Problem, type ProblemKind } from "./problems";

// The one way an API route handler is written: who may call it (a token's scope, or anyone for the open data),
// answers as JSON with an ETag (a matching If-None-Match gets 304), errors as problem details in the caller's
// language, an unexpected error as a 500 with a reference and never a stack trace, and each call with a token
// recorded in its organisation's audit chain. Tokens never reach a log.

export type ApiAnswer =
  | { status?: 200 | 201 | 202; body: unknown; headers?: Record<string, string> }
  | { file: string | Uint8Array; contentType: string; headers?: Record<string, string> }
  | { problem: ProblemKind; detail: { en: string; cy: string }; errors?: Problem["errors"] };

/** The answer for an assessment that is not the caller's organisation's (or does not exist): the same either way. */
export const assessmentNotFound: ApiAnswer = { problem: "not-found", detail: { en: "There is no such assessment of your organisation.", cy: "Nid oes asesiad o’r fath gan eich sefydliad." } };

type Context<P> = { request: Request; params: P; language: ApiLanguage };

const json = (body: unknown, status: number, headers: Record<string, string> = {}, type = "application/json") =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": `${type}; charset=utf-8`, "Cache-Control": "no-store", ...headers } });

const refusalDetail: Record<ApiRefusal["reason"], { en: string; cy: string }> = {
  missing: { en: "Send an API token in the Authorization header: Bearer sict_…", cy: "Anfonwch docyn API ym mhennawd Authorization: Bearer sict_…" },
  invalid: { en: "The API token is not one this service made.", cy: "Nid yw’r tocyn API yn un a wnaed gan y gwasanaeth hwn." },
  expired: { en: "The API token has expired. Ask your organisation’s admin for a new one.", cy: "Mae’r tocyn API wedi dod i ben. Gofynnwch i weinyddwr eich sefydliad am un newydd." },
  revoked: { en: "The API token has been revoked.", cy: "Mae’r tocyn API wedi’i ddirymu." },
  "read-only": { en: "This API token may only read. Ask your organisation’s admin for a token that may write.", cy: "Dim ond darllen y gall y tocyn API hwn. Gofynnwch i weinyddwr eich sefydliad am docyn a all ysgrifennu." },
  "rate-limited": { en: "This API token has made too many calls this minute. Try again after the time in Retry-After.", cy: "Mae’r tocyn API hwn wedi gwneud gormod o alwadau y funud hon. Rhowch gynnig arall ar ôl yr amser yn Retry-After." },
};

function refused(refusal: ApiRefusal, language: ApiLanguage): Response {
  const kind: ProblemKind = refusal.status === 401 ? "unauthorised" : refusal.status === 403 ? "forbidden" : "rate-limited";
  const headers: Record<string, string> = refusal.status === 401 ? { "WWW-Authenticate": 'Bearer realm="api"' } : refusal.status === 429 ? { "Retry-After": String(refusal.retryAfter) } : {};
  return json(problemOf(kind, refusalDetail[refusal.reason], language), refusal.status, headers, "application/problem+json");
}

/** An ETag of the body; a conditional GET with it answers 304 Not Modified. */
function withEtag(request: Request, body: string | Uint8Array, status: number, headers: Record<string, string>, contentType = "application/json; charset=utf-8"): Response {
  const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
  const none = request.headers.get("if-none-match");
  // Compared weakly, as If-None-Match is (RFC 9110): W/"x" matches "x".
  const matches = (tag: string) => tag === "*" || tag.replace(/^W\//, "") === etag;
  if (request.method === "GET" && none && none.split(",").some((tag) => matches(tag.trim()))) {
    return new Response(null, { status: 304, headers: { ETag: etag, "Cache-Control": "no-store" } });
  }
  return new Response(typeof body === "string" ? body : Buffer.from(body), { status, headers: { "Content-Type": contentType, "Cache-Control": "no-store", ETag: etag, ...headers } });
}

async function auditCall(caller: ApiCaller, request: Request, status: number) {
  const { pathname } = new URL(request.url);
  await db.$transaction((tx) =>
    recordAuditEvent(tx, {
      organisationId: caller.actor.organisationId,
      actorOrganisationId: caller.actor.organisationId,
      actorUserId: caller.actor.userId,
      action: "api.called",
      subjectType: "ApiToken",
      subjectId: caller.tokenId,
      after: { method: request.method, path: pathname, status },
    }),
  );
}

/** A route handler of the API. `scope: null` is the open data, for anyone. */
export function apiRoute<P>(options: { scope: ApiTokenScope | null }, run: (context: Context<P> & { caller: ApiCaller | null }) => Promise<ApiAnswer>) {
  return async (request: Request, { params }: { params: Promise<P> }): Promise<Response> => {
    const language = apiLanguage(request.headers.get("accept-language"));
    let caller: ApiCaller | null = null;
    try {
      if (options.scope) {
        const authenticated = await authenticateApiCall(request.headers.get("authorization"), options.scope);
        if (!authenticated.ok) return refused(authenticated.refusal, language);
        caller = authenticated.caller;
      }
      const answer = await run({ request, params: await params, language, caller });
      const response =
        "problem" in answer
          ? json(problemOf(answer.problem, answer.detail, language, answer.errors ? { errors: answer.errors } : {}), problemOf(answer.problem, answer.detail, language).status, {}, "application/problem+json")
          : "file" in answer
            ? withEtag(request, answer.file, 200, answer.headers ?? {}, answer.contentType)
            : withEtag(request, JSON.stringify(answer.body), answer.status ?? 200, answer.headers ?? {});
      if (caller) await auditCall(caller, request, response.status);
      // The open data and the description are for anyone, web pages on other sites included.
      if (!options.scope) {
        response.headers.set("Access-Control-Allow-Origin", "*");
        response.headers.set("Access-Control-Expose-Headers", "ETag, Link");
      }
      return response;
    } catch (error) {
      // A use case's refusal (an AppError) is the caller's to correct, in the web app's own words.
      if (error instanceof AppError) {
        const detail = { en: errorWords(error.messageKey, "en"), cy: errorWords(error.messageKey, "cy") };
        const errors = error.field ? { errors: [{ path: error.field, detail: detail[language] }] } : {};
        if (caller) await auditCall(caller, request, 400);
        return json(problemOf("invalid-request", detail, language, errors), 400, {}, "application/problem+json");
      }
      const reference = logUnexpected(error, `API ${request.method} ${new URL(request.url).pathname}`);
      return json(problemOf("server-error", { en: `Something went wrong. Quote reference ${reference} if you ask for help.`, cy: `Aeth rhywbeth o’i le. Dyfynnwch gyfeirnod ${reference} os gofynnwch am help.` }, language, { reference }), 500, {}, "application/problem+json");
    }
  };
}
