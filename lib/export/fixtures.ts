import type { Bilingual, ExportAssessment, ExportCriterion, ResultsExport, ScalePoint, TenderCriteriaExport } from "./model";
import { withSummaryDetails } from "./summary-fixture";

/**
 * A Welsh county council's cloud hosting tender, in Welsh and English, and its results: for tests and
 * for trying the exports by hand. Scores are on a 0–4 scale; totals are the weighted sums.
 */

const b = (en: string, cy: string): Bilingual => ({ en, cy });

export const assessmentFixture: ExportAssessment = {
  id: "asm_01JTYWI2026014",
  reference: "DT-2026-014",
  title: b("Cloud hosting for council services", "Lletya cwmwl ar gyfer gwasanaethau’r cyngor"),
  description: b(
    "Hosting, in a public cloud or in UK data centres, for the council's line-of-business applications for five years from April 2027.",
    "Lletya, mewn cwmwl cyhoeddus neu mewn canolfannau data yn y DU, ar gyfer cymwysiadau busnes y cyngor am bum mlynedd o fis Ebrill 2027.",
  ),
  buyerName: b("Towy Valley County Council", "Cyngor Sir Dyffryn Tywi"),
  buyerId: "GB-PPON-PDTW-4821-XQLM",
  nation: "wales",
  annualContractValue: 850000,
  responseDeadline: "2026-06-12T11:00:00Z",
  framework: { id: "greening-government-ict", version: "1.0.0", level: "2020" },
  carbonReductionPlanRequired: true,
  languages: ["cy", "en"],
  buyerIdentifier: { scheme: "GB-PPON", id: "PDTW-4821-XQLM" },
  status: "published",
  publishedAt: "2026-05-01T09:00:00Z",
  awardShare: 15,
  procurementCategory: "services",
};

export const scaleFixture: ScalePoint[] = [
  { value: 0, descriptor: b("Unacceptable: no response, or it does not answer the question.", "Annerbyniol: dim ymateb, neu nid yw’n ateb y cwestiwn.") },
  { value: 1, descriptor: b("Poor: answers the question only in part, with little evidence.", "Gwael: yn ateb y cwestiwn yn rhannol yn unig, heb fawr o dystiolaeth.") },
  { value: 2, descriptor: b("Satisfactory: answers the question, with some evidence.", "Boddhaol: yn ateb y cwestiwn, gyda rhywfaint o dystiolaeth.") },
  { value: 3, descriptor: b("Good: a full answer, well evidenced.", "Da: ateb llawn, gyda thystiolaeth dda.") },
  { value: 4, descriptor: b("Excellent: a full, well-evidenced answer that goes beyond what is asked.", "Rhagorol: ateb llawn, gyda thystiolaeth dda, sy’n mynd y tu hwnt i’r hyn y gofynnir amdano.") },
];

const threePoint = (low: Bilingual, middle: Bilingual, high: Bilingual): ScalePoint[] => [
  { value: 0, descriptor: low },
  { value: 2, descriptor: middle },
  { value: 4, descriptor: high },
];

