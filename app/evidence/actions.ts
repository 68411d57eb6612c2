"use server";

import { z } from "zod";
import { accept, fieldErrors, refuse } from "@/lib/forms/form-state";
import { evidenceProfileFields, evidenceProfileSchema } from "@/lib/schemas/evidence";
import { recordVersion } from "@/lib/schemas/ids";
import { formAction } from "@/lib/server/action";
import { saveEvidenceProfile } from "@/lib/server/evidence/evidence-profile";
import { responseDrafters } from "@/lib/server/responses/access";

const versionOf = (text: string) => z.coerce.number().pipe(recordVersion).catch(0).parse(text);

export const saveEvidenceProfileAction = formAction({
  name: "save evidence profile",
  roles: responseDrafters,
  bound: [],
  fields: evidenceProfileFields,
  parse: (values) => {
    const parsed = evidenceProfileSchema.safeParse(values);
    return parsed.success ? accept({ content: parsed.data, version: versionOf(values.version) }) : refuse(fieldErrors(parsed.error));
  },
  run: ({ actor, input }) => saveEvidenceProfile(actor, input.content, input.version),
  then: () => "/evidence?done=saved",
});
