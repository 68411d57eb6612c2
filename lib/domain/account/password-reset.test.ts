import { describe, expect, it } from "vitest";
import { passwordResetThrottled, passwordResetsPerAddress, passwordResetsPerClient } from "./password-reset";

describe("password reset throttling", () => {
  it("lets three requests an hour through for one e-mail address, then stops", () => {
    expect(passwordResetThrottled({ forEmail: passwordResetsPerAddress - 1, fromClient: 0 })).toBe(false);
    expect(passwordResetThrottled({ forEmail: passwordResetsPerAddress, fromClient: 0 })).toBe(true);
  });

  it("stops one client asking for many addresses, when its address is known", () => {
    expect(passwordResetThrottled({ forEmail: 0, fromClient: passwordResetsPerClient })).toBe(true);
    expect(passwordResetThrottled({ forEmail: 0, fromClient: null })).toBe(false);
  });
});
