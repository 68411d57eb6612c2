"use server";

import { deadlineFieldErrors, parseDeadline } from "@/lib/forms/deadline";
import { accept, refuse } from "@/lib/forms/form-state";
import { deadlineFields } from "@/lib/schemas/assessments";
import { recordId, recordVersion } from "@/lib/schemas/ids";
import { isoInstant } from "@/lib/schemas/lifecycle";
import { formAction } from "@/lib/server/action";
import { assessmentEditors } from "@/lib/server/assessments/access";
import { extendDeadline, previewDeadlineExtension } from "@/lib/server/assessments/extend-deadline";

/** First step: the new deadline is checked, then confirmed on the next page. */
export const chooseDeadlineAction = formAction({
  name: "choose new deadline",
  roles: assessmentEditors,
  bound: [recordId],
  fields: deadlineFields,
  parse: (values) => {
    const parsed = parseDeadline(values as Parameters<typeof parseDeadline>[0], new Date());
    return "error" in parsed ? refuse(deadlineFieldErrors(parsed)) : accept(parsed.deadline);
  },
  run: ({ actor, bound: [assessmentId], input }) => previewDeadlineExtension(actor, assessmentId, input),
  then: (preview, [assessmentId]) => `/assessments/${assessmentId}/deadline/confirm?to=${encodeURIComponent(preview.deadline.toISOString())}`,
});

/** Second step: the extension itself. Its notice to the invited suppliers comes back with the result. */
export const extendDeadlineAction = formAction({
  name: "extend deadline",
  roles: assessmentEditors,
  bound: [recordId, isoInstant, recordVersion],
  run: ({ actor, bound: [assessmentId, deadline, version] }) => extendDeadline(actor, assessmentId, new Date(deadline), version),
  then: (_, [assessmentId]) => `/assessments/${assessmentId}?done=deadlineExtended`,
});
