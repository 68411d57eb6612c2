import { describe, expect, it } from "vitest";
import { isGenuineMessage, withSignedNotice } from "./notice-signature";

const secret = "a-secret-of-the-service-for-tests-only";
const parts = (path: string) => {
  const url = new URL(path, "http://service.invalid");
  return [url.pathname, url.searchParams] as const;
};

describe("signed success messages", () => {
  it("are genuine on the page the service sent them to", () => {
    const path = withSignedNotice("/members?done=removed&name=Si%C3%A2n%20Prydderch", secret, "user-1");
    expect(path).toMatch(/^\/members\?done=removed&name=Si%C3%A2n\+Prydderch&notice=[\w-]+\.[\w-]{32}$/);
    expect(isGenuineMessage(...parts(path), secret, "user-1")).toBe(true);
  });

  it("are not when the message, the name, the page, the person or the secret differ, when old, or when nothing is signed", () => {
    const path = withSignedNotice("/members?done=changed&name=Ann", secret, "user-1");
    const notice = new URL(path, "http://x").searchParams.get("notice")!;
    expect(isGenuineMessage(...parts(`/members?done=removed&name=Ann&notice=${notice}`), secret, "user-1")).toBe(false);
    expect(isGenuineMessage(...parts(`/members?done=changed&name=Bob&notice=${notice}`), secret, "user-1")).toBe(false);
    expect(isGenuineMessage(...parts(`/evidence?done=changed&name=Ann&notice=${notice}`), secret, "user-1")).toBe(false);
    expect(isGenuineMessage(...parts(path), "another-secret", "user-1")).toBe(false);
    // Passed on to someone else, or to nobody signed in.
    expect(isGenuineMessage(...parts(path), secret, "user-2")).toBe(false);
    expect(isGenuineMessage(...parts(path), secret, "")).toBe(false);
    // Opened again long after the action.
    expect(isGenuineMessage(...parts(path), secret, "user-1", new Date(Date.now() + 11 * 60_000))).toBe(false);
    expect(isGenuineMessage(...parts("/members?done=removed&name=Ann"), secret, "user-1")).toBe(false);
    expect(isGenuineMessage(...parts("/members?done=removed&name=Ann&notice=abc"), secret, "user-1")).toBe(false);
  });

  it("leave an address without a message as it is", () => {
    expect(withSignedNotice("/responses/a1/criteria/c2?from=check", secret, "user-1")).toBe("/responses/a1/criteria/c2?from=check");
  });
});
