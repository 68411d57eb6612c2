import { bilingual as b } from "../text";
import type { BusinessRuleInfo, Criterion } from "./types";

export const outcomes: BusinessRuleInfo = {
  rule: "OUTCOME",
  title: b("Outcomes a buyer may add", "Canlyniadau y gall prynwr eu hychwanegu"),
  summary: b(
    "Further outcomes from the Greening Government ICT strategy that a buyer may add as criteria.",
    "Canlyniadau pellach o strategaeth TGCh Gwyrddu’r Llywodraeth y gall prynwr eu hychwanegu fel meini prawf.",
  ),
};

// The outcomes are broad; one set of descriptors fits them all.
const descriptors = {
  low: b("Not addressed.", "Heb fynd i’r afael ag ef."),
  middle: b("Partly addressed.", "Wedi mynd i’r afael ag ef yn rhannol."),
  high: b("Fully addressed, with evidence.", "Wedi mynd i’r afael ag ef yn llawn, gyda thystiolaeth."),
} as const;

function outcome(id: string, title: Criterion["title"], question: Criterion["question"], guidance: Criterion["guidance"], evidence: Criterion["title"]): Criterion {
  return { id, rule: "OUTCOME", level: "outcome", title, question, guidance, evidenceAskedFor: [evidence], suggestedDescriptors: descriptors };
}

export const outcomeCriteria: readonly Criterion[] = [
  outcome(
    "outcome.published-footprint",
    b("Published ICT footprint including embodied carbon", "Ôl troed TGCh wedi’i gyhoeddi, gan gynnwys carbon ymgorfforedig"),
    b(
      "Do you publish the footprint of the ICT you supply, including embodied carbon?",
      "A ydych yn cyhoeddi ôl troed y TGCh a gyflenwir gennych, gan gynnwys carbon ymgorfforedig?",
    ),
    b("Compare like with like: ask for the method and the factors used.", "Cymharwch debyg â thebyg: gofynnwch am y dull a’r ffactorau a ddefnyddiwyd."),
    b("Published footprint and its method", "Yr ôl troed a gyhoeddwyd a’r dull"),
  ),
  outcome(
    "outcome.sustainable-design",
    b("ICT designed with sustainability in mind", "TGCh a ddyluniwyd gyda chynaliadwyedd mewn golwg"),
    b(
      "How does your service follow the Technology Code of Practice on sustainability?",
      "Sut mae eich gwasanaeth yn dilyn y Cod Ymarfer Technoleg o ran cynaliadwyedd?",
    ),
    b(
      "Look for measurable design choices such as efficient hosting, data minimisation and longer device life.",
      "Chwiliwch am ddewisiadau dylunio mesuradwy fel lletya effeithlon, lleihau data ac oes hirach i ddyfeisiau.",
    ),
    b("Design decisions and their measured effect", "Penderfyniadau dylunio a’u heffaith wedi’i mesur"),
  ),
  outcome(
    "outcome.end-of-life-accounting",
    b("End-of-life accounting for all ICT", "Cyfrif am bob eitem TGCh ar ddiwedd ei hoes"),
    b("How do you account for every item of ICT at the end of its life?", "Sut rydych yn cyfrif am bob eitem TGCh ar ddiwedd ei hoes?"),
    b(
      "Ask for asset-level records and certificates of reuse, recycling or destruction.",
      "Gofynnwch am gofnodion fesul ased a thystysgrifau ailddefnyddio, ailgylchu neu ddinistrio.",
    ),
    b("End-of-life records", "Cofnodion diwedd oes"),
  ),
  outcome(
    "outcome.refurbished-improvement",
    b(
      "Annual improvement in remanufactured or refurbished ICT",
      "Gwelliant blynyddol yng nghyfran yr offer TGCh a ailweithgynhyrchwyd neu a adnewyddwyd",
    ),
    b(
      "By how much will the share of remanufactured or refurbished ICT improve in each year of the contract?",
      "Faint fydd cyfran yr offer TGCh a ailweithgynhyrchwyd neu a adnewyddwyd yn gwella ym mhob blwyddyn o’r contract?",
    ),
    b("Ask for a baseline and a yearly percentage target.", "Gofynnwch am linell sylfaen a tharged canrannol blynyddol."),
    b("Baseline and yearly targets", "Llinell sylfaen a thargedau blynyddol"),
  ),
  outcome(
    "outcome.supply-chain-stress-testing",
    b("Stress and scenario testing of supply chains", "Profion straen a senarios ar gadwyni cyflenwi"),
    b(
      "How do you test your supply chain against climate and other disruption?",
      "Sut rydych yn profi eich cadwyn gyflenwi yn erbyn tarfu gan newid yn yr hinsawdd ac achosion eraill?",
    ),
    b("Credit tested scenarios and the actions that followed.", "Rhowch gredyd am senarios a brofwyd a’r camau a gymerwyd wedyn."),
    b("Scenario tests and their results", "Profion senario a’u canlyniadau"),
  ),
  outcome(
    "outcome.sustainable-ict-training",
    b("Sustainable ICT training", "Hyfforddiant TGCh cynaliadwy"),
    b(
      "What sustainable ICT training do your staff on this contract receive?",
      "Pa hyfforddiant TGCh cynaliadwy y mae eich staff ar y contract hwn yn ei gael?",
    ),
    b(
      "Ask for the content, how many staff take it and how often.",
      "Gofynnwch am y cynnwys, faint o staff sy’n ei gael a pha mor aml.",
    ),
    b("Training records", "Cofnodion hyfforddiant"),
  ),
];
