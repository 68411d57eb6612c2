import type { OrganisationReport } from "@/lib/domain/contracts/organisation-report";
import { reportingYearLabel } from "@/lib/domain/contracts/contract-years";
import { writeCsv } from "./csv/write";
import { composer, type Block, type DocumentModel } from "./document/blocks";
import type { Bilingual, Language } from "./model";
import { sheetName, type CellValue, type Sheet } from "./table/columns";

// The organisation's sustainable-ICT report as files: a spreadsheet (summary, trend, contracts), an OpenDocument
// text and a CSV in long form (one figure a row), each in the organisation's languages, with the page's figures.

const b = (en: string, cy: string): Bilingual => ({ en, cy });

const words = {
  title: b("Sustainable ICT report", "Adroddiad TGCh cynaliadwy"),
  period: b("Reporting year 1 April to 31 March", "Blwyddyn adrodd 1 Ebrill i 31 Mawrth"),
  summary: b("Summary", "Crynodeb"),
  trend: b("Trend", "Tuedd"),
  contracts: b("Contracts", "Contractau"),
  reportingYear: b("Reporting year", "Blwyddyn adrodd"),
  measure: b("Measure", "Mesur"),
  figure: b("Figure", "Ffigur"),
  value: b("Value", "Gwerth"),
  unit: b("Unit", "Uned"),
  supplier: b("Supplier", "Cyflenwr"),
  total: b("ICT footprint, total", "Ôl troed TGCh, cyfanswm"),
  reported: b("ICT footprint, reported by suppliers", "Ôl troed TGCh, wedi’i adrodd gan gyflenwyr"),
  estimated: b("ICT footprint, estimated", "Ôl troed TGCh, wedi’i amcangyfrif"),
  estimatedShare: b("Share of the footprint estimated", "Cyfran yr ôl troed a amcangyfrifwyd"),
  refurbished: b("Devices supplied refurbished or remanufactured", "Dyfeisiau a gyflenwyd wedi’u hadnewyddu neu eu hailweithgynhyrchu"),
  refurbishedChange: b("Change in refurbished or remanufactured share on the previous year", "Newid yn y gyfran wedi’i hadnewyddu neu ei hailweithgynhyrchu ers y flwyddyn flaenorol"),
  supplied: b("Devices supplied", "Dyfeisiau a gyflenwyd"),
  reused: b("Equipment taken back and reused", "Offer a gymerwyd yn ôl ac a ailddefnyddiwyd"),
  recycled: b("Equipment taken back and recycled", "Offer a gymerwyd yn ôl ac a ailgylchwyd"),
  landfilled: b("Equipment taken back and sent to landfill", "Offer a gymerwyd yn ôl ac a anfonwyd i safle tirlenwi"),
  reusedOrRecycledShare: b("Equipment taken back reused or recycled", "Offer a gymerwyd yn ôl ac a ailddefnyddiwyd neu a ailgylchwyd"),
  suppliers: b("Suppliers with contracts in the year", "Cyflenwyr â chontractau yn ystod y flwyddyn"),
  validPlan: b("Suppliers with a Carbon Reduction Plan that met the condition of participation", "Cyflenwyr â Chynllun Lleihau Carbon a oedd yn bodloni’r amod cymryd rhan"),
  sbti: b("Suppliers with science-based targets set", "Cyflenwyr â thargedau sy’n seiliedig ar wyddoniaeth wedi’u gosod"),
  method: b(
    "Each contract year's emissions count for the days it has in the reporting year: as reported where the supplier's report is submitted, otherwise estimated from the supplier's latest report, the year's target or the bid's declared footprint.",
    "Mae allyriadau pob blwyddyn o gontract yn cyfrif am y dyddiau sydd ganddi yn y flwyddyn adrodd: fel y’u hadroddwyd lle mae adroddiad y cyflenwr wedi’i gyflwyno, fel arall wedi’u hamcangyfrif o adroddiad diweddaraf y cyflenwr, targed y flwyddyn neu’r ôl troed a ddatganwyd yn y cynnig.",
  ),
  items: b("items", "eitemau"),
  devices: b("devices", "dyfeisiau"),
  suppliersUnit: b("suppliers", "cyflenwyr"),
  points: b("percentage points", "pwyntiau canran"),
};

