"use server";

import { preparedFileKind } from "@/lib/schemas/assessments";
import { recordId } from "@/lib/schemas/ids";
import { formAction } from "@/lib/server/action";
import { resultsReaders } from "@/lib/server/assessments/get-results";
import { requestPreparedFile } from "@/lib/server/prepared-files/request-prepared-file";

/**
 * Asks for a results document to be prepared in the background, then shows how it is getting on. Pressed twice, or
 * in two tabs, it follows the one job still being prepared (request-prepared-file.ts); after a failure it starts anew.
 */
export const prepareFileAction = formAction({
  name: "prepare file",
  roles: resultsReaders,
  bound: [recordId, preparedFileKind],
  run: ({ actor, bound: [assessmentId, file] }) => requestPreparedFile(actor, assessmentId, file),
  then: (job, [assessmentId]) => `/assessments/${assessmentId}/downloads/${job.id}`,
});
