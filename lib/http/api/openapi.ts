import { z } from "zod";
import { apiCallsPerMinute } from "@/lib/domain/api/tokens";
import en from "@/lib/i18n/messages/en.json";
import { apiSchemas, tokenScopesDescription } from "@/lib/schemas/api";
import { problemKinds, problemType, type ProblemKind } from "./problems";

// The OpenAPI 3.1 description of /api/v1, made from the same zod schemas the handlers use (lib/schemas/api.ts).

/** Each operation's one-line summary, as the API reference page gives it in English (and Welsh). */
const summaryOf = (operationId: keyof typeof en.developers.operations) => en.developers.operations[operationId];
const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const json = (schema: object) => ({ "application/json": { schema } });
const problem = (kind: ProblemKind, description: string) => ({ description: `${problemKinds[kind].title.en}: ${description} (type ${problemType(kind)})`, content: { "application/problem+json": { schema: ref("Problem") } } });
const tokenProblems = {
  "401": problem("unauthorised", "no token, or one that is not valid, has expired or was revoked"),
  "429": { ...problem("rate-limited", `more than ${apiCallsPerMinute} calls in a minute with one token`), headers: { "Retry-After": { schema: { type: "integer" }, description: "Seconds to wait" } } },
};
const etag = { ETag: { schema: { type: "string" }, description: "Send it back in If-None-Match to get 304 when nothing changed" } };
const assessmentId = { name: "assessmentId", in: "path", required: true, schema: { type: "string" } };
const jobId = { name: "jobId", in: "path", required: true, schema: { type: "string" } };
const feedParameters = [
  { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 100, default: 20 } },
  { name: "cursor", in: "query", schema: { type: "string" }, description: "From links.next of the page before" },
];
/** An OCDS package, checked in full against the official schemas with the extensions it declares. */
const ocdsPackage = (kind: "release" | "record") => ({
  type: "object",
  required: ["uri", "version", "publisher", "publishedDate", `${kind}s`],
  description: `An OCDS 1.1 ${kind} package: https://standard.open-contracting.org/schema/1__1__5/${kind}-package-schema.json`,
});
const read = [{ token: ["read"] }];
const write = [{ token: ["write"] }];

function components() {
  const { schemas } = z.toJSONSchema(apiSchemas, { target: "draft-2020-12", uri: (id) => `#/components/schemas/${id}` });
  // Each is a component of this document, not a document of its own.
  return Object.fromEntries(Object.entries(schemas).map(([id, schema]) => {
    const { $id: _id, $schema: _schema, ...rest } = schema as Record<string, unknown>;
    return [id, rest];
  }));
}

