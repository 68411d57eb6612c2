import { describe, expect, it } from "vitest";
import { maxActionRequestBytes } from "@/lib/domain/responses/upload-rules";
import { tooLargeRedirect } from "./request-too-large";

const post = (contentLength: string | null, nextAction: string | null = null) => ({ method: "POST", contentLength, nextAction, from: "/responses/a1/criteria/c1" });

describe("requests too large to read", () => {
  it("are sent to a page that says so, back to the form they came from", () => {
    expect(tooLargeRedirect(post(String(maxActionRequestBytes + 1)))).toEqual({ page: "/file-too-large?back=%2Fresponses%2Fa1%2Fcriteria%2Fc1", fetchAction: false });
    expect(tooLargeRedirect(post(String(maxActionRequestBytes + 1), "7f3a"))).toMatchObject({ fetchAction: true });
  });

  it("leave alone everything a server action reads, and every other method", () => {
    expect(tooLargeRedirect(post(String(22 * 1024 * 1024)))).toBeNull();
    expect(tooLargeRedirect(post(String(maxActionRequestBytes)))).toBeNull();
    expect(tooLargeRedirect(post(null))).toBeNull();
    expect(tooLargeRedirect(post("not a number"))).toBeNull();
    expect(tooLargeRedirect({ ...post(String(maxActionRequestBytes + 1)), method: "GET" })).toBeNull();
  });
});
