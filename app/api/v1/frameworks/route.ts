import { getFramework, listFrameworkVersions } from "@/lib/domain/framework/registry";
import { apiRoute } from "@/lib/http/api/api-route";
import type { frameworkListSchema } from "@/lib/schemas/api";
import type { z } from "zod";

/** Every version of the framework and its criteria: public, as the criteria a body may use are no secret. */
export const GET = apiRoute({ scope: null }, async () => {
  const items: z.infer<typeof frameworkListSchema>["items"] = listFrameworkVersions().map(({ id, version }) => {
    const framework = getFramework(id, version)!;
    return {
      id,
      version,
      publishedOn: framework.publishedOn,
      title: framework.title,
      source: framework.source,
      criteria: framework.criteria.map((c) => ({ id: c.id, rule: c.rule, level: c.level, title: c.title, question: c.question })),
    };
  });
  return { body: { items } };
});
