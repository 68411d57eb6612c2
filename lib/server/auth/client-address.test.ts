import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";

describe("client address for throttling", () => {
  it("takes the address the nearest proxy appended, not one the client made up", () => {
    expect(clientAddress({ "x-forwarded-for": "6.6.6.6, 198.51.100.7" })).toBe("198.51.100.7");
    expect(clientAddress(new Headers({ "x-forwarded-for": "198.51.100.7" }))).toBe("198.51.100.7");
    expect(clientAddress({ "x-real-ip": "198.51.100.8" })).toBe("198.51.100.8");
    expect(clientAddress({})).toBe("unknown");
  });
});
