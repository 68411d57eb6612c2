import { apiRoute } from "@/lib/http/api/api-route";
import { recordId } from "@/lib/schemas/ids";
import { jobNotFound, preparedFileBody } from "@/lib/server/api/prepared-files";
import { getPreparedFile } from "@/lib/server/prepared-files/get-prepared-file";

/** Where a results document asked for through the API has got to: queued, working, ready (with its address) or failed. */
export const GET = apiRoute<{ assessmentId: string; jobId: string }>({ scope: "read" }, async ({ params, caller }) => {
  const assessmentId = recordId.safeParse(params.assessmentId);
  const jobId = recordId.safeParse(params.jobId);
  const view = assessmentId.success && jobId.success ? await getPreparedFile(caller!.actor, assessmentId.data, jobId.data) : null;
  if (!view) return jobNotFound;
  return { body: preparedFileBody(view, `/api/v1/assessments/${view.assessmentId}/prepared-files/${view.id}`) };
});
