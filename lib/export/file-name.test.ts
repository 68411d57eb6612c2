import { describe, expect, it } from "vitest";
import { exportFileName } from "./file-name";

describe("exportFileName", () => {
  it("says what the file is, in the export's first language", () => {
    expect(exportFileName({ kind: "tender-criteria", reference: "NC-2026-014", languages: ["en"], extension: "docx" })).toBe(
      "NC-2026-014 tender criteria (English).docx",
    );
    expect(exportFileName({ kind: "tender-criteria", reference: "NC-2026-014", languages: ["cy"], extension: "odt" })).toBe(
      "NC-2026-014 meini prawf tendro (Cymraeg).odt",
    );
    expect(exportFileName({ kind: "results", reference: "NC-2026-014", languages: ["en", "cy"], extension: "xlsx" })).toBe(
      "NC-2026-014 results (English and Welsh).xlsx",
    );
    expect(exportFileName({ kind: "results", reference: "NC-2026-014", languages: ["cy", "en"], extension: "csv" })).toBe(
      "NC-2026-014 canlyniadau (Cymraeg a Saesneg).csv",
    );
  });

  it("names the supplier of an assessment summary, in plain ASCII", () => {
    expect(
      exportFileName({ kind: "summary", reference: "DT-2026-014", languages: ["cy"], extension: "ODT", supplierName: "Gwasanaethau Data Môn Cyf. / Dŵr" }),
    ).toBe("DT-2026-014 crynodeb asesu - Gwasanaethau Data Mon Cyf. - Dwr (Cymraeg).odt");
  });

  it("strips characters unsafe in file names and headers", () => {
    const name = exportFileName({
      kind: "summary",
      reference: "../DT:2026*014?",
      languages: ["en"],
      extension: ".docx",
      supplierName: 'Severn "Cloud", <Ltd>\u0000;|\\',
    });
    expect(name).toBe("DT-2026014 assessment summary - Severn Cloud Ltd (English).docx");
    expect(name).toMatch(/^[A-Za-z0-9 ._()&+'-]+$/);
  });

  it("keeps long names short, cutting the supplier's name and keeping the languages", () => {
    const name = exportFileName({ kind: "summary", reference: "R-1", languages: ["en"], extension: "pdf", supplierName: "A".repeat(400) });
    expect(name.length).toBeLessThanOrEqual(155);
    expect(name.endsWith(" (English).pdf")).toBe(true);
  });

  it("falls back to a name when the reference has nothing safe in it", () => {
    expect(exportFileName({ kind: "results", reference: "???", languages: ["en"], extension: "csv" })).toBe("export results (English).csv");
  });
});