export function openApiDescription(serverUrl: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Assess ICT suppliers' sustainability: API",
      version: "1.0.0",
      description:
        "Read and write your organisation's assessments from your own systems. Authenticate with an API token your organisation's admin makes under Organisation › API tokens, sent as `Authorization: Bearer sict_…`. " +
        `${tokenScopesDescription}. Errors are problem details (RFC 9457) in English, or in Welsh with \`Accept-Language: cy\`. Each token may make ${apiCallsPerMinute} calls a minute.`,
    },
    servers: [{ url: `${serverUrl}/api/v1` }],
    components: {
      schemas: components(),
      securitySchemes: { token: { type: "http", scheme: "bearer", description: "An API token (sict_…)" } },
    },
    paths: {
      "/openapi.json": {
        get: { operationId: "describeApi", summary: summaryOf("describeApi"), security: [], responses: { "200": { description: "OpenAPI 3.1", content: json({ type: "object" }) } } },
      },
      "/ocds/releases": {
        get: {
          operationId: "openDataReleases",
          summary: summaryOf("openDataReleases"),
          description: "Every published assessment whose buyer chose to publish it, in the order they were published, with the lots, awardCriteria, requirements and sustainability extensions. Never a response or a score.",
          security: [],
          parameters: feedParameters,
          responses: { "200": { description: "A page of releases; links.next is the next page", headers: etag, content: json(ocdsPackage("release")) }, "400": problem("invalid-request", "a limit out of range or a cursor the feed did not give") },
        },
      },
      "/ocds/records": {
        get: {
          operationId: "openDataRecords",
          summary: summaryOf("openDataRecords"),
          security: [],
          parameters: feedParameters,
          responses: { "200": { description: "A page of records; links.next is the next page", headers: etag, content: json(ocdsPackage("record")) }, "400": problem("invalid-request", "a limit out of range or a cursor the feed did not give") },
        },
      },
      "/ocds/releases.csv": {
        get: {
          operationId: "openDataCsv",
          summary: summaryOf("openDataCsv"),
          security: [],
          parameters: feedParameters,
          responses: { "200": { description: "A page of rows; the Link header names the next page", content: { "text/csv": { schema: { type: "string" } } } }, "400": problem("invalid-request", "a limit out of range or a cursor the feed did not give") },
        },
      },
      "/evidence-profile": {
        get: {
          operationId: "getEvidenceProfile",
          summary: summaryOf("getEvidenceProfile"),
          security: read,
          responses: { "200": { description: "The profile", headers: etag, content: json(ref("EvidenceProfile")) }, "404": problem("not-found", "a buyer organisation's token"), ...tokenProblems },
        },
      },
      "/responses": {
        get: {
          operationId: "listOwnResponses",
          summary: summaryOf("listOwnResponses"),
          security: read,
          responses: { "200": { description: "The tenders and their status", headers: etag, content: json(ref("SupplierResponseList")) }, "404": problem("not-found", "a buyer organisation's token"), ...tokenProblems },
        },
      },
      "/problems/{kind}": {
        get: {
          operationId: "describeProblem",
          summary: summaryOf("describeProblem"),
          security: [],
          parameters: [{ name: "kind", in: "path", required: true, schema: { type: "string", enum: Object.keys(problemKinds) } }],
          responses: {
            "200": { description: "The kind of problem", headers: etag, content: json({ type: "object", required: ["type", "title", "status"], properties: { type: { type: "string" }, title: { $ref: "#/components/schemas/Bilingual" }, status: { type: "integer" } } }) },
            "404": problem("not-found", "no such kind of problem"),
          },
        },
      },
      "/frameworks": {
        get: { operationId: "listFrameworks", summary: summaryOf("listFrameworks"), security: [], responses: { "200": { description: "Every version", headers: etag, content: json(ref("FrameworkList")) } } },
      },
      "/assessments": {
        get: {
          operationId: "listAssessments",
          summary: summaryOf("listAssessments"),
          security: read,
          parameters: [
            { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 100, default: 25 } },
            { name: "cursor", in: "query", schema: { type: "string" }, description: "From links.next of the page before" },
            { name: "status", in: "query", schema: { type: "string", enum: ["draft", "published"] } },
            { name: "sort", in: "query", schema: { type: "string", enum: ["newest", "deadline"], default: "newest" }, description: "Newest first, or soonest response deadline first" },
          ],
          responses: { "200": { description: "A page of assessments", headers: etag, content: json(ref("AssessmentList")) }, "400": problem("invalid-request", "a query value out of range, or a cursor this API did not give"), ...tokenProblems },
        },
        post: {
          operationId: "createAssessment",
          summary: summaryOf("createAssessment"),
          security: write,
          requestBody: { required: true, content: json(ref("NewAssessment")) },
          responses: {
            "201": { description: "The new draft", headers: { ...etag, Location: { schema: { type: "string" }, description: "Its address in the API" } }, content: json(ref("Assessment")) },
            "400": problem("invalid-request", "fields to correct, each named in errors with the web app's own words"),
            "403": problem("forbidden", "a read token"),
            ...tokenProblems,
          },
        },
      },
      "/assessments/{assessmentId}/publish": {
        post: {
          operationId: "publishAssessment",
          summary: summaryOf("publishAssessment"),
          security: write,
          parameters: [assessmentId],
          responses: {
            "200": { description: "The published assessment", headers: etag, content: json(ref("Assessment")) },
            "400": problem("invalid-request", "its set-up has problems, or its deadline has passed"),
            "403": problem("forbidden", "a read token"),
            "404": problem("not-found", "not an assessment of your organisation"),
            ...tokenProblems,
          },
        },
      },
      "/assessments/{assessmentId}": {
        get: {
          operationId: "getAssessment",
          summary: summaryOf("getAssessment"),
          security: read,
          parameters: [assessmentId],
          responses: { "200": { description: "The assessment", headers: etag, content: json(ref("Assessment")) }, "404": problem("not-found", "not an assessment of your organisation"), ...tokenProblems },
        },
        patch: {
          operationId: "changeAssessment",
          summary: summaryOf("changeAssessment"),
          security: write,
          parameters: [assessmentId],
          requestBody: { required: true, content: json(ref("AssessmentChange")) },
          responses: {
            "200": { description: "The assessment as changed", headers: etag, content: json(ref("Assessment")) },
            "400": problem("invalid-request", "fields to correct, a published assessment, or a change made since"),
            "403": problem("forbidden", "a read token"),
            "404": problem("not-found", "not an assessment of your organisation"),
            ...tokenProblems,
          },
        },
      },
      "/assessments/{assessmentId}/invitations": {
        get: {
          operationId: "listInvitations",
          summary: summaryOf("listInvitations"),
          security: read,
          parameters: [assessmentId],
          responses: { "200": { description: "The invitations", headers: etag, content: json(ref("InvitationList")) }, "404": problem("not-found", "not an assessment of your organisation"), ...tokenProblems },
        },
        post: {
          operationId: "inviteSupplier",
          summary: summaryOf("inviteSupplier"),
          security: write,
          parameters: [assessmentId],
          requestBody: { required: true, content: json(ref("NewInvitation")) },
          responses: {
            "201": { description: "The invitation", headers: etag, content: json(ref("Invitation")) },
            "400": problem("invalid-request", "no supplier or address, already invited, not published, or past its deadline"),
            "403": problem("forbidden", "a read token"),
            "404": problem("not-found", "not an assessment of your organisation"),
            ...tokenProblems,
          },
        },
      },
      "/assessments/{assessmentId}/criteria": {
        post: {
          operationId: "addCriteria",
          summary: summaryOf("addCriteria"),
          security: write,
          parameters: [assessmentId],
          requestBody: { required: true, content: json(ref("NewCriteria")) },
          responses: {
            "201": { description: "The assessment with the criteria added, each weighing 0", headers: etag, content: json(ref("Assessment")) },
            "400": problem("invalid-request", "no criterion chosen, one the framework does not have, a published assessment, or a change made since"),
            "403": problem("forbidden", "a read token"),
            "404": problem("not-found", "not an assessment of your organisation"),
            ...tokenProblems,
          },
        },
      },
      "/assessments/{assessmentId}/criteria/{criterionId}": {
        patch: {
          operationId: "changeCriterion",
          summary: summaryOf("changeCriterion"),
          security: write,
          parameters: [assessmentId, { name: "criterionId", in: "path", required: true, schema: { type: "string" } }],
          requestBody: { required: true, content: json(ref("CriterionChange")) },
          responses: {
            "200": { description: "The assessment with the criterion changed", headers: etag, content: json(ref("Assessment")) },
            "400": problem("invalid-request", "fields to correct, a published assessment, or a change made since"),
            "403": problem("forbidden", "a read token"),
            "404": problem("not-found", "not an assessment of your organisation, or not one of its criteria"),
            ...tokenProblems,
          },
        },
        delete: {
          operationId: "removeCriterion",
          summary: summaryOf("removeCriterion"),
          security: write,
          parameters: [assessmentId, { name: "criterionId", in: "path", required: true, schema: { type: "string" } }],
          responses: {
            "200": { description: "The assessment without the criterion", headers: etag, content: json(ref("Assessment")) },
            "400": problem("invalid-request", "a published assessment"),
            "403": problem("forbidden", "a read token"),
            "404": problem("not-found", "not an assessment of your organisation, or not one of its criteria"),
            ...tokenProblems,
          },
        },
      },
      "/assessments/{assessmentId}/weights": {
        put: {
          operationId: "changeWeights",
          summary: summaryOf("changeWeights"),
          security: write,
          parameters: [assessmentId],
          requestBody: { required: true, content: json(ref("WeightsChange")) },
          responses: {
            "200": { description: "The assessment with its new weights", headers: etag, content: json(ref("Assessment")) },
            "400": problem("invalid-request", "a weight that is not a whole percentage, an unknown criterion, a published assessment, or a change made since"),
            "403": problem("forbidden", "a read token"),
            "404": problem("not-found", "not an assessment of your organisation"),
            ...tokenProblems,
          },
        },
      },
      "/assessments/{assessmentId}/exports/{file}": {
        get: {
          operationId: "getExport",
          summary: summaryOf("getExport"),
          security: read,
          parameters: [assessmentId, { name: "file", in: "path", required: true, schema: { type: "string", enum: ["tender-criteria.docx", "tender-criteria.odt", "tender-criteria.xlsx", "tender-criteria.csv", "tender-criteria.ocds.json", "results.csv"] } }],
          responses: {
            "200": {
              description: "The file, as an attachment",
              headers: etag,
              content: {
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document": { schema: { type: "string", contentEncoding: "binary" } },
                "application/vnd.oasis.opendocument.text": { schema: { type: "string", contentEncoding: "binary" } },
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": { schema: { type: "string", contentEncoding: "binary" } },
                "text/csv": { schema: { type: "string" } },
                "application/json": { schema: ocdsPackage("release") },
              },
            },
            "404": problem("not-found", "not an assessment of your organisation, a file the API does not give, or results before the deadline"),
            ...tokenProblems,
          },
        },
        post: {
          operationId: "prepareResultsDocument",
          summary: summaryOf("prepareResultsDocument"),
          security: read,
          parameters: [assessmentId, { name: "file", in: "path", required: true, schema: { type: "string", enum: ["results.docx", "results.odt", "results.xlsx"] } }],
          responses: {
            "202": { description: "The job preparing it; follow Location", headers: { ...etag, Location: { schema: { type: "string" }, description: "The job's address in the API" } }, content: json(ref("PreparedFile")) },
            "404": problem("not-found", "not an assessment of your organisation, or a file that is not prepared in the background"),
            "409": problem("before-deadline", "the response deadline has not passed"),
            ...tokenProblems,
          },
        },
      },
      "/assessments/{assessmentId}/prepared-files/{jobId}": {
        get: {
          operationId: "getPreparedFile",
          summary: summaryOf("getPreparedFile"),
          security: read,
          parameters: [assessmentId, jobId],
          responses: { "200": { description: "Where the job has got to", headers: etag, content: json(ref("PreparedFile")) }, "404": problem("not-found", "not a job asked for with this token's organisation and person"), ...tokenProblems },
        },
      },
      "/assessments/{assessmentId}/prepared-files/{jobId}/file": {
        get: {
          operationId: "getPreparedFileBytes",
          summary: summaryOf("getPreparedFileBytes"),
          security: read,
          parameters: [assessmentId, jobId],
          responses: {
            "200": {
              description: "The document, as an attachment",
              headers: etag,
              content: {
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document": { schema: { type: "string", contentEncoding: "binary" } },
                "application/vnd.oasis.opendocument.text": { schema: { type: "string", contentEncoding: "binary" } },
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": { schema: { type: "string", contentEncoding: "binary" } },
              },
            },
            "404": problem("not-found", "not a job asked for with this token's organisation and person"),
            "409": problem("not-ready", "still being prepared, or failed"),
            ...tokenProblems,
          },
        },
      },
      "/assessments/{assessmentId}/results": {
        get: {
          operationId: "getResults",
          summary: summaryOf("getResults"),
          security: read,
          parameters: [assessmentId],
          responses: {
            "200": { description: "The results", headers: etag, content: json(ref("Results")) },
            "404": problem("not-found", "not an assessment of your organisation"),
            "409": problem("before-deadline", "the response deadline has not passed, or the results cannot be worked out yet"),
            ...tokenProblems,
          },
        },
      },
    },
  };
}
