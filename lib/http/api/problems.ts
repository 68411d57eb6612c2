// The API's errors, as RFC 9457 problem details (`application/problem+json`): a stable `type` for each kind, and a
// title and detail in English or Welsh, as the caller's Accept-Language prefers.

type Words = { en: string; cy: string };

export const problemKinds = {
  "unauthorised": { status: 401, title: { en: "Authentication needed", cy: "Mae angen dilysu" } },
  "forbidden": { status: 403, title: { en: "Not allowed with this token", cy: "Ni chaniateir gyda’r tocyn hwn" } },
  "not-found": { status: 404, title: { en: "Not found", cy: "Heb ei ganfod" } },
  "before-deadline": { status: 409, title: { en: "Not available before the response deadline", cy: "Nid yw ar gael cyn y dyddiad cau ar gyfer ymatebion" } },
  "not-ready": { status: 409, title: { en: "Not ready yet", cy: "Nid yw’n barod eto" } },
  "invalid-request": { status: 400, title: { en: "The request is not valid", cy: "Nid yw’r cais yn ddilys" } },
  "rate-limited": { status: 429, title: { en: "Too many requests", cy: "Gormod o geisiadau" } },
  "server-error": { status: 500, title: { en: "Something went wrong", cy: "Aeth rhywbeth o’i le" } },
} as const satisfies Record<string, { status: number; title: Words }>;

export type ProblemKind = keyof typeof problemKinds;
export type ApiLanguage = "en" | "cy";

/** The stable identifier of a kind of problem, documented in the OpenAPI description. */
export const problemType = (kind: ProblemKind) => `/api/v1/problems/${kind}`;

export type Problem = { type: string; title: string; status: number; detail: string; reference?: string; errors?: { path: string; detail: string }[] };

export function problemOf(kind: ProblemKind, detail: Words, language: ApiLanguage, extra: Pick<Problem, "reference" | "errors"> = {}): Problem {
  const { status, title } = problemKinds[kind];
  return { type: problemType(kind), title: title[language], status, detail: detail[language], ...extra };
}

/** English or Welsh, whichever the Accept-Language header prefers (English when it names neither). */
export function apiLanguage(acceptLanguage: string | null): ApiLanguage {
  let best: { language: ApiLanguage; q: number } = { language: "en", q: 0 };
  for (const part of (acceptLanguage ?? "").split(",")) {
    const [tag, ...parameters] = part.trim().toLowerCase().split(";");
    const language = tag.split("-")[0];
    if (language !== "en" && language !== "cy") continue;
    const q = Number(parameters.find((p) => p.trim().startsWith("q="))?.trim().slice(2) ?? "1");
    if (Number.isFinite(q) && q > best.q) best = { language, q };
  }
  return best.language;
}
