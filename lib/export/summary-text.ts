import { perLanguage } from "./format";
import type { Bilingual, Language, ScoreExplanation } from "./model";

/** The fixed text and sentences of an assessment summary, in English and Welsh. */
function b(en: string, cy: string): Bilingual {
  return { en, cy };
}

export const summaryLabels = {
  tenderReference: b("Tender reference", "Cyfeirnod y tendr"),
  contact: b("Contact", "Cyswllt"),
  identifier: b("Identifier", "Dynodydd"),
  outcome: b("Outcome", "Canlyniad"),
  howAssessed: b("How tenders were assessed", "Sut yr aseswyd y tendrau"),
  yourTender: b("Assessment of your tender", "Asesiad o’ch tendr"),
  mostAdvantageous: b("The most advantageous tender", "Y tendr mwyaf manteisiol"),
  equalTender: b("Another tender ranked first", "Tendr arall yn y safle cyntaf"),
  why: b("Why, in the evaluators' words", "Pam, yng ngeiriau’r gwerthuswyr"),
  consensus: b("Agreed at moderation", "Cytunwyd arno wrth gymedroli"),
  noExplanation: b("No explanation was recorded.", "Ni chofnodwyd esboniad."),
  subtotals: b("Sub-totals by business rule", "Is-gyfansymiau fesul rheol fusnes"),
  points: b("Points", "Pwyntiau"),
  outOf: b("Out of", "Allan o"),
  preScoreHeading: b("Supporting evidence: the automated pre-score", "Tystiolaeth ategol: y rhag-sgôr awtomataidd"),
  preScoreText: b(
    "These sentences come from the service's automatic reading of the structured evidence in the tender. They were suggestions for the evaluators: they are supporting evidence only, and not the reasons for the scores above.",
    "Daw’r brawddegau hyn o ddarlleniad awtomatig y gwasanaeth o’r dystiolaeth strwythuredig yn y tendr. Awgrymiadau i’r gwerthuswyr oeddent: tystiolaeth ategol yn unig ydynt, ac nid y rhesymau dros y sgorau uchod.",
  ),
  preScoreSentences: b("Automated pre-score (supporting evidence)", "Rhag-sgôr awtomataidd (tystiolaeth ategol)"),
  disregardedReasons: b("Why the tender was disregarded", "Pam y diystyrwyd y tendr"),
  notYetAssessedReasons: b("What is still to be assessed", "Beth sydd eto i’w asesu"),
} as const satisfies Record<string, Bilingual>;

