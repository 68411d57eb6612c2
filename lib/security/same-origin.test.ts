import { describe, expect, it } from "vitest";
import { isSameOriginRequest } from "./same-origin";

const headers = (values: Record<string, string>) => new Headers(values);

describe("same-origin requests", () => {
  it("accepts an Origin naming the host the request was sent to", () => {
    expect(isSameOriginRequest(headers({ origin: "http://localhost:3000", host: "localhost:3000" }))).toBe(true);
    expect(isSameOriginRequest(headers({ origin: "https://assess.example.gov.wales", host: "10.0.0.5:3000", "x-forwarded-host": "assess.example.gov.wales" }))).toBe(true);
  });
  it("refuses another site, an opaque origin and a malformed one", () => {
    expect(isSameOriginRequest(headers({ origin: "https://evil.example", host: "localhost:3000" }))).toBe(false);
    expect(isSameOriginRequest(headers({ origin: "http://localhost:3001", host: "localhost:3000" }))).toBe(false);
    expect(isSameOriginRequest(headers({ origin: "null", host: "localhost:3000" }))).toBe(false);
    expect(isSameOriginRequest(headers({ origin: "http://[", host: "localhost:3000" }))).toBe(false);
    expect(isSameOriginRequest(headers({ origin: "http://localhost:3000" }))).toBe(false);
  });
  it("without an Origin, trusts only the browser's Sec-Fetch-Site: same-origin", () => {
    expect(isSameOriginRequest(headers({ host: "localhost:3000", "sec-fetch-site": "same-origin" }))).toBe(true);
    expect(isSameOriginRequest(headers({ host: "localhost:3000", "sec-fetch-site": "cross-site" }))).toBe(false);
    expect(isSameOriginRequest(headers({ host: "localhost:3000" }))).toBe(false);
  });
});
