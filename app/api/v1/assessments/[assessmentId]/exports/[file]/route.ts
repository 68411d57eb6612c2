import { apiRoute, assessmentNotFound as notFound } from "@/lib/http/api/api-route";
import { publicUrl } from "@/lib/http/public-url";
import { recordId } from "@/lib/schemas/ids";
import { getApiAssessment } from "@/lib/server/api/assessments";
import { exportAssessmentFile } from "@/lib/server/assessments/export-assessment";

// The files the web app makes at once: the tender criteria in every format, the results as CSV after the deadline.
// The results as documents take long for a large tender, so the web app prepares them in the background instead.
const onRequest = /^(tender-criteria\.(docx|odt|xlsx|csv|ocds\.json)|results\.csv)$/;

/** One export of the assessment, as the web app's Downloads give it. */
export const GET = apiRoute<{ assessmentId: string; file: string }>({ scope: "read" }, async ({ request, params, caller }) => {
  const id = recordId.safeParse(params.assessmentId);
  if (!id.success) return notFound;
  if (!onRequest.test(params.file)) {
    return { problem: "not-found", detail: { en: "No such export: ask for tender-criteria.docx, .odt, .xlsx, .csv or .ocds.json, or results.csv.", cy: "Nid oes allforyn o’r fath: gofynnwch am tender-criteria.docx, .odt, .xlsx, .csv neu .ocds.json, neu results.csv." } };
  }
  const file = await exportAssessmentFile(caller!.actor, id.data, params.file, new Date(), publicUrl("/", request).origin);
  if (!file) {
    // Results before the deadline: the assessment is there, its results are not yet.
    if (params.file.startsWith("results") && (await getApiAssessment(caller!.actor, id.data))) {
      return { problem: "before-deadline", detail: { en: "Results come once the assessment is published and its response deadline has passed.", cy: "Daw canlyniadau pan fydd yr asesiad wedi’i gyhoeddi a’r dyddiad cau ar gyfer ymatebion wedi mynd heibio." } };
    }
    return notFound;
  }
  return { file: file.body, contentType: file.mediaType.startsWith("application/json") ? "application/json; charset=utf-8" : file.mediaType, headers: { "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}` } };
});
