import { bilingual as b } from "../text";
import type { BusinessRuleInfo, Criterion } from "./types";

export const rule1: BusinessRuleInfo = {
  rule: "BR1",
  title: b("Net zero by 2050 or sooner", "Sero net erbyn 2050 neu’n gynt"),
  summary: b(
    "Suppliers commit to science-based net-zero targets in line with the Paris Agreement, with mitigation and adaptation strategies (2020), then show a road map with proven progress and seek a carbon-positive outcome (2025).",
    "Mae cyflenwyr yn ymrwymo i dargedau sero net sy’n seiliedig ar wyddoniaeth ac yn unol â Chytundeb Paris, gyda strategaethau lliniaru ac addasu (2020), ac yna’n dangos map ffordd gyda chynnydd profedig ac yn ceisio tynnu mwy o garbon nag a allyrrir (2025).",
  ),
};

export const rule1Criteria: readonly Criterion[] = [
  {
    id: "br1.2020.net-zero-commitment",
    rule: "BR1",
    level: "2020",
    title: b("Commitment to science-based net-zero targets", "Ymrwymiad i dargedau sero net sy’n seiliedig ar wyddoniaeth"),
    question: b(
      "Describe your commitment to reach net zero by 2050 or sooner, with science-based targets in line with the Paris Agreement (or our own target, if sooner).",
      "Disgrifiwch eich ymrwymiad i gyrraedd sero net erbyn 2050 neu’n gynt, gyda thargedau sy’n seiliedig ar wyddoniaeth ac yn unol â Chytundeb Paris (neu ein targed ni, os yw’n gynt).",
    ),
    guidance: b(
      "Look for targets validated by the Science Based Targets initiative (SBTi) and a Carbon Reduction Plan that meets PPN 006 / WPPN 006. A commitment the SBTi has removed counts as no commitment.",
      "Chwiliwch am dargedau wedi’u dilysu gan y Fenter Targedau sy’n Seiliedig ar Wyddoniaeth (SBTi) a Chynllun Lleihau Carbon sy’n bodloni PPN 006 / WPPN 006. Nid yw ymrwymiad y mae’r SBTi wedi’i ddileu yn cyfrif fel ymrwymiad.",
    ),
    evidenceAskedFor: [
      b("SBTi status and the date it was checked", "Statws SBTi a’r dyddiad y cafodd ei wirio"),
      b("Carbon Reduction Plan and the web page where it is published", "Cynllun Lleihau Carbon a’r dudalen we lle mae wedi’i gyhoeddi"),
    ],
    suggestedDescriptors: {
      low: b("No net-zero commitment, or a target later than 2050.", "Dim ymrwymiad sero net, neu darged yn hwyrach na 2050."),
      middle: b(
        "A public commitment to net zero by 2050 with a plan, but targets not yet validated.",
        "Ymrwymiad cyhoeddus i sero net erbyn 2050 gyda chynllun, ond nid yw’r targedau wedi’u dilysu eto.",
      ),
      high: b(
        "Validated science-based near-term and net-zero targets and a complete Carbon Reduction Plan.",
        "Targedau tymor agos a sero net wedi’u dilysu ar sail gwyddoniaeth, a Chynllun Lleihau Carbon cyflawn.",
      ),
    },
    preScoreMethod: "br1-net-zero-commitment",
  },
  {
    id: "br1.2020.mitigation-adaptation",
    rule: "BR1",
    level: "2020",
    title: b("Carbon mitigation and adaptation strategies", "Strategaethau lliniaru carbon ac addasu i’r hinsawdd"),
    question: b(
      "Describe your strategies to reduce emissions from your operations and to adapt your services to a changing climate.",
      "Disgrifiwch eich strategaethau i leihau allyriadau o’ch gweithrediadau ac i addasu eich gwasanaethau i hinsawdd sy’n newid.",
    ),
    guidance: b(
      "Credit reduction targets, environmental management measures (for example ISO 14001) and independent recognition such as the Carbon Trust Route to Net Zero Standard.",
      "Rhowch gredyd am dargedau lleihau, mesurau rheoli amgylcheddol (er enghraifft ISO 14001) a chydnabyddiaeth annibynnol fel Safon Llwybr at Sero Net yr Ymddiriedolaeth Garbon.",
    ),
    evidenceAskedFor: [
      b("Reduction targets and projects", "Targedau a phrosiectau lleihau"),
      b("ISO 14001 certificate", "Tystysgrif ISO 14001"),
      b("Carbon Trust Route to Net Zero certificate", "Tystysgrif Llwybr at Sero Net yr Ymddiriedolaeth Garbon"),
    ],
    suggestedDescriptors: {
      low: b("No strategy.", "Dim strategaeth."),
      middle: b("Some measures in place, without measurable targets.", "Rhai mesurau ar waith, heb dargedau mesuradwy."),
      high: b(
        "Measurable targets, certified environmental management and an adaptation plan.",
        "Targedau mesuradwy, rheolaeth amgylcheddol ardystiedig a chynllun addasu.",
      ),
    },
    preScoreMethod: "br1-mitigation-adaptation",
  },
  {
    id: "br1.2025.roadmap-progress",
    rule: "BR1",
    level: "2025",
    title: b("Net-zero road map with proven progress", "Map ffordd at sero net gyda chynnydd profedig"),
    question: b(
      "Provide your road map and action plan to net zero and show the progress you have made against your baseline.",
      "Rhowch eich map ffordd a’ch cynllun gweithredu at sero net, a dangoswch y cynnydd a wnaethoch o’i gymharu â’ch llinell sylfaen.",
    ),
    guidance: b(
      "Compare reported emissions with the baseline year; validated net-zero targets and a complete Carbon Reduction Plan support the score.",
      "Cymharwch yr allyriadau a adroddwyd â blwyddyn y llinell sylfaen; mae targedau sero net wedi’u dilysu a Chynllun Lleihau Carbon cyflawn yn cefnogi’r sgôr.",
    ),
    evidenceAskedFor: [
      b("Road map and action plan", "Map ffordd a chynllun gweithredu"),
      b(
        "Baseline and current emissions (Scope 1, 2 and 3)",
        "Allyriadau’r llinell sylfaen a’r allyriadau presennol (Cwmpas 1, 2 a 3)",
      ),
    ],
    suggestedDescriptors: {
      low: b("No road map, or no progress shown.", "Dim map ffordd, neu ddim cynnydd wedi’i ddangos."),
      middle: b("A road map with some measured reductions.", "Map ffordd gyda rhai gostyngiadau wedi’u mesur."),
      high: b(
        "A road map on track, with substantial reductions against the baseline.",
        "Map ffordd ar y trywydd iawn, gyda gostyngiadau sylweddol o’i gymharu â’r llinell sylfaen.",
      ),
    },
    preScoreMethod: "br1-roadmap-progress",
  },
  {
    id: "br1.2025.carbon-positive",
    rule: "BR1",
    level: "2025",
    title: b("Carbon-positive or net-gain outcome", "Tynnu mwy o garbon nag a allyrrir, neu fudd net"),
    question: b(
      "Describe how the service will remove more carbon than it emits, or achieve another net gain for the environment.",
      "Disgrifiwch sut y bydd y gwasanaeth yn tynnu mwy o garbon nag y mae’n ei allyrru, neu’n sicrhau budd net arall i’r amgylchedd.",
    ),
    guidance: b(
      "Credit measured removals or net gains beyond the supplier's own reductions; offsetting alone does not count.",
      "Rhowch gredyd am waredu neu fudd net wedi’i fesur y tu hwnt i ostyngiadau’r cyflenwr ei hun; nid yw gwrthbwyso ar ei ben ei hun yn cyfrif.",
    ),
    evidenceAskedFor: [b("Measured removals or net gains, with the method", "Gwaredu neu fudd net wedi’i fesur, gyda’r dull")],
    suggestedDescriptors: {
      low: b("No plan beyond reductions.", "Dim cynllun y tu hwnt i ostyngiadau."),
      middle: b("Planned, not yet measured.", "Wedi’i gynllunio, heb ei fesur eto."),
      high: b("Measured and independently verified.", "Wedi’i fesur a’i wirio’n annibynnol."),
    },
  },
];
