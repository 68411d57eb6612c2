import "server-only";
import { apiRoute } from "./api-route";

/** Any address under /api/v1 that is no operation: a problem in the API's own form, never the web app's page. */
export const notAnOperation = apiRoute({ scope: null }, async () => ({
  problem: "not-found",
  detail: { en: "There is no such address in the API. Its operations are described at /api/v1/openapi.json.", cy: "Nid oes cyfeiriad o’r fath yn yr API. Disgrifir ei weithrediadau yn /api/v1/openapi.json." },
}));
