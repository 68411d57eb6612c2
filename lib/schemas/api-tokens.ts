import { z } from "zod";
import { apiTokenLifetimes, apiTokenScopes } from "@/lib/domain/api/tokens";

/** A new API token: a name people will recognise, what it may do, and how long it lives. Messages are "errors" keys. */
export const apiTokenSchema = z.object({
  name: z.string().trim().min(1, "apiTokenName.required").max(80, "apiTokenName.tooLong"),
  scope: z.enum(apiTokenScopes, { error: "apiTokenScope.required" }),
  lifetimeDays: z
    .string()
    .refine((value) => (apiTokenLifetimes as readonly number[]).map(String).includes(value), "apiTokenLifetime.required")
    .transform(Number),
});
export type ApiTokenInput = z.infer<typeof apiTokenSchema>;
export const apiTokenFields = ["name", "scope", "lifetimeDays"];
