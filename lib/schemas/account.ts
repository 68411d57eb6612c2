import { z } from "zod";
import { emailField } from "./members";

export const requestPasswordResetSchema = z.object({ email: emailField });

export const resetPasswordSchema = z
  .object({
    password: z.string().min(12, "password.tooShort").max(200, "password.tooLong"),
    confirmPassword: z.string().min(1, "confirmPassword.required"),
  })
  .refine((input) => input.password === input.confirmPassword, { path: ["confirmPassword"], message: "confirmPassword.mismatch" });
