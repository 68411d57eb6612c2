import { describe, expect, it } from "vitest";
import { aspirateMutated, softMutated } from "./welsh-mutation";

describe("Welsh names of public bodies after a preposition", () => {
  it("take the soft mutation after gan and i, and the aspirate after â", () => {
    expect(softMutated("Cyngor Sir Caerwen")).toBe("Gyngor Sir Caerwen");
    expect(softMutated("Bwrdd Iechyd Prifysgol Afon")).toBe("Fwrdd Iechyd Prifysgol Afon");
    expect(softMutated("Prifysgol Caerwen")).toBe("Brifysgol Caerwen");
    expect(softMutated("Llywodraeth Cymru")).toBe("Lywodraeth Cymru");
    expect(softMutated("Gwasanaeth Tân Caerwen")).toBe("Wasanaeth Tân Caerwen");
    expect(softMutated("Trafnidiaeth Cymru")).toBe("Drafnidiaeth Cymru");
    expect(aspirateMutated("Cyngor Sir Caerwen")).toBe("Chyngor Sir Caerwen");
    expect(aspirateMutated("Bwrdd Iechyd Afon")).toBe("Bwrdd Iechyd Afon");
  });

  it("leave company names and English names as written", () => {
    for (const name of ["Cwmwl Glas Cyf", "Greenbyte Hosting Ltd", "Caerwen County Council", "Northshire Council"]) {
      expect(softMutated(name)).toBe(name);
      expect(aspirateMutated(name)).toBe(name);
    }
  });
});
