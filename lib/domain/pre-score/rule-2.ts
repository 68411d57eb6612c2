import { dateInWords } from "../dates";
import { combine, component, percentText, yesNo, type Component, type PreScoreContext, type Strength } from "./components";

/** Landfill above 10 % earns nothing; the 2020 rule's aim is 0 %. */
const LANDFILL_ZERO_CREDIT_PERCENT = 10;
/** Half of all kit remanufactured or refurbished earns full credit for the share. */
const REFURBISHED_FULL_CREDIT_PERCENT = 50;

function increase(
  share: number,
  current: number | undefined,
  previous: number | undefined,
  code: string,
  what: { en: string; cy: string },
): Component {
  if (current === undefined || previous === undefined) {
    return component(share, 0, `${code}_UNKNOWN`, {
      en: `No ${what.en} figures for both this year and last.`,
      cy: `Dim ffigurau ${what.cy} ar gyfer eleni a’r llynedd.`,
    });
  }
  const from = percentText(previous);
  const to = percentText(current);
  // Nothing can rise past 100 %, so staying there counts as keeping up the increase.
  if (current > previous || current >= 100) {
    return component(share, 1, `${code}_RISING`, {
      en: `${what.en[0].toUpperCase()}${what.en.slice(1)}: from ${from} to ${to}.`,
      cy: `${what.cy[0].toUpperCase()}${what.cy.slice(1)}: o ${from} i ${to}.`,
    }, { previous, current });
  }
  return component(share, 0, `${code}_NOT_RISING`, {
    en: `${what.en[0].toUpperCase()}${what.en.slice(1)} did not rise: from ${from} to ${to}.`,
    cy: `Ni chynyddodd ${what.cy}: o ${from} i ${to}.`,
  }, { previous, current });
}

/** 2020: share to landfill (60 %) and a yearly rise in reuse and recycling (40 %). */
export function zeroLandfill(context: PreScoreContext): Strength {
  const waste = context.evidence.waste ?? {};
  const landfill = waste.percentLandfilled;
  const landfillComponent =
    landfill === undefined
      ? component(0.6, 0, "LANDFILL_UNKNOWN", { en: "No landfill figure given.", cy: "Ni roddwyd ffigur tirlenwi." })
      : component(0.6, 1 - landfill / LANDFILL_ZERO_CREDIT_PERCENT, "LANDFILL", {
          en: `${percentText(landfill)} of e-waste goes to landfill.`,
          cy: `Mae ${percentText(landfill)} o’r gwastraff electronig yn mynd i safleoedd tirlenwi.`,
        }, { percentLandfilled: landfill });
  return combine([
    landfillComponent,
    increase(0.4, waste.percentReusedOrRecycled, waste.percentReusedOrRecycledPreviousYear, "REUSE_RECYCLING", {
      en: "reuse and recycling",
      cy: "ailddefnyddio ac ailgylchu",
    }),
  ]);
}

const epeatValue = { gold: 1, silver: 0.75, bronze: 0.5 } as const;
const epeatName = { gold: { en: "Gold", cy: "Aur" }, silver: { en: "Silver", cy: "Arian" }, bronze: { en: "Bronze", cy: "Efydd" } } as const;

