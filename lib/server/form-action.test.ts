import { afterEach, describe, expect, it, vi } from "vitest";
import { AppError } from "./errors";
import { withFormErrors } from "./form-action";

describe("form actions", () => {
  afterEach(() => vi.restoreAllMocks());

  it("passes a use case's result through", async () => {
    expect(await withFormErrors({ email: "a@b.c" }, "test", async () => ({ id: 1 }))).toEqual({ id: 1 });
  });

  it("turns an expected failure into an error on its field, keeping the values", async () => {
    const outcome = await withFormErrors({ email: "a@b.c" }, "test", async () => {
      throw new AppError("ALREADY_MEMBER", "email.alreadyMember", "email");
    });
    expect(outcome).toEqual({ errors: { email: "email.alreadyMember" }, values: { email: "a@b.c" } });
  });

  it("logs an unexpected failure under a reference and shows only the reference", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const outcome = await withFormErrors({ name: "Ann" }, "save thing", async () => {
      throw new Error("connection refused at 10.0.0.5:5432");
    });
    expect(outcome).toMatchObject({ errors: { form: "unexpected" }, values: { name: "Ann" } });
    const reference = (outcome as { reference: string }).reference;
    expect(reference).toMatch(/^[0-9A-F]{8}$/);
    expect(JSON.stringify(outcome)).not.toContain("10.0.0.5");
    expect(log).toHaveBeenCalledWith(`[${reference}] save thing:`, expect.any(Error));
  });
});