export const criteriaFixture: ExportCriterion[] = [
  {
    id: "br1.2020.net-zero-commitment",
    rule: "BR1",
    title: b("Commitment to science-based net-zero targets", "Ymrwymiad i dargedau sero net sy’n seiliedig ar wyddoniaeth"),
    question: b(
      "Describe your commitment to reach net zero by 2050 or sooner, with science-based targets in line with the Paris Agreement (or our own target, if sooner).",
      "Disgrifiwch eich ymrwymiad i gyrraedd sero net erbyn 2050 neu’n gynt, gyda thargedau sy’n seiliedig ar wyddoniaeth ac yn unol â Chytundeb Paris (neu ein targed ni, os yw’n gynt).",
    ),
    guidance: b(
      "Look for targets validated by the Science Based Targets initiative (SBTi) and a Carbon Reduction Plan that meets WPPN 006.",
      "Chwiliwch am dargedau wedi’u dilysu gan y Fenter Targedau sy’n Seiliedig ar Wyddoniaeth (SBTi) a Chynllun Lleihau Carbon sy’n bodloni WPPN 006.",
    ),
    evidence: [
      b("SBTi status and the date it was checked", "Statws SBTi a’r dyddiad y cafodd ei wirio"),
      b("Carbon Reduction Plan and the web page where it is published", "Cynllun Lleihau Carbon a’r dudalen we lle mae wedi’i gyhoeddi"),
    ],
    weight: 25,
    minimumScore: 2,
    descriptors: threePoint(
      b("No net-zero commitment, or a target later than 2050.", "Dim ymrwymiad sero net, neu darged yn hwyrach na 2050."),
      b("A public commitment to net zero by 2050 with a plan, but targets not yet validated.", "Ymrwymiad cyhoeddus i sero net erbyn 2050 gyda chynllun, ond nid yw’r targedau wedi’u dilysu eto."),
      b("Validated science-based near-term and net-zero targets and a complete Carbon Reduction Plan.", "Targedau tymor agos a sero net wedi’u dilysu ar sail gwyddoniaeth, a Chynllun Lleihau Carbon cyflawn."),
    ),
  },
  {
    id: "br1.2020.mitigation-adaptation",
    rule: "BR1",
    title: b("Carbon mitigation and adaptation strategies", "Strategaethau lliniaru carbon ac addasu i’r hinsawdd"),
    question: b(
      "Describe your strategies to reduce emissions from your operations and to adapt your services to a changing climate.",
      "Disgrifiwch eich strategaethau i leihau allyriadau o’ch gweithrediadau ac i addasu eich gwasanaethau i hinsawdd sy’n newid.",
    ),
    guidance: b(
      "Credit reduction targets, environmental management (for example ISO 14001) and independent recognition.",
      "Rhowch gredyd am dargedau lleihau, rheolaeth amgylcheddol (er enghraifft ISO 14001) a chydnabyddiaeth annibynnol.",
    ),
    evidence: [b("Reduction targets and projects", "Targedau a phrosiectau lleihau"), b("ISO 14001 certificate", "Tystysgrif ISO 14001")],
    weight: 15,
    descriptors: threePoint(
      b("No strategy.", "Dim strategaeth."),
      b("Some measures in place, without measurable targets.", "Rhai mesurau ar waith, heb dargedau mesuradwy."),
      b("Measurable targets, certified environmental management and an adaptation plan.", "Targedau mesuradwy, rheolaeth amgylcheddol ardystiedig a chynllun addasu."),
    ),
  },
  {
    id: "br2.2020.zero-landfill",
    rule: "BR2",
    title: b("Zero waste to landfill and more reuse and recycling", "Dim gwastraff i safleoedd tirlenwi a mwy o ailddefnyddio ac ailgylchu"),
    question: b(
      "What share of the ICT waste from this contract goes to landfill, and how are reuse and recycling increasing each year?",
      "Pa gyfran o’r gwastraff TGCh o’r contract hwn sy’n mynd i safleoedd tirlenwi, a sut mae ailddefnyddio ac ailgylchu’n cynyddu bob blwyddyn?",
    ),
    guidance: b(
      "The 2020 rule expects 0% to landfill and a yearly increase in reuse and recycling. Ask for percentages by weight.",
      "Mae rheol 2020 yn disgwyl 0% i safleoedd tirlenwi a chynnydd blynyddol mewn ailddefnyddio ac ailgylchu. Gofynnwch am ganrannau yn ôl pwysau.",
    ),
    evidence: [
      b("% of e-waste reused, recycled and landfilled, this year and last", "% o’r gwastraff electronig a ailddefnyddiwyd, a ailgylchwyd ac a anfonwyd i safleoedd tirlenwi, eleni a’r llynedd"),
    ],
    weight: 15,
    descriptors: threePoint(
      b("Waste goes to landfill; no figures.", "Mae gwastraff yn mynd i safleoedd tirlenwi; dim ffigurau."),
      b("Little landfill, but reuse and recycling are not increasing.", "Ychydig o dirlenwi, ond nid yw ailddefnyddio ac ailgylchu’n cynyddu."),
      b("0% to landfill, with reuse and recycling rising every year.", "0% i safleoedd tirlenwi, gydag ailddefnyddio ac ailgylchu’n cynyddu bob blwyddyn."),
    ),
  },
  {
    id: "br3.2020.supply-chain-data",
    rule: "BR3",
    title: b("Tier 1 and tier 2 supply-chain data", "Data haen 1 a haen 2 y gadwyn gyflenwi"),
    question: b(
      "What data do you hold on carbon, environmental impact, materials, chemicals and wider responsibilities for your tier 1 and tier 2 suppliers?",
      "Pa ddata sydd gennych am garbon, effaith amgylcheddol, deunyddiau, cemegion a chyfrifoldebau ehangach ar gyfer eich cyflenwyr haen 1 a haen 2?",
    ),
    guidance: b(
      "Ask for the share of tier 1 and tier 2 suppliers (by spend) covered by the data.",
      "Gofynnwch am gyfran y cyflenwyr haen 1 a haen 2 (yn ôl gwariant) y mae’r data’n eu cynnwys.",
    ),
    evidence: [b("% of tier 1 and tier 2 suppliers, by spend, with data", "% o’r cyflenwyr haen 1 a haen 2, yn ôl gwariant, y mae data ar eu cyfer")],
    weight: 15,
    descriptors: threePoint(
      b("No supply-chain data.", "Dim data am y gadwyn gyflenwi."),
      b("Tier 1 data only.", "Data haen 1 yn unig."),
      b("Most tier 1 and tier 2 suppliers covered.", "Y rhan fwyaf o’r cyflenwyr haen 1 a haen 2 wedi’u cynnwys."),
    ),
  },
  {
    id: "br3.2020.modern-slavery",
    rule: "BR3",
    title: b("Modern slavery compliance and assessment", "Cydymffurfio ac asesu o ran caethwasiaeth fodern"),
    question: b(
      "Show how you comply with the Modern Slavery Act 2015 and give the date you last completed the Modern Slavery Assessment Tool.",
      "Dangoswch sut rydych yn cydymffurfio â Deddf Caethwasiaeth Fodern 2015, a rhowch y dyddiad y gwnaethoch gwblhau’r Offeryn Asesu Caethwasiaeth Fodern ddiwethaf.",
    ),
    guidance: b(
      "Expect a current statement on the government's modern slavery statement registry and a recent MSAT.",
      "Dylid disgwyl datganiad cyfredol ar gofrestr datganiadau caethwasiaeth fodern y llywodraeth ac MSAT diweddar.",
    ),
    evidence: [
      b("Link to the statement on the modern slavery statement registry", "Dolen i’r datganiad ar y gofrestr datganiadau caethwasiaeth fodern"),
      b("MSAT completion date", "Dyddiad cwblhau’r MSAT"),
    ],
    weight: 10,
    minimumScore: 1,
    descriptors: threePoint(
      b("No statement and no MSAT.", "Dim datganiad a dim MSAT."),
      b("One of the two, current.", "Un o’r ddau, yn gyfredol."),
      b("A current statement and a recent MSAT with actions.", "Datganiad cyfredol ac MSAT diweddar gyda chamau gweithredu."),
    ),
  },
  {
    id: "outcome.data-centre-energy-water",
    rule: "OUTCOME",
    title: b("Energy and water use of the hosting data centres", "Defnydd ynni a dŵr y canolfannau data sy’n lletya’r gwasanaeth"),
    question: b(
      'Report, each quarter, the energy (kWh), water (litres) and "location-based" greenhouse gas emissions of the data centres that host the service, and their power usage effectiveness (PUE).',
      'Rhowch adroddiad, bob chwarter, ar ynni (kWh), dŵr (litrau) ac allyriadau nwyon tŷ gwydr "seiliedig ar leoliad" y canolfannau data sy’n lletya’r gwasanaeth, a’u heffeithiolrwydd defnyddio pŵer (PUE).',
    ),
    guidance: b(
      "Prefer measured figures to estimates; a PUE of 1.4 or lower, with water use reported for each site, scores highest.",
      "Dylid ffafrio ffigurau wedi’u mesur yn hytrach nag amcangyfrifon; mae PUE o 1.4 neu’n is, gyda defnydd dŵr wedi’i adrodd ar gyfer pob safle, yn sgorio uchaf.",
    ),
    evidence: [
      b("A sample quarterly energy and water report for each data centre", "Adroddiad chwarterol enghreifftiol ar ynni a dŵr ar gyfer pob canolfan ddata"),
      b("The method and emission factors used, for example the UK government's conversion factors", "Y dull a’r ffactorau allyriadau a ddefnyddiwyd, er enghraifft ffactorau trosi llywodraeth y DU"),
    ],
    weight: 20,
    descriptors: threePoint(
      b("No reporting offered.", "Dim adroddiadau’n cael eu cynnig."),
      b("Yearly estimates for the whole estate.", "Amcangyfrifon blynyddol ar gyfer yr ystad gyfan."),
      b("Measured quarterly figures for each site, including water, with a PUE of 1.4 or lower.", "Ffigurau chwarterol wedi’u mesur ar gyfer pob safle, gan gynnwys dŵr, gyda PUE o 1.4 neu’n is."),
    ),
  },
];

