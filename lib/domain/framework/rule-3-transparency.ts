import { bilingual as b } from "../text";
import type { BusinessRuleInfo, Criterion } from "./types";

export const rule3: BusinessRuleInfo = {
  rule: "BR3",
  title: b("Transparency and accountability", "Tryloywder ac atebolrwydd"),
  summary: b(
    "Tier 1 and tier 2 supply-chain data, compliance with the Modern Slavery Act and use of the Modern Slavery Assessment Tool (2020); mapping of high-risk areas with mitigation, common international reporting, open-data KPIs and climate-resilience reporting (2025).",
    "Data haen 1 a haen 2 y gadwyn gyflenwi, cydymffurfio â Deddf Caethwasiaeth Fodern a defnyddio’r Offeryn Asesu Caethwasiaeth Fodern (2020); mapio meysydd risg uchel gyda chamau lliniaru, adrodd rhyngwladol cyffredin, dangosyddion perfformiad allweddol fel data agored ac adrodd ar gydnerthedd hinsawdd (2025).",
  ),
};

export const rule3Criteria: readonly Criterion[] = [
  {
    id: "br3.2020.supply-chain-data",
    rule: "BR3",
    level: "2020",
    title: b("Tier 1 and tier 2 supply-chain data", "Data haen 1 a haen 2 y gadwyn gyflenwi"),
    question: b(
      "What data do you hold on carbon, environmental impact, materials, chemicals and wider responsibilities for your tier 1 and tier 2 suppliers?",
      "Pa ddata sydd gennych am garbon, effaith amgylcheddol, deunyddiau, cemegion a chyfrifoldebau ehangach ar gyfer eich cyflenwyr haen 1 a haen 2?",
    ),
    guidance: b(
      "Ask for the share of tier 1 and tier 2 suppliers (by spend) covered by the data.",
      "Gofynnwch am gyfran y cyflenwyr haen 1 a haen 2 (yn ôl gwariant) y mae’r data’n eu cynnwys.",
    ),
    evidenceAskedFor: [
      b(
        "% of tier 1 and tier 2 suppliers, by spend, with data",
        "% o’r cyflenwyr haen 1 a haen 2, yn ôl gwariant, y mae data ar eu cyfer",
      ),
    ],
    suggestedDescriptors: {
      low: b("No supply-chain data.", "Dim data am y gadwyn gyflenwi."),
      middle: b("Tier 1 data only.", "Data haen 1 yn unig."),
      high: b("Most tier 1 and tier 2 suppliers covered.", "Y rhan fwyaf o’r cyflenwyr haen 1 a haen 2 wedi’u cynnwys."),
    },
    preScoreMethod: "br3-supply-chain-data",
  },
  {
    id: "br3.2020.modern-slavery",
    rule: "BR3",
    level: "2020",
    title: b("Modern slavery compliance and assessment", "Cydymffurfio ac asesu o ran caethwasiaeth fodern"),
    question: b(
      "Show how you comply with the Modern Slavery Act 2015 and give the date you last completed the Modern Slavery Assessment Tool.",
      "Dangoswch sut rydych yn cydymffurfio â Deddf Caethwasiaeth Fodern 2015, a rhowch y dyddiad y gwnaethoch gwblhau’r Offeryn Asesu Caethwasiaeth Fodern ddiwethaf.",
    ),
    guidance: b(
      "Expect a current statement on the government's modern slavery statement registry and a recent MSAT.",
      "Dylid disgwyl datganiad cyfredol ar gofrestr datganiadau caethwasiaeth fodern y llywodraeth ac MSAT diweddar.",
    ),
    evidenceAskedFor: [
      b("Link to the statement on the modern slavery statement registry", "Dolen i’r datganiad ar y gofrestr datganiadau caethwasiaeth fodern"),
      b("MSAT completion date", "Dyddiad cwblhau’r MSAT"),
    ],
    suggestedDescriptors: {
      low: b("No statement and no MSAT.", "Dim datganiad a dim MSAT."),
      middle: b("One of the two, current.", "Un o’r ddau, yn gyfredol."),
      high: b("A current statement and a recent MSAT with actions.", "Datganiad cyfredol ac MSAT diweddar gyda chamau gweithredu."),
    },
    preScoreMethod: "br3-modern-slavery",
  },
  {
    id: "br3.2025.high-risk-mapping",
    rule: "BR3",
    level: "2025",
    title: b("Mapping high-risk areas of the supply chain", "Mapio meysydd risg uchel yn y gadwyn gyflenwi"),
    question: b(
      "Show how you have mapped high-risk areas of your supply chain and what you do to reduce those risks.",
      "Dangoswch sut rydych wedi mapio meysydd risg uchel yn eich cadwyn gyflenwi a’r hyn rydych yn ei wneud i leihau’r risgiau hynny.",
    ),
    guidance: b(
      "Credit a map that covers environmental and human-rights risks, with mitigation for each.",
      "Rhowch gredyd am fap sy’n cwmpasu risgiau amgylcheddol a risgiau i hawliau dynol, gyda chamau lliniaru ar gyfer pob un.",
    ),
    evidenceAskedFor: [b("Supply-chain risk map and mitigation plan", "Map risg y gadwyn gyflenwi a chynllun lliniaru")],
    suggestedDescriptors: {
      low: b("No mapping.", "Dim mapio."),
      middle: b("Mapped, with partial mitigation.", "Wedi’i fapio, gyda chamau lliniaru rhannol."),
      high: b("Mapped, with mitigation and monitoring.", "Wedi’i fapio, gyda chamau lliniaru a monitro."),
    },
    preScoreMethod: "br3-high-risk-mapping",
  },
  {
    id: "br3.2025.reporting-resilience",
    rule: "BR3",
    level: "2025",
    title: b(
      "International reporting, open data and climate resilience",
      "Adrodd rhyngwladol, data agored a chydnerthedd hinsawdd",
    ),
    question: b(
      "Which common international reporting frameworks do you use, do you publish your KPIs as open data, and how do you report on climate resilience?",
      "Pa fframweithiau adrodd rhyngwladol cyffredin rydych yn eu defnyddio, a ydych yn cyhoeddi eich dangosyddion perfformiad allweddol fel data agored, a sut rydych yn adrodd ar gydnerthedd hinsawdd?",
    ),
    guidance: b(
      "A current CDP score (other than F) is evidence of a common reporting framework.",
      "Mae sgôr CDP sy’n gyfredol (heblaw F) yn dystiolaeth o fframwaith adrodd cyffredin.",
    ),
    evidenceAskedFor: [
      b("CDP score and its date", "Sgôr CDP a dyddiad y sgôr"),
      b("Link to KPIs published as open data", "Dolen i’r dangosyddion perfformiad allweddol a gyhoeddwyd fel data agored"),
      b("Climate-resilience report", "Adroddiad ar gydnerthedd hinsawdd"),
    ],
    suggestedDescriptors: {
      low: b("None of these.", "Dim un o’r rhain."),
      middle: b("Some of these.", "Rhai o’r rhain."),
      high: b("All of these, current and public.", "Pob un o’r rhain, yn gyfredol ac yn gyhoeddus."),
    },
    preScoreMethod: "br3-reporting-resilience",
  },
];
