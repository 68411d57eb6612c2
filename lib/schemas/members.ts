import { z } from "zod";
import { roles } from "@/lib/domain/organisations/roles";

// Messages are keys of the "errors" catalogue namespace, translated where they are shown.

export const emailField = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "email.required")
  .max(254, "email.tooLong")
  .pipe(z.email("email.invalid"));

export const roleField = z.enum(roles, { error: "role.required" });

export const inviteMemberSchema = z.object({ email: emailField, role: roleField });
export type InviteMemberInput = z.infer<typeof inviteMemberSchema>;

export const changeMemberRoleSchema = z.object({ role: roleField });

export const acceptInvitationSchema = z
  .object({
    name: z.string().trim().min(1, "name.required").max(200, "name.tooLong"),
    password: z.string().min(12, "password.tooShort").max(200, "password.tooLong"),
    confirmPassword: z.string().min(1, "confirmPassword.required"),
  })
  .refine((input) => input.password === input.confirmPassword, { path: ["confirmPassword"], message: "confirmPassword.mismatch" });
export type AcceptInvitationInput = z.infer<typeof acceptInvitationSchema>;
