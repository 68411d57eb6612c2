import { describe, expect, it } from "vitest";
import { resultsFixture, tenderCriteriaFixture } from "../fixtures";
import { docxParagraphs, inLanguages, squash, unzip, xmlProblems } from "../testing/read-back";
import { resultsDocx, supplierSummaryDocx, tenderCriteriaDocx } from "./documents";

async function read(bytes: Promise<Uint8Array>) {
  const files = unzip(await bytes);
  const xml = files["word/document.xml"];
  return { files, xml, text: squash(docxParagraphs(xml).join("\n")) };
}

describe("tender criteria as DOCX", () => {
  it("is a Word package whose document holds every criterion, weight, the deadline and the conditions, in Welsh then English", async () => {
    const { files, xml, text } = await read(tenderCriteriaDocx(tenderCriteriaFixture));
    expect(Object.keys(files)).toEqual(expect.arrayContaining(["[Content_Types].xml", "word/document.xml", "word/styles.xml", "docProps/core.xml"]));
    expect(xmlProblems(xml)).toEqual([]);
    for (const criterion of tenderCriteriaFixture.criteria) {
      expect(text).toContain(criterion.title.en);
      expect(text).toContain(criterion.title.cy);
      expect(text).toContain(squash(criterion.question.cy));
    }
    expect(text).toContain("Defnydd ynni a dŵr y canolfannau data");
    expect(text).toContain('allyriadau nwyon tŷ gwydr "seiliedig ar leoliad"');
    for (const weight of ["25%", "15%", "10%", "20%", "100%"]) expect(text).toContain(weight);
    expect(text).toContain("Dydd Gwener, 12 Mehefin 2026 am 12:00 BST");
    expect(text).toContain("Friday, 12 June 2026 at 12:00 BST");
    expect(text).toContain("Will all council data be stored and processed in the UK?");
    expect(text).toContain("Rheol fusnes 3: tryloywder ac atebolrwydd");
    expect(text).toContain("Rhagorol: ateb llawn");
    // Welsh comes first, as the council lists its languages.
    expect(text.indexOf("Meini prawf a phwysoliadau")).toBeLessThan(text.indexOf("Criteria and weights"));
    expect(xml).toContain('w:val="cy-GB"');
    expect(files["docProps/core.xml"]).toContain("DT-2026-014");
  });

  it("in English only has no Welsh", async () => {
    const { text, files } = await read(tenderCriteriaDocx(inLanguages(tenderCriteriaFixture, ["en"])));
    expect(text).toContain("Energy and water use of the hosting data centres");
    expect(text).not.toContain("Meini prawf");
    expect(text).not.toContain("dŵr");
    expect(files["word/styles.xml"]).toContain('w:val="en-GB"');
  });
});

describe("results as DOCX", () => {
  it("ranks the suppliers, shows their scores, exclusions and summaries", async () => {
    const { xml, text } = await read(resultsDocx(resultsFixture));
    expect(xmlProblems(xml)).toEqual([]);
    expect(text).toContain("Safle’r tendrau / Ranking of tenders");
    expect(text).toContain('Severn Data Services Ltd, trading as "Severn Cloud"');
    expect(text).toContain("83.75");
    expect(text).toContain("36.25");
    expect(text).toContain("Blue Horizon Cloud plc");
    expect(text).toContain("Does not meet the condition of participation: no Carbon Reduction Plan was provided.");
    expect(text).toContain("Dyfed Digital Ltd");
    expect(text).toContain("Gwasanaethau Data Môn Cyf.");
    expect(text).toContain("Your tender was ranked 2, with a total score of 71.25 out of 100. The most advantageous tender, from Clean Cloud Ltd, scored 83.75 out of 100.");
  });

  it("is portrait, scores one row per tender whatever their number, and shows no ids", async () => {
    const { xml, text } = await read(resultsDocx(resultsFixture));
    expect(xml).not.toContain('w:orient="landscape"');
    for (const id of resultsFixture.criteria.map((c) => c.id)) expect(text).not.toContain(id);
    for (const id of resultsFixture.ranked.map((s) => s.supplierId)) expect(text).not.toContain(id);
    // The ranking shows 30 points as "30.00", like 36.25 beside it.
    expect(text).toContain("30.00");
  });

  it("heads every page with the reference and title, and numbers the pages in both languages", async () => {
    const { files } = await read(resultsDocx(resultsFixture));
    const header = squash(docxParagraphs(files["word/header1.xml"]).join(" "));
    expect(header).toContain("DT-2026-014 · Lletya cwmwl ar gyfer gwasanaethau’r cyngor / Cloud hosting for council services · Canlyniadau / Results");
    const footer = files["word/footer1.xml"];
    expect(footer).toMatch(/Tudalen [\s\S]*PAGE[\s\S]* o [\s\S]*NUMPAGES[\s\S]*Page [\s\S]*PAGE[\s\S]* of [\s\S]*NUMPAGES/);
  });
});

describe("a supplier's assessment summary as DOCX", () => {
  it("explains each score in the evaluators' words, with sub-totals, the Welsh regulation and the most advantageous tender", async () => {
    const { text } = await read(supplierSummaryDocx(resultsFixture, "sup-severn"));
    expect(text).toContain("section 50 of the Procurement Act 2023 and regulation 32 of the Procurement (Wales) Regulations 2024");
    expect(text).toContain("adran 50 o Ddeddf Caffael 2023 a rheoliad 32 o Reoliadau Caffael (Cymru) 2024");
    expect(text).toContain("Tender reference DT-2026-014-002");
    expect(text).toContain("bids@severn.example");
    expect(text).toContain("Your tender was ranked 2, with a total score of 71.25 out of 100.");
    expect(text).toContain("A 2045 net-zero commitment; targets submitted to the SBTi but not yet validated.");
    expect(text).toContain("Agreed at moderation Strategies exist but adaptation is not yet costed");
    expect(text).toContain("Business rule 1: net zero 30.00 40");
    expect(text).toContain("Total 71.25 100");
    // The pre-score's sentences appear only under their own heading, as supporting evidence.
    const evidenceAt = text.indexOf("Supporting evidence: the automated pre-score");
    expect(evidenceAt).toBeGreaterThan(text.indexOf("Total 71.25 100"));
    expect(text.indexOf("Landfill figures given, but reuse and recycling fell last year.")).toBeGreaterThan(evidenceAt);
    expect(text).toContain("The tender from Clean Cloud Ltd, with a total score of 83.75 out of 100.");
    expect(text).toContain("SBTi-validated near-term and net-zero targets");
    for (const other of ["Gwasanaethau Data Môn", "Mon Data", "Blue Horizon", "Dyfed Digital", "56.25"]) expect(text).not.toContain(other);
  });

  it("refuses a supplier with no summary", async () => {
    await expect(async () => supplierSummaryDocx(resultsFixture, "sup-nobody")).rejects.toThrow(RangeError);
  });
});