export const tenderCriteriaFixture: TenderCriteriaExport = {
  assessment: assessmentFixture,
  scale: scaleFixture,
  criteria: criteriaFixture,
  gates: [
    {
      id: "crp",
      kind: "carbon-reduction-plan",
      question: b(
        "Have you provided a Carbon Reduction Plan that meets WPPN 006, approved by a director and published on your website?",
        "A ydych wedi darparu Cynllun Lleihau Carbon sy’n bodloni WPPN 006, wedi’i gymeradwyo gan gyfarwyddwr a’i gyhoeddi ar eich gwefan?",
      ),
    },
    {
      id: "uk-data-residency",
      kind: "pass-fail",
      question: b("Will all council data be stored and processed in the UK?", "A fydd holl ddata’r cyngor yn cael ei storio a’i brosesu yn y DU?"),
    },
  ],
  generatedAt: "2026-05-01T09:30:00Z",
};

const ids = criteriaFixture.map((c) => c.id);
const scores = (...values: (number | null)[]) => Object.fromEntries(ids.map((id, i) => [id, values[i]]));
const leader = { name: "Cwmwl Glân Cyf.", total: 83.75, scores: [4, 3, 3, 3, 4, 3] };
const perCriterion = (own: (number | null)[], reasons: Record<number, Bilingual> = {}) =>
  ids.map((criterionId, i) => ({ criterionId, score: own[i], leaderScore: leader.scores[i], reasons: reasons[i] ? [reasons[i]] : [] }));

