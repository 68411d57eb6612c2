import { describe, expect, it } from "vitest";
import { acceptInvitationSchema, inviteMemberSchema } from "@/lib/schemas/members";
import { fieldErrors, formValues } from "./form-state";

describe("form state", () => {
  it("keeps every value as typed", () => {
    const data = new FormData();
    data.set("email", "  Someone@Example.org ");
    expect(formValues(data, ["email", "role"])).toEqual({ email: "  Someone@Example.org ", role: "" });
  });

  it("takes out the characters that would print typed text reversed, keeping Welsh, emoji and line breaks", () => {
    const data = new FormData();
    data.set("title", "Laptops \u202Elive\u202C and support 😀");
    data.set("answer", "Ŵyr a ŷd\nail linell 👩‍💻\u2067x\u2069");
    expect(formValues(data, ["title", "answer"])).toEqual({ title: "Laptops live and support 😀", answer: "Ŵyr a ŷd\nail linell 👩‍💻x" });
  });

  it("names the first problem of each field with a catalogue key", () => {
    const result = inviteMemberSchema.safeParse({ email: "not-an-address", role: "" });
    expect(result.success).toBe(false);
    expect(fieldErrors(result.error!)).toEqual({ email: "email.invalid", role: "role.required" });
  });

  it("asks for an e-mail address when none is given, and normalises a good one", () => {
    expect(fieldErrors(inviteMemberSchema.safeParse({ email: " ", role: "procurement-officer" }).error!)).toEqual({ email: "email.required" });
    expect(inviteMemberSchema.parse({ email: " Someone@Example.ORG ", role: "procurement-officer" }).email).toBe("someone@example.org");
  });

  it("checks that the two passwords match", () => {
    const result = acceptInvitationSchema.safeParse({ name: "Ann", password: "correct horse battery", confirmPassword: "correct horse batter" });
    expect(fieldErrors(result.error!)).toEqual({ confirmPassword: "confirmPassword.mismatch" });
  });
});
