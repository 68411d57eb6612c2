import { describe, expect, it } from "vitest";
import { resultsFixture, tenderCriteriaFixture } from "../fixtures";
import type { TenderCriteriaExport } from "../model";
import { firstZipEntry, inLanguages, odtParagraphs, squash, unzip, xmlProblems } from "../testing/read-back";
import { resultsOdt, supplierSummaryOdt, tenderCriteriaOdt } from "./documents";

function read(bytes: Uint8Array) {
  const files = unzip(bytes);
  return { files, text: squash(odtParagraphs(files["content.xml"]).join("\n")) };
}

describe("tender criteria as ODT", () => {
  const bytes = tenderCriteriaOdt(tenderCriteriaFixture);

  it("starts with the mimetype entry, stored uncompressed", () => {
    expect(firstZipEntry(bytes)).toEqual({ name: "mimetype", method: 0, extraLength: 0, content: "application/vnd.oasis.opendocument.text" });
  });

  it("has well-formed content, styles, meta and manifest", () => {
    const { files } = read(bytes);
    expect(Object.keys(files)).toEqual(["mimetype", "content.xml", "styles.xml", "meta.xml", "META-INF/manifest.xml"]);
    for (const name of ["content.xml", "styles.xml", "meta.xml", "META-INF/manifest.xml"]) expect(xmlProblems(files[name]), name).toEqual([]);
    expect(files["META-INF/manifest.xml"]).toContain('manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text"');
    expect(files["meta.xml"]).toContain("<dc:language>cy-GB</dc:language>");
    expect(files["styles.xml"]).toContain('fo:language="cy" fo:country="GB"');
  });

  it("holds headings, tables, every criterion, weight, the deadline and the conditions, Welsh first", () => {
    const { files, text } = read(bytes);
    const content = files["content.xml"];
    expect(content).toContain('<text:h text:style-name="Heading_20_1" text:outline-level="1">');
    expect(content).toMatch(/<table:table table:name="Table\d+"/);
    expect(content).toContain("<table:table-header-rows>");
    for (const criterion of tenderCriteriaFixture.criteria) {
      expect(text).toContain(criterion.title.cy);
      expect(text).toContain(criterion.title.en);
    }
    expect(text).toContain('allyriadau nwyon tŷ gwydr "seiliedig ar leoliad"');
    expect(content).toContain("&quot;location-based&quot;");
    for (const weight of ["25%", "15%", "10%", "20%", "100%"]) expect(text).toContain(weight);
    expect(text).toContain("Dydd Gwener, 12 Mehefin 2026 am 12:00 BST");
    expect(text).toContain("Friday, 12 June 2026 at 12:00 BST");
    expect(text).toContain("A fydd holl ddata’r cyngor yn cael ei storio a’i brosesu yn y DU?");
    expect(text.indexOf("Amodau pasio neu fethu")).toBeLessThan(text.indexOf("Pass or fail conditions"));
  });

  it("escapes markup, keeps spacing and drops control characters in the buyer's text", () => {
    const tricky: TenderCriteriaExport = {
      ...tenderCriteriaFixture,
      assessment: { ...tenderCriteriaFixture.assessment, languages: ["en"] },
      criteria: tenderCriteriaFixture.criteria.map((c, i) =>
        i === 0 ? { ...c, title: { en: "Use <b> & ]]> 'quotes'\u0007  twice\nnext line", cy: "x" } } : c,
      ),
    };
    const { files, text } = read(tenderCriteriaOdt(tricky));
    expect(xmlProblems(files["content.xml"])).toEqual([]);
    expect(files["content.xml"]).toContain("Use &lt;b&gt; &amp; ]]&gt; &apos;quotes&apos;");
    expect(odtParagraphs(files["content.xml"])).toContain("1. Use <b> & ]]> 'quotes'  twice\nnext line");
    expect(text).not.toContain("\u0007");
  });
});

describe("results and summaries as ODT", () => {
  it("ranks the suppliers, lists exclusions and gives each supplier's summary", () => {
    const { files, text } = read(resultsOdt(resultsFixture));
    expect(xmlProblems(files["content.xml"])).toEqual([]);
    expect(files["styles.xml"]).toContain('style:print-orientation="portrait"');
    expect(files["styles.xml"]).toContain('<text:span text:style-name="HFcy">Tudalen </text:span><text:page-number text:select-page="current"/>');
    expect(files["styles.xml"]).toContain("<text:page-count/>");
    expect(odtParagraphs(files["styles.xml"])[0]).toBe("DT-2026-014 · Lletya cwmwl ar gyfer gwasanaethau’r cyngor / Cloud hosting for council services · Canlyniadau / Results");
    expect(text).toContain("Cwmwl Glân Cyf.");
    expect(text).toContain("Gwasanaethau Data Môn Cyf.");
    expect(text).toContain("Nid yw’n bodloni’r amod cymryd rhan");
    expect(text).toContain("Dyfed Digital Ltd");
    expect(text).toContain("Roedd eich tendr yn safle 2, gyda chyfanswm sgôr o 71.25 allan o 100.");
    expect(text).not.toContain("sup-severn");
  });

  it("sends one supplier its own summary with the leader's scores and nobody else's", () => {
    const { files, text } = read(supplierSummaryOdt(resultsFixture, "sup-mon"));
    expect(firstZipEntry(supplierSummaryOdt(resultsFixture, "sup-mon")).name).toBe("mimetype");
    expect(xmlProblems(files["content.xml"])).toEqual([]);
    expect(text).toContain("Gwasanaethau Data Môn Cyf.");
    expect(text).toContain("Roedd eich tendr yn safle 3, gyda chyfanswm sgôr o 56.25 allan o 100.");
    expect(text).toContain("Sgoriodd y tendr mwyaf manteisiol, gan Cwmwl Glân Cyf., 83.75 allan o 100.");
    expect(text).toContain("Y tendr mwyaf manteisiol / The most advantageous tender");
    for (const other of ["Severn", "Blue Horizon", "Dyfed Digital", "71.25"]) expect(text).not.toContain(other);
  });

  it("tells the most advantageous tender so, without a second copy of its own assessment", () => {
    const { text } = read(supplierSummaryOdt(inLanguages(resultsFixture, ["en"]), "sup-cwmwl"));
    expect(text).toContain("Your tender is the most advantageous tender, with a total score of 83.75 out of 100.");
    expect(text).toContain("Identifier GB-COH-09876543");
    expect(text).not.toContain("The most advantageous tender");
    expect(text).not.toContain("Severn");
  });

  it("tells a supplier that did not meet a condition that its tender was disregarded, never excluded, and why", () => {
    const { text } = read(supplierSummaryOdt(inLanguages(resultsFixture, ["en"]), "sup-horizon"));
    expect(text).toContain("Your tender did not meet the condition below, so it was disregarded and not assessed further");
    expect(text).toContain("Why the tender was disregarded Did not meet the condition crp: no Carbon Reduction Plan was provided.");
    expect(text).not.toMatch(/exclu/i);
    expect(text).toContain("The tender from Clean Cloud Ltd, with a total score of 83.75 out of 100.");
    expect(text).not.toContain("Dyfed Digital");
  });
});
