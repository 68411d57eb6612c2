import { exact, round, sub } from "@/lib/domain/exact";
import { formatDateTime, formatNumber, formatPoints, perLanguage } from "./format";
import { labels } from "./labels";
import type { Bilingual, ExportAssessment } from "./model";

/** Fixed text with values in it, in English and Welsh, numbers and dates formatted for each language. */

/** "Greening Government ICT business rules (version 1.0.0), 2020 baseline": the framework by name, never by its id. */
export function frameworkText(framework: ExportAssessment["framework"]): Bilingual {
  const level = framework.level === "2025" ? labels.level2025 : labels.level2020;
  return perLanguage((lang) => `${labels.frameworkName[lang]} (${lang === "cy" ? "fersiwn" : "version"} ${framework.version}), ${level[lang]}`);
}

/** "Criteria 1 to 8" / "Meini prawf 1 i 8", over a part of a table too wide for one page. */
export function criteriaRange(from: number, to: number): Bilingual {
  return perLanguage((lang) => (lang === "cy" ? `Meini prawf ${from} i ${to}` : `Criteria ${from} to ${to}`));
}

export function deadlineText(iso: string): Bilingual {
  return perLanguage((lang) => formatDateTime(iso, lang));
}

/** A column heading with the most a score can be: "Score (out of 4)" / "Sgôr (allan o 4)". */
export function outOfHeading(label: Bilingual, max: number): Bilingual {
  return perLanguage((lang) => `${label[lang]} (${lang === "cy" ? "allan o" : "out of"} ${formatNumber(max, lang)})`);
}

export function ruleSubtotalHeading(ruleName: Bilingual, weight: number): Bilingual {
  return perLanguage((lang) =>
    lang === "cy" ? `${ruleName.cy} (allan o ${formatNumber(weight, lang)})` : `${ruleName.en} (out of ${formatNumber(weight, lang)})`,
  );
}

export function numbered(n: number, title: Bilingual): Bilingual {
  return perLanguage((lang) => `${n}. ${title[lang]}`);
}

export function titled(prefix: Bilingual, title: Bilingual): Bilingual {
  return perLanguage((lang) => `${prefix[lang]}: ${title[lang]}`);
}

export function position(rank: number, total: number): Bilingual {
  return perLanguage((lang) =>
    lang === "cy"
      ? `Safle ${formatNumber(rank, lang)}, gyda chyfanswm sgôr o ${formatPoints(total, lang)} allan o 100.`
      : `Position ${formatNumber(rank, lang)}, with a total score of ${formatPoints(total, lang)} out of 100.`,
  );
}

export function leaderComparison(leaderName: string, leaderTotal: number, total: number | null): Bilingual {
  // Exact difference of the two totals as shown, rounded once (lib/domain/exact.ts).
  const gap = total === null ? null : round(sub(exact(leaderTotal), exact(total)), 2);
  return perLanguage((lang) => {
    const leader = formatPoints(leaderTotal, lang);
    if (lang === "cy") {
      const behind = gap === null ? "" : ` Mae hynny ${formatPoints(gap, lang)} pwynt yn uwch na’r tendr hwn.`;
      return `Sgoriodd y tendr sydd ar y blaen, gan ${leaderName}, ${leader} allan o 100.${behind}`;
    }
    const behind = gap === null ? "" : ` That is ${formatPoints(gap, lang)} points more than this tender.`;
    return `The leading tender, from ${leaderName}, scored ${leader} out of 100.${behind}`;
  });
}

/** OCDS: what each evidence requirement is for. */
export function evidenceFor(criterionTitle: Bilingual): Bilingual {
  return perLanguage((lang) =>
    lang === "cy"
      ? `Rhowch y dystiolaeth hon gyda’ch ateb i’r maen prawf “${criterionTitle.cy}”.`
      : `Provide this evidence with your answer to the criterion “${criterionTitle.en}”.`,
  );
}

/** The share of the total award these criteria carry beside price and any other criteria, and what a weight is a share of. */
export function awardShareNote(share: number | null): Bilingual {
  if (share === null) {
    return {
      en: "The share of the total award these criteria carry has not been set. Each weight is a percentage of these criteria only.",
      cy: "Nid yw cyfran y dyfarniad cyfan y mae’r meini prawf hyn yn ei chario wedi’i gosod. Mae pob pwysoliad yn ganran o’r meini prawf hyn yn unig.",
    };
  }
  return {
    en: `These criteria carry ${share}% of the total award; price and any other criteria carry the rest. Each weight is a percentage of that ${share}%.`,
    cy: `Mae’r meini prawf hyn yn cario ${share}% o’r dyfarniad cyfan; mae pris ac unrhyw feini prawf eraill yn cario’r gweddill. Mae pob pwysoliad yn ganran o’r ${share}% hwnnw.`,
  };
}
