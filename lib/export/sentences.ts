import { exact, round, sub } from "@/lib/domain/exact";
import { formatDateTime, formatNumber, perLanguage } from "./format";
import { labels } from "./labels";
import type { Bilingual, ExportAssessment } from "./model";

/** Fixed text with values in it, in English and Welsh, numbers and dates formatted for each language. */

export function frameworkText(framework: ExportAssessment["framework"]): Bilingual {
  const level = framework.level === "2025" ? labels.level2025 : labels.level2020;
  return perLanguage((lang) => `${labels.frameworkName[lang]} (${framework.id} ${framework.version}), ${level[lang]}`);
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
      ? `Safle ${formatNumber(rank, lang)}, gyda chyfanswm sgôr o ${formatNumber(total, lang)} allan o 100.`
      : `Position ${formatNumber(rank, lang)}, with a total score of ${formatNumber(total, lang)} out of 100.`,
  );
}

export function leaderComparison(leaderName: string, leaderTotal: number, total: number | null): Bilingual {
  // Exact difference of the two totals as shown, rounded once (lib/domain/exact.ts).
  const gap = total === null ? null : round(sub(exact(leaderTotal), exact(total)), 2);
  return perLanguage((lang) => {
    const leader = formatNumber(leaderTotal, lang);
    if (lang === "cy") {
      const behind = gap === null ? "" : ` Mae hynny ${formatNumber(gap, lang)} pwynt yn uwch na'r tendr hwn.`;
      return `Sgoriodd y tendr sydd ar y blaen, gan ${leaderName}, ${leader} allan o 100.${behind}`;
    }
    const behind = gap === null ? "" : ` That is ${formatNumber(gap, lang)} points more than this tender.`;
    return `The leading tender, from ${leaderName}, scored ${leader} out of 100.${behind}`;
  });
}

/** OCDS: what each evidence requirement is for. */
export function evidenceFor(criterionTitle: Bilingual): Bilingual {
  return perLanguage((lang) =>
    lang === "cy"
      ? `Rhowch y dystiolaeth hon gyda'ch ateb i'r maen prawf “${criterionTitle.cy}”.`
      : `Provide this evidence with your answer to the criterion “${criterionTitle.en}”.`,
  );
}