export type OrganisationReportFile = OrganisationReport & { organisation: { en: string; cy: string | null } };

const heading = (label: Bilingual, languages: readonly Language[]) => languages.map((lang) => label[lang]).join(" / ");

type Line = { label: Bilingual; value: number | null; unit: string | Bilingual };

function summaryLines(report: OrganisationReport): Line[] {
  return [
    { label: words.total, value: report.footprint.totalTCO2e, unit: "tCO2e" },
    { label: words.reported, value: report.footprint.reportedTCO2e, unit: "tCO2e" },
    { label: words.estimated, value: report.footprint.estimatedTCO2e, unit: "tCO2e" },
    { label: words.estimatedShare, value: report.footprint.estimatedPercent, unit: "%" },
    { label: words.refurbished, value: report.refurbished.percent, unit: "%" },
    { label: words.refurbishedChange, value: report.refurbished.changePoints, unit: words.points },
    { label: words.supplied, value: report.refurbished.supplied, unit: words.devices },
    { label: words.reused, value: report.endOfLife.reused, unit: words.items },
    { label: words.recycled, value: report.endOfLife.recycled, unit: words.items },
    { label: words.landfilled, value: report.endOfLife.landfilled, unit: words.items },
    { label: words.reusedOrRecycledShare, value: report.endOfLife.reusedOrRecycledPercent, unit: "%" },
    { label: words.suppliers, value: report.suppliers.total, unit: words.suppliersUnit },
    { label: words.validPlan, value: report.suppliers.validCarbonReductionPlan, unit: words.suppliersUnit },
    { label: words.sbti, value: report.suppliers.scienceBasedTargets, unit: words.suppliersUnit },
  ];
}

const unitText = (unit: string | Bilingual, languages: readonly Language[]) => (typeof unit === "string" ? unit : heading(unit, languages));

/** Three sheets: the year's summary, the footprint by reporting year, and the footprint by contract. */
export function organisationReportSheets(report: OrganisationReport, languages: readonly Language[]): Sheet[] {
  const h = (label: Bilingual) => heading(label, languages);
  const summary: Sheet = {
    name: sheetName(words.summary, languages),
    columns: [
      { header: h(words.figure), width: 60, kind: "text" },
      { header: h(words.value), width: 14, kind: "number" },
      { header: h(words.unit), width: 20, kind: "text" },
    ],
    rows: summaryLines(report).map((line) => [h(line.label), line.value, unitText(line.unit, languages)]),
  };
  const trend: Sheet = {
    name: sheetName(words.trend, languages),
    columns: [
      { header: h(words.reportingYear), width: 18, kind: "text" },
      { header: `${h(words.reported)} (tCO2e)`, width: 24, kind: "number" },
      { header: `${h(words.estimated)} (tCO2e)`, width: 24, kind: "number" },
      { header: `${h(words.total)} (tCO2e)`, width: 24, kind: "number" },
    ],
    rows: report.trend.map((year) => [reportingYearLabel(year.startYear), year.reportedTCO2e, year.estimatedTCO2e, year.totalTCO2e]),
  };
  const contracts: Sheet = {
    name: sheetName(words.contracts, languages),
    columns: [
      { header: h(words.supplier), width: 40, kind: "text" },
      { header: `${h(words.reported)} (tCO2e)`, width: 24, kind: "number" },
      { header: `${h(words.estimated)} (tCO2e)`, width: 24, kind: "number" },
    ],
    rows: report.contracts.map((contract) => [contract.supplierName, contract.reportedTCO2e, contract.estimatedTCO2e]),
  };
  return [summary, trend, contracts];
}

