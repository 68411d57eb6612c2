import { apiRoute } from "@/lib/http/api/api-route";
import { problemKinds, problemType, type ProblemKind } from "@/lib/http/api/problems";

/** What a problem's `type` names, for anyone who follows it: its title in English and Welsh and its status. */
export const GET = apiRoute<{ kind: string }>({ scope: null }, async ({ params }) => {
  if (!Object.hasOwn(problemKinds, params.kind)) {
    return { problem: "not-found", detail: { en: "There is no such kind of problem.", cy: "Nid oes math o broblem o’r fath." } };
  }
  const kind = params.kind as ProblemKind;
  return { body: { type: problemType(kind), title: problemKinds[kind].title, status: problemKinds[kind].status } };
});
