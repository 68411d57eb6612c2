import { describe, expect, it } from "vitest";
import { combineDecisions, signInThrottleKeys, throttleDecision } from "./throttle";

const policy = { limit: 5, windowMs: 15 * 60 * 1000 };
const at = (minutes: number) => new Date(Date.UTC(2026, 10, 24, 9, minutes));

describe("sign-in throttling", () => {
  it("allows four failures and says how many attempts remain", () => {
    const decision = throttleDecision([at(0), at(1), at(2), at(3)], at(4), policy);
    expect(decision).toEqual({ allowed: true, remaining: 1 });
  });

  it("refuses after five failures in fifteen minutes, until the fifth most recent leaves the window", () => {
    const decision = throttleDecision([at(0), at(1), at(2), at(3), at(4)], at(5), policy);
    expect(decision).toEqual({ allowed: false, retryAt: at(15) });
  });

  it("forgets failures older than the window", () => {
    const decision = throttleDecision([at(0), at(1), at(2), at(3), at(4)], at(16), policy);
    expect(decision.allowed).toBe(true);
  });

  it("with more than five failures waits for the fifth most recent", () => {
    const decision = throttleDecision([at(0), at(6), at(7), at(8), at(9), at(10)], at(11), policy);
    expect(decision).toEqual({ allowed: false, retryAt: at(21) });
  });

  it("combines the account and the address: refused when either is, with the later time", () => {
    const account = throttleDecision([at(0), at(1), at(2), at(3), at(4)], at(5), policy);
    const address = throttleDecision([at(2), at(3), at(4), at(5), at(5)], at(5), policy);
    expect(combineDecisions([account, address])).toEqual({ allowed: false, retryAt: at(17) });
    expect(combineDecisions([{ allowed: true, remaining: 3 }, { allowed: true, remaining: 1 }])).toEqual({ allowed: true, remaining: 1 });
  });

  it("counts an attempt against the account and, when known, the client address", () => {
    expect(signInThrottleKeys("a@example.gov.uk", "198.51.100.7")).toEqual(["account:a@example.gov.uk", "address:198.51.100.7"]);
    expect(signInThrottleKeys("a@example.gov.uk", null)).toEqual(["account:a@example.gov.uk"]);
  });
});
