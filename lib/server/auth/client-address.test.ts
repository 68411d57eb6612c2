import { describe, expect, it } from "vitest";
import { clientAddress, directClientAddress, trustedProxyHops } from "./client-address";

describe("client address for throttling", () => {
  it("ignores X-Forwarded-For when no proxy is trusted, since a client can send its own", () => {
    expect(clientAddress({ "x-forwarded-for": "198.51.100.7" }, 0)).toBe(directClientAddress);
    expect(clientAddress({ "x-real-ip": "198.51.100.8" }, 0)).toBe(directClientAddress);
    expect(clientAddress({}, 0)).toBe("direct");
  });

  it("behind one proxy takes the entry it appended, not one the client made up", () => {
    expect(clientAddress({ "x-forwarded-for": "6.6.6.6, 198.51.100.7" }, 1)).toBe("198.51.100.7");
    expect(clientAddress(new Headers({ "x-forwarded-for": "198.51.100.7" }), 1)).toBe("198.51.100.7");
    expect(clientAddress({ "x-forwarded-for": ["6.6.6.6", "198.51.100.7"] }, 1)).toBe("198.51.100.7");
  });

  it("behind two proxies takes the entry two from the right (the outer proxy's view of the client)", () => {
    expect(clientAddress({ "x-forwarded-for": "6.6.6.6, 198.51.100.7, 10.0.0.2" }, 2)).toBe("198.51.100.7");
    expect(clientAddress({ "x-forwarded-for": "198.51.100.7" }, 2)).toBe("198.51.100.7");
  });

  it("without the header behind a trusted proxy falls back to the direct marker", () => {
    expect(clientAddress({}, 1)).toBe(directClientAddress);
    expect(clientAddress({ "x-forwarded-for": " , " }, 1)).toBe(directClientAddress);
  });

  it("reads TRUST_PROXY as a whole number of hops, anything else as none", () => {
    expect(trustedProxyHops(undefined)).toBe(0);
    expect(trustedProxyHops("")).toBe(0);
    expect(trustedProxyHops("1")).toBe(1);
    expect(trustedProxyHops(" 2 ")).toBe(2);
    expect(trustedProxyHops("true")).toBe(0);
    expect(trustedProxyHops("-1")).toBe(0);
    expect(trustedProxyHops("1.5")).toBe(0);
  });
});
