import { describe, expect, it } from "vitest";
import { defaultSessionPolicy, renewedSession, secondsLeftAfterRenewal, sessionPolicyFromEnv, sessionVerdict, startedSession } from "./session-policy";

const policy = defaultSessionPolicy; // 30 minutes idle, 8 hours in all, warning 2 minutes before
const signedInAt = 1_800_000_000;

describe("session policy from the environment", () => {
  it("defaults to 30 minutes idle, 8 hours in all and a warning 2 minutes before", () => {
    expect(sessionPolicyFromEnv({})).toEqual({ idleSeconds: 1800, absoluteSeconds: 28800, warningSeconds: 120 });
  });
  it("reads the three variables, ignoring nonsense and keeping the warning before the end", () => {
    expect(sessionPolicyFromEnv({ SESSION_IDLE_TIMEOUT_SECONDS: "600", SESSION_ABSOLUTE_TIMEOUT_SECONDS: "3600", SESSION_TIMEOUT_WARNING_SECONDS: "90" })).toEqual({ idleSeconds: 600, absoluteSeconds: 3600, warningSeconds: 90 });
    expect(sessionPolicyFromEnv({ SESSION_IDLE_TIMEOUT_SECONDS: "soon", SESSION_ABSOLUTE_TIMEOUT_SECONDS: "-1" })).toEqual(defaultSessionPolicy);
    expect(sessionPolicyFromEnv({ SESSION_IDLE_TIMEOUT_SECONDS: "100", SESSION_TIMEOUT_WARNING_SECONDS: "120" }).warningSeconds).toBe(50);
    expect(sessionPolicyFromEnv({ SESSION_IDLE_TIMEOUT_SECONDS: "99999", SESSION_ABSOLUTE_TIMEOUT_SECONDS: "3600" }).idleSeconds).toBe(3600);
  });
});

describe("session verdict", () => {
  const started = startedSession("user-1", 3, signedInAt);

  it("a session just started is active until the idle limit", () => {
    const verdict = sessionVerdict(started, signedInAt + 60, policy);
    expect(verdict).toMatchObject({ kind: "active", expiresAt: signedInAt + 1800, absoluteExpiresAt: signedInAt + 28800 });
  });

  it("ends after the idle limit without a request", () => {
    expect(sessionVerdict(started, signedInAt + 1799, policy).kind).toBe("active");
    expect(sessionVerdict(started, signedInAt + 1800, policy)).toEqual({ kind: "ended", reason: "idle" });
  });

  it("a request renews the idle limit but never the absolute one", () => {
    let token: Record<string, unknown> = { ...started, name: "Someone", exp: 0 };
    // A request every 20 minutes keeps it alive…
    for (let now = signedInAt + 1200; now < signedInAt + 28800; now += 1200) {
      expect(sessionVerdict(token, now, policy).kind).toBe("active");
      token = renewedSession(token, now);
      expect(token.signedInAt).toBe(signedInAt);
    }
    // …until 8 hours after signing in, however recently it was renewed.
    expect(sessionVerdict(token, signedInAt + 28800, policy)).toEqual({ kind: "ended", reason: "absolute" });
  });

  it("near the absolute limit, the session ends then rather than after a full idle period", () => {
    const late = renewedSession(started, signedInAt + 28700);
    expect(sessionVerdict(late, signedInAt + 28710, policy)).toMatchObject({ kind: "active", expiresAt: signedInAt + 28800 });
    expect(secondsLeftAfterRenewal(late, signedInAt + 28710, policy)).toBe(90);
    expect(secondsLeftAfterRenewal(late, signedInAt + 100, policy)).toBe(1800);
  });

  it("refuses tokens without this service's claims, or with impossible times", () => {
    expect(sessionVerdict(null, signedInAt, policy)).toEqual({ kind: "ended", reason: "missing" });
    expect(sessionVerdict({ userId: "user-1" }, signedInAt, policy)).toEqual({ kind: "ended", reason: "malformed" });
    expect(sessionVerdict({ ...started, generation: "3" }, signedInAt, policy)).toEqual({ kind: "ended", reason: "malformed" });
    expect(sessionVerdict({ ...started, signedInAt: 1.5 }, signedInAt, policy)).toEqual({ kind: "ended", reason: "malformed" });
    expect(sessionVerdict({ ...started, signedInAt: signedInAt + 3600, lastSeenAt: signedInAt + 3600 }, signedInAt, policy)).toEqual({ kind: "ended", reason: "malformed" });
    expect(sessionVerdict({ ...started, lastSeenAt: signedInAt - 1 }, signedInAt, policy)).toEqual({ kind: "ended", reason: "malformed" });
  });
});
