import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { resultsFixture, tenderCriteriaFixture } from "../fixtures";
import { inLanguages } from "../testing/read-back";
import { resultsXlsx, tenderCriteriaXlsx } from "./documents";

async function load(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return workbook;
}

function rows(sheet: ExcelJS.Worksheet): unknown[][] {
  const out: unknown[][] = [];
  sheet.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
  return out;
}

describe("tender criteria as XLSX", () => {
  it("has criteria, scale, conditions and details sheets, named in both languages", async () => {
    const workbook = await load(await tenderCriteriaXlsx(tenderCriteriaFixture));
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      "Meini prawf - Criteria",
      "Graddfa sgorio - Scoring scale",
      "Pasio neu fethu - Pass or fail",
      "Manylion - Details",
    ]);
    expect(workbook.title).toContain("DT-2026-014");
  });

  it("writes one row per criterion with a column per language, weights as numbers and Welsh intact", async () => {
    const sheet = (await load(await tenderCriteriaXlsx(tenderCriteriaFixture))).worksheets[0];
    const [header, ...body] = rows(sheet);
    expect(header).toEqual([
      "Rhif / No.",
      "Rheol fusnes (Cymraeg)",
      "Business rule (English)",
      "Maen prawf (Cymraeg)",
      "Criterion (English)",
      "Cwestiwn (Cymraeg)",
      "Question (English)",
      "Canllawiau (Cymraeg)",
      "Guidance (English)",
      "Tystiolaeth y gofynnir amdani (Cymraeg)",
      "Evidence asked for (English)",
      "Pwysoliad (%) / Weight (%)",
      "Cyfran o’r dyfarniad cyfan (%) / Share of the total award (%)",
      "Isafswm sgôr / Minimum score",
      "Disgrifyddion sgorio (Cymraeg)",
      "Scoring descriptors (English)",
    ]);
    expect(body).toHaveLength(6);
    expect(body.map((r) => r[0])).toEqual([1, 2, 3, 4, 5, 6]);
    expect(body.flat().join("\n")).not.toContain("br1.2020");
    expect(body.map((r) => r[11])).toEqual([25, 15, 15, 15, 10, 20]);
    expect(body.map((r) => r[12])).toEqual([3.75, 2.25, 2.25, 2.25, 1.5, 3]);
    expect(body.map((r) => r[13])).toEqual([2, undefined, undefined, undefined, 1, undefined]);
    const outcome = body[5];
    expect(outcome[1]).toBe("Canlyniad");
    expect(outcome[3]).toBe("Defnydd ynni a dŵr y canolfannau data sy’n lletya’r gwasanaeth");
    expect(outcome[5]).toContain('nwyon tŷ gwydr "seiliedig ar leoliad"');
    expect(outcome[9]).toBe(
      "Adroddiad chwarterol enghreifftiol ar ynni a dŵr ar gyfer pob canolfan ddata\nY dull a’r ffactorau allyriadau a ddefnyddiwyd, er enghraifft ffactorau trosi llywodraeth y DU",
    );
    expect(String(outcome[14]).split("\n")[0]).toBe("0: Dim adroddiadau’n cael eu cynnig.");
    expect(sheet.getCell("A1").font).toMatchObject({ name: "Arial", bold: true });
    expect(sheet.getCell("A2").font?.bold).toBeFalsy();
    // Tall enough for the wrapped text: LibreOffice and Excel keep a row's height as written.
    expect(sheet.getRow(2).height).toBeGreaterThan(40);
    expect(sheet.getCell("F2").alignment?.wrapText).toBe(true);
    expect(sheet.getColumn(6).width).toBeGreaterThan(40);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  });

  it("in English only has one column per field and English sheet names", async () => {
    const workbook = await load(await tenderCriteriaXlsx(inLanguages(tenderCriteriaFixture, ["en"])));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Criteria", "Scoring scale", "Pass or fail", "Details"]);
    const [header, first] = rows(workbook.worksheets[0]);
    expect(header.slice(0, 4)).toEqual(["No.", "Business rule", "Criterion", "Question"]);
    expect(first[1]).toBe("Business rule 1: net zero");
    const gates = rows(workbook.worksheets[2]);
    expect(gates[1]).toEqual([1, "Carbon Reduction Plan", tenderCriteriaFixture.gates[0].question.en]);
  });
});

