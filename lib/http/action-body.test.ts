import { describe, expect, it } from "vitest";
import { isDecodableArguments, multipartBoundary, multipartRoot } from "./action-body";

describe("a server action's encoded arguments", () => {
  it("are accepted as React sends them", () => {
    expect(isDecodableArguments(JSON.stringify(["cmx41h32g002xjj7ddbnugq4q", 3, { values: {} }, "$K1"]), true)).toBe(true);
    expect(isDecodableArguments(JSON.stringify(["$$literal dollar", "$undefined", "$NaN", "$D2026-12-01T00:00:00.000Z", "$n12"]), false)).toBe(true);
    expect(isDecodableArguments(JSON.stringify([{ in: ["a", "b"] }, { not: "x" }, 42, null, [1, [2]]]), false)).toBe(true);
  });

  it("are turned away when Next could not decode them", () => {
    for (const body of ["not json", "", '"a string"', "42", "{}", '["$F1",{}]', '["$Q1",{}]', '["$",{}]', '["$n12x",{}]', '["$S",{}]', '["$1",{}]', '["$T"]', '["$@1"]']) {
      expect(isDecodableArguments(body, false), body).toBe(false);
    }
    expect(isDecodableArguments('["$K1"]', false)).toBe(false);
    expect(isDecodableArguments(`${"[".repeat(100)}${"]".repeat(100)}`, false)).toBe(false);
  });

  it("need a boundary when sent as multipart", () => {
    expect(multipartBoundary("multipart/form-data; boundary=----WebKitFormBoundaryAbc123")).toBe("----WebKitFormBoundaryAbc123");
    expect(multipartBoundary('multipart/form-data; boundary="quoted"')).toBe("quoted");
    expect(multipartBoundary("multipart/form-data")).toBeNull();
  });

  it("are read from multipart only when every part is well formed", () => {
    const part = (headers: string, content: string) => `--b\r\n${headers}\r\n\r\n${content}\r\n`;
    const body = (...parts: string[]) => `${parts.join("")}--b--\r\n`;
    const root = part('Content-Disposition: form-data; name="0"', '["$K1"]');
    expect(multipartRoot(body(part('Content-Disposition: form-data; name="1_answer"', "Net zero by 2040"), root), "b")).toBe('["$K1"]');
    expect(multipartRoot(body(part('Content-Disposition: form-data; name="1_file"; filename="a.pdf"\r\nContent-Type: application/pdf', "%PDF"), root), "b")).toBe('["$K1"]');
    expect(multipartRoot(body(part('Content-Disposition: form-data; name="1_\u0001"', "x"), root), "b")).toBeNull();
    expect(multipartRoot(body(part("broken", "x"), root), "b")).toBeNull();
    expect(multipartRoot(body(part(`Content-Disposition: form-data; name="1_${"A".repeat(70_000)}"`, "x"), root), "b")).toBeNull();
    expect(multipartRoot(`${root}`, "b")).toBeNull();
    expect(multipartRoot(body(part('Content-Disposition: form-data; name="1_answer"', "x")), "b")).toBeNull();
  });
});