/** One figure a row: reporting year, measure, supplier (for a contract's figure), value, unit; the trend's years too. */
export function organisationReportCsv(report: OrganisationReport, languages: readonly Language[]): string {
  const h = (label: Bilingual) => heading(label, languages);
  const year = reportingYearLabel(report.year.startYear);
  const rows: CellValue[][] = [
    ...summaryLines(report).map((line) => [year, h(line.label), "", line.value, unitText(line.unit, languages)]),
    ...report.trend.filter((t) => t.startYear !== report.year.startYear).flatMap((t) => [
      [reportingYearLabel(t.startYear), h(words.total), "", t.totalTCO2e, "tCO2e"],
      [reportingYearLabel(t.startYear), h(words.reported), "", t.reportedTCO2e, "tCO2e"],
      [reportingYearLabel(t.startYear), h(words.estimated), "", t.estimatedTCO2e, "tCO2e"],
    ]),
    ...report.contracts.flatMap((c) => [
      [year, h(words.reported), c.supplierName, c.reportedTCO2e, "tCO2e"],
      [year, h(words.estimated), c.supplierName, c.estimatedTCO2e, "tCO2e"],
    ]),
  ];
  return writeCsv({
    name: "report",
    columns: [words.reportingYear, words.measure, words.supplier, words.value, words.unit].map((label, i) => ({ header: h(label), width: 20, kind: i === 3 ? "number" : "text" })),
    rows,
  });
}

/** "Cyngor Sir Caerwen: Adroddiad TGCh cynaliadwy / Sustainable ICT report 2025–26", in the file's languages. */
export function organisationReportTitle(report: OrganisationReportFile, languages: readonly Language[]): string {
  const organisation = languages[0] === "cy" && report.organisation.cy ? report.organisation.cy : report.organisation.en;
  return `${organisation}: ${heading(words.title, languages)} ${reportingYearLabel(report.year.startYear)}`;
}

/** The report as a word-processed document: title, method, the year's summary, the trend and the contracts. */
export function organisationReportDocument(report: OrganisationReportFile, languages: readonly Language[], created: string): DocumentModel {
  const c = composer(languages);
  const organisation: Bilingual = { en: report.organisation.en, cy: report.organisation.cy || report.organisation.en };
  const year = reportingYearLabel(report.year.startYear);
  const number = (value: number | null) => c.plain(value === null ? "–" : String(value));
  const blocks: Block[] = [
    c.title([organisation, words.title, b(year, year)]),
    ...c.text(words.period),
    ...c.text(words.method),
    c.heading(2, words.summary),
    { kind: "table", widths: [3, 1, 1], header: [c.cell(words.figure, true), c.cell(words.value, true), c.cell(words.unit, true)], numeric: [false, true, false], rows: summaryLines(report).map((line) => [c.cell(line.label), number(line.value), typeof line.unit === "string" ? c.plain(line.unit) : c.cell(line.unit)]) },
    c.heading(2, words.trend),
    {
      kind: "table",
      widths: [1, 1, 1, 1],
      header: [c.cell(words.reportingYear, true), c.cell(words.reported, true), c.cell(words.estimated, true), c.cell(words.total, true)],
      numeric: [false, true, true, true],
      rows: report.trend.map((t) => [c.plain(reportingYearLabel(t.startYear)), number(t.reportedTCO2e), number(t.estimatedTCO2e), number(t.totalTCO2e)]),
    },
    c.heading(2, words.contracts),
    {
      kind: "table",
      widths: [2, 1, 1],
      header: [c.cell(words.supplier, true), c.cell(words.reported, true), c.cell(words.estimated, true)],
      numeric: [false, true, true],
      rows: report.contracts.map((contract) => [c.plain(contract.supplierName), number(contract.reportedTCO2e), number(contract.estimatedTCO2e)]),
    },
  ];
  return {
    title: `${organisation[languages[0]]}: ${words.title[languages[0]]} ${year}`,
    subject: words.title[languages[0]],
    author: organisation[languages[0]],
    languages: [...languages],
    created,
    orientation: "portrait",
    runningHeader: { spans: [c.span(`${organisation[languages[0]]} · `), ...c.joined(words.title).spans, c.span(` · ${year}`)] },
    pageFooter: c.pageFooter(),
    blocks,
  };
}
