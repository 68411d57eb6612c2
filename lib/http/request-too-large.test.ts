import { describe, expect, it } from "vitest";
import { maxActionRequestBytes } from "@/lib/domain/responses/upload-rules";
import { measuredLength, tooLargeRedirect } from "./request-too-large";

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

describe("a post sent in chunks, without Content-Length", () => {
  const chunks = (count: number, size: number) =>
    new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < count; i += 1) controller.enqueue(new Uint8Array(size));
        controller.close();
      },
    });

  it("is measured to its end when it fits", async () => {
    expect(await measuredLength(chunks(4, 1000), 4000)).toBe(4000);
    expect(await measuredLength(null, 4000)).toBe(0);
  });

  it("is abandoned as soon as it passes the limit", async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(1000));
      },
    });
    expect(await measuredLength(endless, 4500)).toBe(5000);
    expect(pulled).toBeLessThan(8);
  });
});
