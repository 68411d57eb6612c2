import { describe, expect, it } from "vitest";
import { asciiFileName, attachmentDisposition } from "./content-disposition";

describe("download headers", () => {
  it("send a plain name as it is, in both parameters", () => {
    expect(attachmentDisposition("carbon-plan.pdf")).toBe(`attachment; filename="carbon-plan.pdf"; filename*=UTF-8''carbon-plan.pdf`);
  });

  it("give old clients an ASCII name and everyone else the exact one", () => {
    expect(attachmentDisposition("Cynllun lleihau carbon – 2026 (ŵ).pdf")).toBe(
      `attachment; filename="Cynllun lleihau carbon _ 2026 (w).pdf"; filename*=UTF-8''Cynllun%20lleihau%20carbon%20%E2%80%93%202026%20%28%C5%B5%29.pdf`,
    );
  });

  it("never let a name close the quoted string, escape, or start a parameter", () => {
    expect(asciiFileName(`a"b\\c;d%e.png`)).toBe("a_b_c_d_e.png");
    expect(attachmentDisposition(`x"; filename*=UTF-8''evil.html`)).toBe(`attachment; filename="x__ filename*=UTF-8''evil.html"; filename*=UTF-8''x%22%3B%20filename%2A%3DUTF-8%27%27evil.html`);
    expect(attachmentDisposition("a\r\nSet-Cookie: x.png")).not.toMatch(/[\r\n]/);
  });
});
