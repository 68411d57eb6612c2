"use server";

import { recordId, recordVersion } from "@/lib/schemas/ids";
import { formAction } from "@/lib/server/action";
import { assessmentEditors } from "@/lib/server/assessments/access";
import { deleteDraft } from "@/lib/server/assessments/delete-draft";

export const deleteDraftAction = formAction({
  name: "delete draft assessment",
  roles: assessmentEditors,
  bound: [recordId, recordVersion],
  run: ({ actor, bound: [assessmentId, version] }) => deleteDraft(actor, assessmentId, version),
  then: () => "/assessments?done=draftDeleted",
});
