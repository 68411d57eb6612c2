import { apiRoute } from "@/lib/http/api/api-route";
import { recordId } from "@/lib/schemas/ids";
import { jobNotFound } from "@/lib/server/api/prepared-files";
import { getPreparedFile, preparedFileBytes } from "@/lib/server/prepared-files/get-prepared-file";

/** The results document once prepared; 409 while it is still being prepared or has failed (ask again with POST). */
export const GET = apiRoute<{ assessmentId: string; jobId: string }>({ scope: "read" }, async ({ params, caller }) => {
  const assessmentId = recordId.safeParse(params.assessmentId);
  const jobId = recordId.safeParse(params.jobId);
  if (!assessmentId.success || !jobId.success) return jobNotFound;
  const view = await getPreparedFile(caller!.actor, assessmentId.data, jobId.data);
  if (!view) return jobNotFound;
  const file = view.status === "ready" ? await preparedFileBytes(caller!.actor, assessmentId.data, jobId.data) : null;
  if (!file || file.kind === "unreadable") {
    return { problem: "not-ready", detail: { en: "The file is not ready. Follow its job, or ask again if it failed.", cy: "Nid yw’r ffeil yn barod. Dilynwch ei thasg, neu gofynnwch eto os methodd." } };
  }
  return { file: new Uint8Array(file.body), contentType: file.mediaType, headers: { "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}` } };
});