/** 2020: three circular policies (20 % each) and certified products (40 %). */
export function circularDesign(context: PreScoreContext): Strength {
  const policies = context.evidence.policies ?? {};
  const { epeat, tcoCertified } = context.evidence;
  let certified: Component;
  if (tcoCertified && (!epeat || epeat.tier !== "gold")) {
    certified = component(0.4, 1, "TCO_CERTIFIED", {
      en: `TCO Certified products (as at ${dateInWords(tcoCertified.asAt, "en")}).`,
      cy: `Cynhyrchion TCO Certified (fel yr oedd ar ${dateInWords(tcoCertified.asAt, "cy")}).`,
    }, { asAt: tcoCertified.asAt });
  } else if (epeat) {
    certified = component(0.4, epeatValue[epeat.tier], "EPEAT", {
      en: `EPEAT ${epeatName[epeat.tier].en} products (as at ${dateInWords(epeat.asAt, "en")}).`,
      cy: `Cynhyrchion EPEAT ${epeatName[epeat.tier].cy} (fel yr oedd ar ${dateInWords(epeat.asAt, "cy")}).`,
    }, { tier: epeat.tier, asAt: epeat.asAt });
  } else {
    certified = component(0.4, 0, "NO_PRODUCT_CERTIFICATION", {
      en: "No current EPEAT or TCO Certified products.",
      cy: "Dim cynhyrchion EPEAT neu TCO Certified cyfredol.",
    });
  }
  return combine([
    yesNo(0.2, policies.circularIctPolicy, "CIRCULAR_POLICY",
      { en: "Circular ICT policy in place.", cy: "Polisi TGCh cylchol ar waith." },
      { en: "No circular ICT policy.", cy: "Dim polisi TGCh cylchol." }),
    yesNo(0.2, policies.designedForDurabilityRepairAndRecycling, "DESIGNED_FOR_DURABILITY",
      { en: "Products designed for durability, repair and recycling.", cy: "Cynhyrchion wedi’u dylunio i fod yn wydn ac yn hawdd eu trwsio a’u hailgylchu." },
      { en: "Design for durability, repair and recycling not shown.", cy: "Dim tystiolaeth o ddylunio ar gyfer gwydnwch, trwsio ac ailgylchu." }),
    yesNo(0.2, policies.problematicSubstancesPhasedOut, "SUBSTANCES_PHASED_OUT",
      { en: "Problematic substances phased out.", cy: "Sylweddau problemus wedi’u dileu’n raddol." },
      { en: "Problematic substances not phased out.", cy: "Nid yw sylweddau problemus wedi’u dileu’n raddol." }),
    certified,
  ]);
}

/** 2025: zero-waste, recycled-content and no-single-use-plastics targets, a third each. */
export function zeroWasteTargets(context: PreScoreContext): Strength {
  const policies = context.evidence.policies ?? {};
  return combine([
    yesNo(1 / 3, policies.zeroWasteTarget, "ZERO_WASTE_TARGET",
      { en: "Zero-waste target set.", cy: "Targed dim gwastraff wedi’i osod." },
      { en: "No zero-waste target.", cy: "Nid oes targed dim gwastraff." }),
    yesNo(1 / 3, policies.recycledContentTarget, "RECYCLED_CONTENT_TARGET",
      { en: "Recycled-content target set.", cy: "Targed cynnwys wedi’i ailgylchu wedi’i osod." },
      { en: "No recycled-content target.", cy: "Nid oes targed cynnwys wedi’i ailgylchu." }),
    yesNo(1 / 3, policies.noSingleUsePlastics, "NO_SINGLE_USE_PLASTICS",
      { en: "No single-use plastics.", cy: "Dim plastigau untro." },
      { en: "Single-use plastics still used.", cy: "Mae plastigau untro yn dal i gael eu defnyddio." }),
  ]);
}

/** 2025: share of remanufactured or refurbished kit (60 %) and its yearly rise (40 %). */
export function refurbishedRemanufactured(context: PreScoreContext): Strength {
  const waste = context.evidence.waste ?? {};
  const share = waste.percentRefurbishedOrRemanufactured;
  const shareComponent =
    share === undefined
      ? component(0.6, 0, "REFURBISHED_UNKNOWN", {
          en: "No figure for remanufactured or refurbished equipment.",
          cy: "Dim ffigur ar gyfer offer wedi’i ailweithgynhyrchu neu ei adnewyddu.",
        })
      : component(0.6, share / REFURBISHED_FULL_CREDIT_PERCENT, "REFURBISHED", {
          en: `${percentText(share)} of equipment is remanufactured or refurbished.`,
          cy: `Mae ${percentText(share)} o’r offer wedi’i ailweithgynhyrchu neu ei adnewyddu.`,
        }, { percent: share });
  return combine([
    shareComponent,
    increase(0.4, share, waste.percentRefurbishedOrRemanufacturedPreviousYear, "REFURBISHED_SHARE", {
      en: "remanufactured or refurbished share",
      cy: "cyfran yr offer wedi’i ailweithgynhyrchu neu ei adnewyddu",
    }),
  ]);
}
