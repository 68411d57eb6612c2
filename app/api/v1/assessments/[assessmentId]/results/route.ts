import { apiRoute, assessmentNotFound as notFound } from "@/lib/http/api/api-route";
import { recordId } from "@/lib/schemas/ids";
import { getApiAssessment, getApiResults } from "@/lib/server/api/assessments";

const notYet = { problem: "before-deadline", detail: { en: "Results come once the assessment is published and its response deadline has passed.", cy: "Daw canlyniadau pan fydd yr asesiad wedi’i gyhoeddi a’r dyddiad cau ar gyfer ymatebion wedi mynd heibio." } } as const;

/** The ranking, and the tenders disregarded or not yet fully scored: after the response deadline only. */
export const GET = apiRoute<{ assessmentId: string }>({ scope: "read" }, async ({ params, caller }) => {
  const id = recordId.safeParse(params.assessmentId);
  const results = id.success ? await getApiResults(caller!.actor, id.data) : null;
  if (results === null) return id.success && (await getApiAssessment(caller!.actor, id.data)) ? notYet : notFound;
  if (results === "before-deadline") return { problem: "before-deadline", detail: { en: "Results can be read once the response deadline has passed.", cy: "Gellir darllen y canlyniadau pan fydd y dyddiad cau ar gyfer ymatebion wedi mynd heibio." } };
  if (results === "not-ready") return { problem: "before-deadline", detail: { en: "The results cannot be worked out yet: see the assessment's results page.", cy: "Ni ellir cyfrifo’r canlyniadau eto: gweler tudalen canlyniadau’r asesiad." } };
  return { body: results };
});
