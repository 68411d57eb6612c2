import { describe, expect, it } from "vitest";
import { apiTokenState, bearerToken, rateMinute, scopeAllows, secondsToNextMinute } from "./tokens";

const token = `sict_${"a".repeat(43)}`;

describe("API tokens", () => {
  it("lets a write token read and write, and a read token only read", () => {
    expect(scopeAllows("write", "write")).toBe(true);
    expect(scopeAllows("write", "read")).toBe(true);
    expect(scopeAllows("read", "read")).toBe(true);
    expect(scopeAllows("read", "write")).toBe(false);
  });

  it("is active until its expiry, and revoked whenever it was revoked", () => {
    const now = new Date("2026-12-01T12:00:00Z");
    expect(apiTokenState({ expiresAt: new Date("2026-12-01T12:00:01Z"), revokedAt: null }, now)).toBe("active");
    expect(apiTokenState({ expiresAt: now, revokedAt: null }, now)).toBe("expired");
    expect(apiTokenState({ expiresAt: new Date("2027-01-01T00:00:00Z"), revokedAt: new Date("2026-11-30T00:00:00Z") }, now)).toBe("revoked");
  });

  it("counts calls per minute and says how long to wait", () => {
    const now = new Date("2026-12-01T12:00:45.200Z");
    expect(rateMinute(now).toISOString()).toBe("2026-12-01T12:00:00.000Z");
    expect(secondsToNextMinute(now)).toBe(15);
    expect(secondsToNextMinute(new Date("2026-12-01T12:00:59.999Z"))).toBe(1);
  });

  it("reads only a bearer token of this service from the Authorization header", () => {
    expect(bearerToken(`Bearer ${token}`)).toBe(token);
    expect(bearerToken(`  Bearer ${token}  `)).toBe(token);
    expect(bearerToken(`bearer ${token}`)).toBe(token);
    for (const header of [null, "", token, `Basic ${token}`, `Bearer ${token}x`, `Bearer sict_${"a".repeat(42)}`, `Bearer other_${"a".repeat(43)}`, `Bearer ${token} extra`, "Bearer sict_../../etc"]) {
      expect(bearerToken(header)).toBeNull();
    }
  });
});