export const resultsFixture: ResultsExport = {
  assessment: assessmentFixture,
  criteria: criteriaFixture.map(({ id, rule, title, weight }) => ({ id, rule, title, weight })),
  scale: scaleFixture,
  ranked: [
    { supplierId: "sup-cwmwl", supplierName: leader.name, rank: 1, total: 83.75, perRule: { BR1: 36.25, BR2: 11.25, BR3: 21.25, OUTCOME: 15 }, scores: scores(...leader.scores) },
    { supplierId: "sup-severn", supplierName: 'Severn Data Services Ltd, trading as "Severn Cloud"', rank: 2, total: 71.25, perRule: { BR1: 30, BR2: 7.5, BR3: 18.75, OUTCOME: 15 }, scores: scores(3, 3, 2, 3, 3, 3) },
    { supplierId: "sup-mon", supplierName: "Gwasanaethau Data Môn Cyf.", rank: 3, total: 56.25, perRule: { BR1: 20, BR2: 11.25, BR3: 15, OUTCOME: 10 }, scores: scores(2, 2, 3, 2, 3, 2) },
  ],
  excluded: [
    {
      supplierId: "sup-horizon",
      supplierName: "Blue Horizon Cloud plc",
      reasons: [b("Does not meet the condition of participation: no Carbon Reduction Plan was provided.", "Nid yw’n bodloni’r amod cymryd rhan: ni ddarparwyd Cynllun Lleihau Carbon.")],
    },
  ],
  incomplete: [
    {
      supplierId: "sup-dyfed",
      supplierName: "Dyfed Digital Ltd",
      reasons: [
        b(
          "The evaluators' scores for br3.2020.modern-slavery differ by more than the threshold and have not been moderated yet.",
          "Mae sgorau’r gwerthuswyr ar gyfer br3.2020.modern-slavery yn amrywio mwy na’r trothwy ac nid ydynt wedi’u cymedroli eto.",
        ),
      ],
    },
  ],
  summaries: withSummaryDetails([
    { supplierId: "sup-cwmwl", supplierName: leader.name, rank: 1, total: 83.75, leaderName: leader.name, leaderTotal: leader.total, perCriterion: perCriterion(leader.scores, {
      0: b("Targets validated by the SBTi in 2025, and a published Carbon Reduction Plan.", "Targedau wedi’u dilysu gan yr SBTi yn 2025, a Chynllun Lleihau Carbon wedi’i gyhoeddi."),
    }) },
    {
      supplierId: "sup-severn",
      supplierName: 'Severn Data Services Ltd, trading as "Severn Cloud"',
      rank: 2,
      total: 71.25,
      leaderName: leader.name,
      leaderTotal: leader.total,
      perCriterion: perCriterion([3, 3, 2, 3, 3, 3], {
        0: b("A public net-zero commitment for 2045, with targets submitted to the SBTi but not yet validated.", "Ymrwymiad cyhoeddus i sero net erbyn 2045, gyda thargedau wedi’u cyflwyno i’r SBTi ond heb eu dilysu eto."),
        2: b("Landfill figures given, but reuse and recycling fell last year.", "Rhoddwyd ffigurau tirlenwi, ond gostyngodd ailddefnyddio ac ailgylchu y llynedd."),
        5: b("Quarterly energy figures for each site; water use is estimated, not measured.", "Ffigurau ynni chwarterol ar gyfer pob safle; amcangyfrif yw’r defnydd dŵr, nid mesuriad."),
      }),
    },
    { supplierId: "sup-mon", supplierName: "Gwasanaethau Data Môn Cyf.", rank: 3, total: 56.25, leaderName: leader.name, leaderTotal: leader.total, perCriterion: perCriterion([2, 2, 3, 2, 3, 2], {
      0: b("A commitment to net zero by 2050, without science-based targets.", "Ymrwymiad i sero net erbyn 2050, heb dargedau sy’n seiliedig ar wyddoniaeth."),
    }) },
    { supplierId: "sup-horizon", supplierName: "Blue Horizon Cloud plc", rank: null, total: null, leaderName: leader.name, leaderTotal: leader.total, perCriterion: perCriterion([2, 3, 3, 2, 2, null]) },
  ], criteriaFixture),
  generatedAt: "2026-07-03T14:05:00Z",
};

/**
 * The same tender with `count` ranked suppliers, as a large procurement has: for tests that the results stay
 * readable however many tenders there are. Summaries are left out; each would be a section of its own.
 */
export function manySuppliersFixture(count: number): ResultsExport {
  const ranked = Array.from({ length: count }, (_, i) => {
    const own = ids.map((_, c) => (i + c) % 5);
    const total = Math.round(((100 - (i * 90) / count) * 100)) / 100;
    return {
      supplierId: `sup-${String(i + 1).padStart(3, "0")}`,
      supplierName: `Cyflenwr Cwmwl ${i + 1} Cyf.`,
      rank: i + 1,
      total,
      perRule: { BR1: Math.round(total * 40) / 100, BR2: Math.round(total * 15) / 100, BR3: Math.round(total * 25) / 100, OUTCOME: Math.round(total * 20) / 100 },
      scores: scores(...own),
    };
  });
  return { ...resultsFixture, ranked, excluded: [], incomplete: [], summaries: [] };
}