describe("results as XLSX", () => {
  it("ranks the suppliers with totals and subtotals as numbers", async () => {
    const workbook = await load(await resultsXlsx(resultsFixture));
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      "Safleoedd - Ranking",
      "Sgorau - Scores",
      "Wedi’u diystyru - Disregarded",
      "Anghyflawn - Incomplete",
      "Crynodebau - Summaries",
      "Graddfa sgorio - Scoring scale",
      "Manylion - Details",
    ]);
    const [header, ...ranking] = rows(workbook.worksheets[0]);
    expect(header.slice(0, 3)).toEqual(["Safle / Rank", "Cyflenwr / Supplier", "Cyfanswm (allan o 100) / Total (out of 100)"]);
    expect(header[3]).toBe("Rheol fusnes 1: sero net (allan o 40) / Business rule 1: net zero (out of 40)");
    expect(ranking.map((r) => [r[0], r[1], r[2], r[3]])).toEqual([
      [1, "Cwmwl Glân Cyf.", 83.75, 36.25],
      [2, 'Severn Data Services Ltd, trading as "Severn Cloud"', 71.25, 30],
      [3, "Gwasanaethau Data Môn Cyf.", 56.25, 20],
    ]);
  });

  it("stores totals and subtotals as numbers shown with two decimals, and prints each page numbered under a header", async () => {
    const sheet = (await load(await resultsXlsx(resultsFixture))).worksheets[0];
    expect(sheet.getCell("D3").value).toBe(30);
    expect(sheet.getCell("D3").numFmt).toBe("0.00");
    expect(sheet.getCell("C2").numFmt).toBe("0.00");
    expect(sheet.getCell("A2").numFmt).toBeUndefined();
    expect(sheet.headerFooter.oddHeader).toContain("DT-2026-014");
    expect(sheet.headerFooter.oddFooter).toContain("Tudalen &P o &N / Page &P of &N");
    expect(sheet.pageSetup).toMatchObject({ orientation: "landscape", fitToWidth: 1 });
  });

  it("writes the score matrix, the excluded and incomplete suppliers and the summaries", async () => {
    const workbook = await load(await resultsXlsx(resultsFixture));
    const [scoresHeader, ...scores] = rows(workbook.worksheets[1]);
    expect(scoresHeader[2]).toBe("Ymrwymiad i dargedau sero net sy’n seiliedig ar wyddoniaeth / Commitment to science-based net-zero targets (25%)");
    expect(scores.map((r) => r[1])).toEqual(["Cwmwl Glân Cyf.", 'Severn Data Services Ltd, trading as "Severn Cloud"', "Gwasanaethau Data Môn Cyf."]);
    expect(scores.map((r) => r[2])).toEqual([4, 3, 2]);
    const excluded = rows(workbook.worksheets[2]);
    expect(excluded[1].slice(0, 2)).toEqual(["Blue Horizon Cloud plc", "Nid yw’n bodloni’r amod cymryd rhan: ni ddarparwyd Cynllun Lleihau Carbon."]);
    expect(rows(workbook.worksheets[3])[1][0]).toBe("Dyfed Digital Ltd");
    const summaries = rows(workbook.worksheets[4]);
    expect(summaries).toHaveLength(1 + 4 * 6);
    const severnLandfill = summaries.find((r) => r[0] === 'Severn Data Services Ltd, trading as "Severn Cloud"' && r[3] === 3);
    expect(severnLandfill?.slice(6, 10)).toEqual([2, 3, "Scored against the descriptors and the evidence submitted.", "Rhoddwyd ffigurau tirlenwi, ond gostyngodd ailddefnyddio ac ailgylchu y llynedd."]);
    const severnStrategies = summaries.find((r) => r[0] === 'Severn Data Services Ltd, trading as "Severn Cloud"' && r[3] === 2);
    expect(severnStrategies?.[8]).toBe("Cytunwyd arno wrth gymedroli: Strategies exist but adaptation is not yet costed; agreed at moderation on 3 July 2026.");
  });
});
