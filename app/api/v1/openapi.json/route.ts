import { apiRoute } from "@/lib/http/api/api-route";
import { openApiDescription } from "@/lib/http/api/openapi";
import { publicUrl } from "@/lib/http/public-url";

/** The OpenAPI 3.1 description of the API, for anyone. */
export const GET = apiRoute({ scope: null }, async ({ request }) => ({ body: openApiDescription(publicUrl("/", request).origin) }));
