import { bilingual as b } from "../text";
import type { BusinessRuleInfo, Criterion } from "./types";

export const rule2: BusinessRuleInfo = {
  rule: "BR2",
  title: b("Circular economy (resources and waste)", "Economi gylchol (adnoddau a gwastraff)"),
  summary: b(
    "No ICT waste to landfill, circular ICT policies and products designed for durability, maintenance and recycling (2020); zero-waste and recycled-content targets, no single-use plastics and a yearly increase in remanufactured or refurbished equipment (2025).",
    "Dim gwastraff TGCh i safleoedd tirlenwi, polisïau TGCh cylchol a chynhyrchion wedi’u dylunio i fod yn wydn, yn hawdd eu cynnal a’u hailgylchu (2020); targedau dim gwastraff a chynnwys wedi’i ailgylchu, dim plastigau untro a chynnydd blynyddol mewn offer wedi’i ailweithgynhyrchu neu ei adnewyddu (2025).",
  ),
};

export const rule2Criteria: readonly Criterion[] = [
  {
    id: "br2.2020.zero-landfill",
    rule: "BR2",
    level: "2020",
    title: b(
      "Zero waste to landfill and more reuse and recycling",
      "Dim gwastraff i safleoedd tirlenwi a mwy o ailddefnyddio ac ailgylchu",
    ),
    question: b(
      "What share of the ICT waste from this contract goes to landfill, and how are reuse and recycling increasing each year?",
      "Pa gyfran o’r gwastraff TGCh o’r contract hwn sy’n mynd i safleoedd tirlenwi, a sut mae ailddefnyddio ac ailgylchu’n cynyddu bob blwyddyn?",
    ),
    guidance: b(
      "The 2020 rule expects 0% to landfill and a yearly increase in reuse and recycling. Ask for percentages by weight.",
      "Mae rheol 2020 yn disgwyl 0% i safleoedd tirlenwi a chynnydd blynyddol mewn ailddefnyddio ac ailgylchu. Gofynnwch am ganrannau yn ôl pwysau.",
    ),
    evidenceAskedFor: [
      b(
        "% of e-waste reused, recycled and landfilled, this year and last",
        "% o’r gwastraff electronig a ailddefnyddiwyd, a ailgylchwyd ac a anfonwyd i safleoedd tirlenwi, eleni a’r llynedd",
      ),
    ],
    suggestedDescriptors: {
      low: b("Waste goes to landfill; no figures.", "Mae gwastraff yn mynd i safleoedd tirlenwi; dim ffigurau."),
      middle: b(
        "Little landfill, but reuse and recycling are not increasing.",
        "Ychydig o dirlenwi, ond nid yw ailddefnyddio ac ailgylchu’n cynyddu.",
      ),
      high: b(
        "0% to landfill, with reuse and recycling rising every year.",
        "0% i safleoedd tirlenwi, gydag ailddefnyddio ac ailgylchu’n cynyddu bob blwyddyn.",
      ),
    },
    preScoreMethod: "br2-zero-landfill",
  },
  {
    id: "br2.2020.circular-design",
    rule: "BR2",
    level: "2020",
    title: b("Circular ICT policies and product design", "Polisïau TGCh cylchol a dylunio cynhyrchion"),
    question: b(
      "Describe your circular ICT policies and how your products are designed for durability, maintenance and recycling, with problematic substances phased out.",
      "Disgrifiwch eich polisïau TGCh cylchol a sut mae eich cynhyrchion wedi’u dylunio i fod yn wydn, yn hawdd eu cynnal a’u hailgylchu, gan ddileu sylweddau problemus yn raddol.",
    ),
    guidance: b(
      "EPEAT or TCO Certified products are good evidence of design for durability and of restricted substances.",
      "Mae cynhyrchion EPEAT neu TCO Certified yn dystiolaeth dda o ddylunio ar gyfer gwydnwch ac o gyfyngu ar sylweddau.",
    ),
    evidenceAskedFor: [
      b("Circular ICT policy", "Polisi TGCh cylchol"),
      b("EPEAT tier or TCO Certified certificates", "Haen EPEAT neu dystysgrifau TCO Certified"),
    ],
    suggestedDescriptors: {
      low: b("No circular policy.", "Dim polisi cylchol."),
      middle: b("A policy, partly applied to products.", "Polisi, wedi’i gymhwyso’n rhannol i gynhyrchion."),
      high: b(
        "A policy applied across products, certified by EPEAT Gold or TCO Certified.",
        "Polisi wedi’i gymhwyso i bob cynnyrch, wedi’i ardystio gan EPEAT Aur neu TCO Certified.",
      ),
    },
    preScoreMethod: "br2-circular-design",
  },
  {
    id: "br2.2025.zero-waste-targets",
    rule: "BR2",
    level: "2025",
    title: b(
      "Zero-waste, recycled-content and single-use plastic targets",
      "Targedau dim gwastraff, cynnwys wedi’i ailgylchu a phlastig untro",
    ),
    question: b(
      "What are your targets for zero waste and for recycled content, and how have you removed single-use plastics?",
      "Beth yw eich targedau ar gyfer dim gwastraff ac ar gyfer cynnwys wedi’i ailgylchu, a sut rydych wedi cael gwared ar blastigau untro?",
    ),
    guidance: b(
      "Credit each target that is published and measurable.",
      "Rhowch gredyd am bob targed sydd wedi’i gyhoeddi ac sy’n fesuradwy.",
    ),
    evidenceAskedFor: [b("Published targets and progress", "Targedau wedi’u cyhoeddi a’r cynnydd")],
    suggestedDescriptors: {
      low: b("No targets.", "Dim targedau."),
      middle: b("Some targets.", "Rhai targedau."),
      high: b("All three targets set and reported on.", "Y tri tharged wedi’u gosod, gydag adroddiadau ar y cynnydd."),
    },
    preScoreMethod: "br2-zero-waste-targets",
  },
  {
    id: "br2.2025.refurbished-remanufactured",
    rule: "BR2",
    level: "2025",
    title: b("Remanufactured and refurbished equipment", "Offer wedi’i ailweithgynhyrchu a’i adnewyddu"),
    question: b(
      "What share of the equipment you supply or lease is remanufactured or refurbished, and how is it increasing each year?",
      "Pa gyfran o’r offer rydych yn ei gyflenwi neu’n ei brydlesu sydd wedi’i ailweithgynhyrchu neu ei adnewyddu, a sut mae’n cynyddu bob blwyddyn?",
    ),
    guidance: b(
      "The 2025 rule expects a yearly increase in remanufactured or refurbished equipment bought or leased.",
      "Mae rheol 2025 yn disgwyl cynnydd blynyddol yn yr offer wedi’i ailweithgynhyrchu neu ei adnewyddu a brynir neu a brydlesir.",
    ),
    evidenceAskedFor: [
      b(
        "% of equipment remanufactured or refurbished, this year and last",
        "% o’r offer a ailweithgynhyrchwyd neu a adnewyddwyd, eleni a’r llynedd",
      ),
    ],
    suggestedDescriptors: {
      low: b("None offered.", "Dim wedi’i gynnig."),
      middle: b("Offered, without a yearly increase.", "Wedi’i gynnig, heb gynnydd blynyddol."),
      high: b("A large and rising share.", "Cyfran fawr sy’n cynyddu."),
    },
    preScoreMethod: "br2-refurbished-remanufactured",
  },
];
