import { describe, expect, it } from "vitest";
import { useTestDatabase } from "@/lib/testing/use-test-database";
import { claimRepeat, settleRepeat } from "./repeat-guard";

const t = useTestDatabase();

describe("a repeated form post", () => {
  it("runs once: a repeat made while the first runs waits for it and goes where it went", async () => {
    const key = JSON.stringify(["add gate", "user-1", ["assessment-1"], { questionEn: "Hold Cyber Essentials" }]);
    expect(await claimRepeat(key)).toBeNull();
    const repeat = claimRepeat(key);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await settleRepeat(key, "/assessments/assessment-1?done=gateAdded");
    expect(await repeat).toBe("/assessments/assessment-1?done=gateAdded");
  });

  it("lets exactly one of many simultaneous identical posts run", async () => {
    const key = JSON.stringify(["ask", "user-2", ["assessment-2"], { question: "Is EU hosting acceptable?" }]);
    const claims = Array.from({ length: 10 }, () => claimRepeat(key));
    await new Promise((resolve) => setTimeout(resolve, 300));
    await settleRepeat(key, "/responses/assessment-2/questions?done=asked");
    const outcomes = await Promise.all(claims);
    expect(outcomes.filter((outcome) => outcome === null)).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome === "/responses/assessment-2/questions?done=asked")).toHaveLength(9);
  });

  it("runs again after a refused post, and after the window has passed", async () => {
    const key = JSON.stringify(["comment", "user-3", [], { body: "" }]);
    expect(await claimRepeat(key)).toBeNull();
    await settleRepeat(key, null);
    expect(await claimRepeat(key)).toBeNull();
    await settleRepeat(key, "/somewhere");
    expect(await claimRepeat(key, new Date(Date.now() + 60_000))).toBeNull();
    expect(await t.db.repeatedRequest.count()).toBe(1);
  });

  it("keeps different posts apart", async () => {
    expect(await claimRepeat(JSON.stringify(["gate", "user-4", { questionEn: "A" }]))).toBeNull();
    expect(await claimRepeat(JSON.stringify(["gate", "user-4", { questionEn: "B" }]))).toBeNull();
    expect(await claimRepeat(JSON.stringify(["gate", "user-5", { questionEn: "A" }]))).toBeNull();
  });
});
