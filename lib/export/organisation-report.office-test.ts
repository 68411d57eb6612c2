import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderOdt } from "./odt/render";
import { organisationReportDocument, organisationReportSheets } from "./organisation-report";
import { organisationReportFixture } from "./organisation-report-fixture";
import { squash } from "./testing/read-back";
import { renderWithLibreOffice, requireOfficeTools, type Rendered } from "./testing/office-render";
import { writeWorkbook } from "./xlsx/workbook";

// LibreOffice opens the organisation report's office downloads (spreadsheet and OpenDocument text) and prints them;
// the words read back carry the figures and both languages. The CSV is checked as text (organisation-report.test.ts).

let dir = "";
let rendered = new Map<string, Rendered>();

beforeAll(async () => {
  await requireOfficeTools();
  dir = await mkdtemp(path.join(tmpdir(), "organisation-report-"));
  const report = organisationReportFixture();
  const languages = ["cy", "en"] as const;
  const xlsx = await writeWorkbook(
    { title: "Sustainable ICT report", subject: "Sustainable ICT report", author: "Caerwen", created: "2026-12-01T10:00:00Z", language: "cy", runningHeader: "Caerwen", pageFooter: "&P / &N" },
    organisationReportSheets(report, languages),
  );
  rendered = await renderWithLibreOffice(
    {
      "report-xlsx.xlsx": xlsx,
      "report-odt.odt": renderOdt(organisationReportDocument(report, languages, "2026-12-01T10:00:00Z")),
    },
    dir,
    path.join(dir, "images"),
  );
}, 240_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("the organisation report in LibreOffice", () => {
  it.each(["report-xlsx.xlsx", "report-odt.odt"])("%s opens and shows the total and the estimated share in Welsh and English", (name) => {
    const text = squash(rendered.get(name)?.pages.join(" ") ?? "");
    expect(text).toContain("109.5");
    expect(text).toContain("72.9");
    expect(text).toMatch(/Ôl troed TGCh, cyfanswm/);
    expect(text).toMatch(/ICT footprint, total/);
  });

  it("the document names the council and the year on its title page", () => {
    const first = squash(rendered.get("report-odt.odt")!.pages[0]);
    expect(first).toContain("Cyngor Sir Caerwen");
    expect(first).toContain("2025–26");
  });
});