const decimals = new Map<Language, Intl.NumberFormat>();
/** A total or sub-total as the rules engine gives it, always with two decimals: "58.50". */
export function formatTotal(value: number, lang: Language): string {
  let format = decimals.get(lang);
  if (!format) decimals.set(lang, (format = new Intl.NumberFormat(lang === "cy" ? "cy" : "en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 })));
  return format.format(value);
}

export function legalBasisText(citation: Bilingual): Bilingual {
  return perLanguage((lang) =>
    lang === "cy"
      ? `Rhoddir y crynodeb asesu hwn o dan ${citation.cy}. Mae’n esbonio sut yr aseswyd y tendr yn erbyn y meini prawf dyfarnu ac, ar gyfer tendr aflwyddiannus, sut yr aseswyd y tendr mwyaf manteisiol.`
      : `This assessment summary is given under ${citation.en}. It explains how the tender was assessed against the award criteria and, for an unsuccessful tender, how the most advantageous tender was assessed.`,
  );
}

export function standingText(
  standing: "most-advantageous" | "unsuccessful" | "disregarded" | "not-yet-assessed",
  values: { rank: number | null; total: number | null; leaderName: Bilingual | null; leaderTotal: number | null; equalFirst?: number },
): Bilingual {
  return perLanguage((lang) => {
    const total = values.total === null ? "" : formatTotal(values.total, lang);
    const leader = values.leaderName && values.leaderTotal !== null ? { name: values.leaderName[lang], total: formatTotal(values.leaderTotal, lang) } : null;
    const others = Math.max((values.equalFirst ?? 1) - 1, 0);
    if (lang === "cy") {
      switch (standing) {
        case "most-advantageous":
          if (others > 0) return `Mae eich tendr yn gydradd gyntaf ${others === 1 ? "gydag un tendr arall" : `gyda ${others} o dendrau eraill`}, pob un gyda chyfanswm sgôr o ${total} allan o 100. Nodir ${others === 1 ? "y tendr cyfartal arall" : "un o’r tendrau cyfartal eraill"} isod.`;
          return `Eich tendr chi yw’r tendr mwyaf manteisiol, gyda chyfanswm sgôr o ${total} allan o 100.`;
        case "unsuccessful":
          return `Roedd eich tendr yn safle ${values.rank ?? ""}, gyda chyfanswm sgôr o ${total} allan o 100.${leader ? ` Sgoriodd y tendr mwyaf manteisiol, gan ${leader.name}, ${leader.total} allan o 100.` : ""}`;
        case "disregarded":
          return "Ni wnaeth eich tendr fodloni’r amod isod, felly cafodd ei ddiystyru ac ni chafodd ei asesu ymhellach: nid oes ganddo gyfanswm na safle. Nid yw unrhyw sgorau a ddangosir yn cyfrif.";
        case "not-yet-assessed":
          return "Nid yw eich tendr wedi’i asesu’n llawn eto, felly nid oes ganddo gyfanswm na safle eto.";
      }
    }
    switch (standing) {
      case "most-advantageous":
        if (others > 0) return `Your tender shares first place with ${others === 1 ? "one other tender" : `${others} other tenders`}, each with a total score of ${total} out of 100. ${others === 1 ? "The other equal tender is" : "One of the other equal tenders is"} set out below.`;
        return `Your tender is the most advantageous tender, with a total score of ${total} out of 100.`;
      case "unsuccessful":
        return `Your tender was ranked ${values.rank ?? ""}, with a total score of ${total} out of 100.${leader ? ` The most advantageous tender, from ${leader.name}, scored ${leader.total} out of 100.` : ""}`;
      case "disregarded":
        return "Your tender did not meet the condition below, so it was disregarded and not assessed further: it has no total and no rank. Any scores shown do not count.";
      case "not-yet-assessed":
        return "Your tender has not been fully assessed yet, so it has no total and no rank yet.";
    }
  });
}

export function methodText(evaluators: number, threshold: number): Bilingual {
  return perLanguage((lang) =>
    lang === "cy"
      ? `Sgoriodd ${evaluators} ${evaluators === 1 ? "gwerthuswr" : "o werthuswyr"} bob maen prawf yn annibynnol ar y raddfa isod, yn ôl y cwestiwn a’r disgrifyddion. Pan oedd eu sgorau’n amrywio o fwy na’r trothwy (${threshold} ${threshold === 1 ? "pwynt" : "o bwyntiau"}), cytunwyd ar sgôr consensws gyda rhesymeg wrth gymedroli; fel arall, y sgôr y cytunwyd arni yw cymedr eu sgorau. Pwyntiau maen prawf yw ei bwysoliad × (sgôr y cytunwyd arni − pwynt isaf y raddfa) ÷ (pwynt uchaf − pwynt isaf); y cyfanswm allan o 100 yw swm y pwyntiau.`
      : `${evaluators} ${evaluators === 1 ? "evaluator" : "evaluators"} scored each criterion independently on the scale below, against its question and descriptors. Where their scores differed by more than ${threshold} ${threshold === 1 ? "point" : "points"}, they agreed a consensus score with a rationale at moderation; otherwise the agreed score is the mean of their scores. A criterion's points are its weight × (agreed score − lowest point of the scale) ÷ (highest point − lowest point); the total out of 100 is the sum of the points.`,
  );
}

export function criteriaDocumentText(reference: string): Bilingual {
  return perLanguage((lang) =>
    lang === "cy"
      ? `Mae’r meini prawf dyfarnu yn llawn — cwestiwn pob maen prawf, y dystiolaeth y gofynnwyd amdani a disgrifydd pob sgôr — yn y ddogfen meini prawf tendro ar gyfer ${reference}.`
      : `The full award criteria — each criterion's question, the evidence asked for and the descriptor of each score — are in the tender criteria document for ${reference}.`,
  );
}

export function fromSupplier(name: Bilingual, total: number | null): Bilingual {
  return perLanguage((lang) => {
    const score = total === null ? "" : formatTotal(total, lang);
    return lang === "cy" ? `Tendr gan ${name.cy}, gyda chyfanswm sgôr o ${score} allan o 100.` : `The tender from ${name.en}, with a total score of ${score} out of 100.`;
  });
}

/** The evaluators' words as one text, for a spreadsheet cell. */
export function explanationText(explanation: ScoreExplanation, lang: Language): string {
  if (explanation.kind === "consensus") return `${summaryLabels.consensus[lang]}: ${explanation.rationale}`;
  if (explanation.kind === "evaluators") return explanation.justifications.join("\n");
  return summaryLabels.noExplanation[lang];
}
