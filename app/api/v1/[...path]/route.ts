import { apiRoute } from "@/lib/http/api/api-route";

/** Any other address under /api/v1: a problem in the API's own form, never the web app's page. */
const notAnOperation = apiRoute({ scope: null }, async () => ({
  problem: "not-found",
  detail: { en: "There is no such address in the API. Its operations are described at /api/v1/openapi.json.", cy: "Nid oes cyfeiriad o’r fath yn yr API. Disgrifir ei weithrediadau yn /api/v1/openapi.json." },
}));

export const GET = notAnOperation;
export const POST = notAnOperation;
export const PUT = notAnOperation;
export const PATCH = notAnOperation;
export const DELETE = notAnOperation;
