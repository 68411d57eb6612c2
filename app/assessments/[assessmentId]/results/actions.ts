"use server";

import { z } from "zod";
import { recordId, recordVersion } from "@/lib/schemas/ids";
import { formAction } from "@/lib/server/action";
import { assessmentEditors } from "@/lib/server/assessments/access";
import { releaseSummaries } from "@/lib/server/summaries/release-summaries";

export const releaseSummariesAction = formAction({
  name: "release assessment summaries",
  roles: assessmentEditors,
  bound: [recordId],
  fields: ["version"],
  input: z.object({ version: z.coerce.number().pipe(recordVersion) }),
  run: ({ actor, bound: [assessmentId], input }) => releaseSummaries(actor, assessmentId, input.version),
  then: (_, [assessmentId]) => `/assessments/${assessmentId}/results?done=summariesReleased#summaries`,
});
