import { isPreparedInBackground } from "@/lib/domain/exports/prepared-files";
import { apiRoute, assessmentNotFound as notFound } from "@/lib/http/api/api-route";
import { publicUrl } from "@/lib/http/public-url";
import { recordId } from "@/lib/schemas/ids";
import { getApiAssessment } from "@/lib/server/api/assessments";
import { preparedFileBody } from "@/lib/server/api/prepared-files";
import { exportAssessmentFile } from "@/lib/server/assessments/export-assessment";
import { getPreparedFile } from "@/lib/server/prepared-files/get-prepared-file";
import { requestPreparedFile } from "@/lib/server/prepared-files/request-prepared-file";

// The files the web app makes at once: the tender criteria in every format, the results as CSV after the deadline.
// The results as documents take long for a large tender, so they are prepared in the background: POST to ask.
const onRequest = /^(tender-criteria\.(docx|odt|xlsx|csv|ocds\.json)|results\.csv)$/;

const preparedLater = { en: "The results as a document are prepared in the background: POST to this address to ask for one, then follow its job.", cy: "Caiff y canlyniadau fel dogfen eu paratoi yn y cefndir: anfonwch POST i’r cyfeiriad hwn i ofyn am un, yna dilynwch ei dasg." };

/** One export of the assessment, as the web app's Downloads give it. */
export const GET = apiRoute<{ assessmentId: string; file: string }>({ scope: "read" }, async ({ request, params, caller }) => {
  const id = recordId.safeParse(params.assessmentId);
  if (!id.success) return notFound;
  if (isPreparedInBackground(params.file)) return { problem: "not-found", detail: preparedLater };
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

/**
 * Asks for the results as a document (results.docx, .odt or .xlsx), prepared in the background as the web app's
 * Prepare buttons do: 202 with the job to follow. Asking again while it is being prepared follows the same job.
 */
export const POST = apiRoute<{ assessmentId: string; file: string }>({ scope: "read" }, async ({ params, caller }) => {
  const id = recordId.safeParse(params.assessmentId);
  if (!id.success) return notFound;
  if (!isPreparedInBackground(params.file)) {
    return { problem: "not-found", detail: { en: "Only results.docx, results.odt and results.xlsx are prepared in the background; GET the others.", cy: "Dim ond results.docx, results.odt a results.xlsx a baratoir yn y cefndir; defnyddiwch GET ar gyfer y lleill." } };
  }
  const job = await requestPreparedFile(caller!.actor, id.data, params.file);
  if (!job) {
    if (await getApiAssessment(caller!.actor, id.data)) return { problem: "before-deadline", detail: { en: "Results come once the assessment is published and its response deadline has passed.", cy: "Daw canlyniadau pan fydd yr asesiad wedi’i gyhoeddi a’r dyddiad cau ar gyfer ymatebion wedi mynd heibio." } };
    return notFound;
  }
  const view = await getPreparedFile(caller!.actor, id.data, job.id);
  const location = `/api/v1/assessments/${id.data}/prepared-files/${job.id}`;
  return { status: 202, body: preparedFileBody(view!, location), headers: { Location: location } };
});
