import { apiRoute, assessmentNotFound as notFound } from "@/lib/http/api/api-route";
import { recordId } from "@/lib/schemas/ids";
import { getApiResults } from "@/lib/server/api/assessments";

/** The ranking, and the tenders disregarded or not yet fully scored: after the response deadline only. */
export const GET = apiRoute<{ assessmentId: string }>({ scope: "read" }, async ({ params, caller }) => {
  const id = recordId.safeParse(params.assessmentId);
  const results = id.success ? await getApiResults(caller!.actor, id.data) : null;
  if (results === null) return notFound;
  if (results === "before-deadline") return { problem: "before-deadline", detail: { en: "Results can be read once the response deadline has passed.", cy: "Gellir darllen y canlyniadau pan fydd y dyddiad cau ar gyfer ymatebion wedi mynd heibio." } };
  if (results === "not-ready") return { problem: "before-deadline", detail: { en: "The results cannot be worked out yet: see the assessment's results page.", cy: "Ni ellir cyfrifo’r canlyniadau eto: gweler tudalen canlyniadau’r asesiad." } };
  return { body: results };
});
