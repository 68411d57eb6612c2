import { describe, expect, it } from "vitest";
import { activeKeyOf, claimable, fileSize, isPreparedInBackground, preparedFileAttempts, preparedFileLeaseMs, stepStates } from "./prepared-files";

describe("files prepared in the background", () => {
  it("are the results documents; the CSV, tender criteria and summaries are made on request", () => {
    expect(["results.docx", "results.odt", "results.xlsx"].every(isPreparedInBackground)).toBe(true);
    expect(["results.csv", "tender-criteria.docx", "summary-x.docx", "results.pdf", ""].some(isPreparedInBackground)).toBe(false);
  });

  it("show each step as done, in progress or not started", () => {
    const states = (status: Parameters<typeof stepStates>[0], step: number) => stepStates(status, step).map((s) => `${s.step}:${s.state}`);
    expect(states("queued", 0)).toEqual(["queue:current", "gathering:to-do", "writing:to-do"]);
    expect(states("working", 1)).toEqual(["queue:done", "gathering:current", "writing:to-do"]);
    expect(states("working", 2)).toEqual(["queue:done", "gathering:done", "writing:current"]);
    // A step count out of range never shows the job as finished while it works.
    expect(states("working", 7)).toEqual(["queue:done", "gathering:done", "writing:current"]);
    expect(states("ready", 3)).toEqual(["queue:done", "gathering:done", "writing:done"]);
    expect(states("failed", 2)).toEqual(["queue:done", "gathering:done", "writing:to-do"]);
  });

  it("are claimed when waiting, or when their worker's lease has run out, until the attempts are spent", () => {
    const now = new Date("2026-12-01T12:00:00Z");
    const ago = (ms: number) => new Date(now.getTime() - ms);
    expect(claimable({ status: "queued", claimedAt: null, attempts: 0 }, now)).toBe(true);
    expect(claimable({ status: "working", claimedAt: ago(preparedFileLeaseMs - 1), attempts: 1 }, now)).toBe(false);
    expect(claimable({ status: "working", claimedAt: ago(preparedFileLeaseMs), attempts: 1 }, now)).toBe(true);
    expect(claimable({ status: "working", claimedAt: ago(preparedFileLeaseMs), attempts: preparedFileAttempts }, now)).toBe(false);
    expect(claimable({ status: "working", claimedAt: null, attempts: 1 }, now)).toBe(false);
    expect(claimable({ status: "ready", claimedAt: null, attempts: 1 }, now)).toBe(false);
    expect(claimable({ status: "failed", claimedAt: ago(preparedFileLeaseMs * 2), attempts: 1 }, now)).toBe(false);
  });

  it("are one at a time for a person, an assessment and a file", () => {
    expect(activeKeyOf({ requestedById: "u", assessmentId: "a", file: "results.odt" })).toBe("u:a:results.odt");
    expect(activeKeyOf({ requestedById: "u", assessmentId: "a", file: "results.odt" })).not.toBe(activeKeyOf({ requestedById: "u", assessmentId: "a", file: "results.xlsx" }));
  });

  it("give their size as GOV.UK does beside a download", () => {
    expect(fileSize(0)).toBe("1 KB");
    expect(fileSize(250_000)).toBe("244 KB");
    expect(fileSize(1024 * 1024 - 1)).toBe("1.0 MB");
    expect(fileSize(1023 * 1024)).toBe("1023 KB");
    expect(fileSize(1024 * 1024)).toBe("1.0 MB");
    expect(fileSize(2_500_000)).toBe("2.4 MB");
  });
});
