import type { Bilingual, BusinessRuleKey, ExportGate, Language, Nation } from "./model";

/** The fixed text of every export, in English and Welsh. Sentences with values are in `./sentences`. */
function b(en: string, cy: string): Bilingual {
  return { en, cy };
}

export const labels = {
  // Document titles and sections
  tenderCriteria: b("Tender criteria", "Meini prawf tendro"),
  results: b("Results", "Canlyniadau"),
  assessmentSummary: b("Assessment summary", "Crynodeb asesu"),
  assessmentSummaries: b("Assessment summaries", "Crynodebau asesu"),
  procurementDetails: b("About this procurement", "Manylion y caffael"),
  howScored: b("How responses will be scored", "Sut y caiff ymatebion eu sgorio"),
  scoringScale: b("Scoring scale", "Graddfa sgorio"),
  criteriaAndWeights: b("Criteria and weights", "Meini prawf a phwysoliadau"),
  criteria: b("Criteria", "Meini prawf"),
  passFailConditions: b("Pass or fail conditions", "Amodau pasio neu fethu"),
  ranking: b("Ranking of tenders", "Safle’r tendrau"),
  scoresByCriterion: b("Scores by criterion", "Sgorau fesul maen prawf"),
  excludedSuppliers: b("Tenders disregarded", "Tendrau a ddiystyrwyd"),
  incompleteSuppliers: b("Suppliers not yet fully assessed", "Cyflenwyr nad ydynt wedi’u hasesu’n llawn eto"),
  comparisonWithLeader: b("Comparison with the leading tender", "Cymharu â’r tendr sydd ar y blaen"),

  // Details of the procurement
  reference: b("Reference", "Cyfeirnod"),
  title: b("Title", "Teitl"),
  description: b("Description", "Disgrifiad"),
  buyer: b("Buyer", "Prynwr"),
  nation: b("Nation", "Gwlad"),
  deadline: b("Deadline for responses", "Dyddiad cau ar gyfer ymatebion"),
  annualValue: b("Estimated annual contract value (including VAT)", "Amcangyfrif o werth blynyddol y contract (gan gynnwys TAW)"),
  framework: b("Criteria framework", "Fframwaith meini prawf"),
  frameworkName: b("Greening Government ICT business rules", "Rheolau busnes TGCh Gwyrddu’r Llywodraeth"),
  level2020: b("2020 baseline", "Llinell sylfaen 2020"),
  level2025: b("2025 level", "Lefel 2025"),
  carbonReductionPlan: b("Carbon Reduction Plan", "Cynllun Lleihau Carbon"),
  crpRequired: b("Suppliers must provide a Carbon Reduction Plan.", "Rhaid i gyflenwyr ddarparu Cynllun Lleihau Carbon."),
  crpNotRequired: b("A Carbon Reduction Plan is not required.", "Nid oes angen Cynllun Lleihau Carbon."),
  produced: b("Produced", "Dyddiad llunio"),
  supplier: b("Supplier", "Cyflenwr"),
  details: b("Details", "Manylion"),
  detail: b("Detail", "Manylyn"),
  value: b("Value", "Gwerth"),

  // Criteria
  criterion: b("Criterion", "Maen prawf"),
  number: b("No.", "Rhif"),
  businessRule: b("Business rule", "Rheol fusnes"),
  question: b("Question", "Cwestiwn"),
  guidance: b("Guidance", "Canllawiau"),
  evidence: b("Evidence asked for", "Tystiolaeth y gofynnir amdani"),
  weight: b("Weight", "Pwysoliad"),
  weightPercent: b("Weight (%)", "Pwysoliad (%)"),
  minimumScore: b("Minimum score", "Isafswm sgôr"),
  descriptors: b("Scoring descriptors", "Disgrifyddion sgorio"),
  score: b("Score", "Sgôr"),
  scoreMeaning: b("What the score means", "Ystyr y sgôr"),
  total: b("Total", "Cyfanswm"),
  none: b("None", "Dim"),
  awardShare: b("Share of the total award", "Cyfran o’r dyfarniad cyfan"),
  awardSharePercent: b("Share of the total award (%)", "Cyfran o’r dyfarniad cyfan (%)"),
  howScoredText: b(
    "Each criterion is scored on the scale below. A criterion's weight is the share of the total score it carries, and the weights add up to 100%. A tender that scores below a criterion's minimum score is disregarded; a supplier that does not meet a pass or fail condition of participation is not assessed further.",
    "Caiff pob maen prawf ei sgorio ar y raddfa isod. Pwysoliad maen prawf yw’r gyfran o’r cyfanswm sgôr y mae’n ei chario, ac mae’r pwysoliadau’n dod i gyfanswm o 100%. Caiff tendr sy’n sgorio’n is na’r isafswm sgôr ar gyfer maen prawf ei ddiystyru; nid yw cyflenwr nad yw’n bodloni amod cymryd rhan pasio neu fethu yn cael ei asesu ymhellach.",
  ),

  // Pass or fail conditions
  condition: b("Condition", "Amod"),
  type: b("Type", "Math"),
  gatesText: b(
    "A supplier that does not meet any one of these conditions of participation is not assessed further, whatever its scores.",
    "Nid yw cyflenwr nad yw’n bodloni unrhyw un o’r amodau cymryd rhan hyn yn cael ei asesu ymhellach, beth bynnag fo’i sgorau.",
  ),
  noGates: b("There are no pass or fail conditions.", "Nid oes unrhyw amodau pasio neu fethu."),

  // Results
  rank: b("Rank", "Safle"),
  status: b("Status", "Statws"),
  totalOutOf100: b("Total (out of 100)", "Cyfanswm (allan o 100)"),
  reasons: b("Reasons", "Rhesymau"),
  notScored: b("Not scored", "Heb ei sgorio"),
  notRanked: b("Not ranked.", "Heb ei restru."),
  leaderScore: b("Leading tender's score", "Sgôr y tendr sydd ar y blaen"),
  statusRanked: b("Ranked", "Wedi’i restru"),
  statusExcluded: b("Disregarded", "Wedi’i ddiystyru"),
  statusIncomplete: b("Not yet fully assessed", "Heb ei asesu’n llawn eto"),
  scoresText: b(
    "Agreed scores on the scoring scale for each ranked tender, one row per tender. Each column is a criterion, numbered as in the table of criteria and weights, with its weight under the number.",
    "Y sgorau y cytunwyd arnynt ar y raddfa sgorio ar gyfer pob tendr sydd wedi’i restru, un rhes i bob tendr. Mae pob colofn yn faen prawf, wedi’i rifo fel yn y tabl meini prawf a phwysoliadau, gyda’i bwysoliad o dan y rhif.",
  ),
  excludedText: b(
    "These suppliers did not meet a condition of participation, or scored below a minimum score: their tenders are disregarded and not ranked.",
    "Ni wnaeth y cyflenwyr hyn fodloni amod cymryd rhan, neu fe wnaethant sgorio’n is na sgôr isaf: caiff eu tendrau eu diystyru ac nid ydynt wedi’u rhestru.",
  ),
  incompleteText: b(
    "These suppliers will not be ranked until their assessment is complete.",
    "Ni fydd y cyflenwyr hyn yn cael eu rhestru nes bod eu hasesiad yn gyflawn.",
  ),
  noneExcluded: b("No tender has been disregarded.", "Nid oes unrhyw dendr wedi’i ddiystyru."),
  noneIncomplete: b("Every supplier has been fully assessed.", "Mae pob cyflenwr wedi’i asesu’n llawn."),
  noRanked: b("No tender has been ranked yet.", "Nid oes unrhyw dendr wedi’i restru eto."),
  isLeader: b("This is the leading tender.", "Dyma’r tendr sydd ar y blaen."),
  section50: b(
    "This assessment summary is provided under section 50 of the Procurement Act 2023. It explains how the tender was assessed against the award criteria and how it compares with the most advantageous tender.",
    "Darperir y crynodeb asesu hwn o dan adran 50 o Ddeddf Caffael 2023. Mae’n esbonio sut yr aseswyd y tendr yn erbyn y meini prawf dyfarnu a sut mae’n cymharu â’r tendr mwyaf manteisiol.",
  ),
  summariesText: b(
    "Each supplier is sent only its own summary, which compares its tender with the leading tender.",
    "Anfonir at bob cyflenwr ei grynodeb ei hun yn unig, sy’n cymharu ei dendr â’r tendr sydd ar y blaen.",
  ),
} as const satisfies Record<string, Bilingual>;

export type LabelKey = keyof typeof labels;

export const ruleNames: Record<BusinessRuleKey, Bilingual> = {
  BR1: b("Business rule 1: net zero", "Rheol fusnes 1: sero net"),
  BR2: b("Business rule 2: circular economy", "Rheol fusnes 2: economi gylchol"),
  BR3: b("Business rule 3: transparency and accountability", "Rheol fusnes 3: tryloywder ac atebolrwydd"),
  OUTCOME: b("Outcome", "Canlyniad"),
  OTHER: b("Other", "Arall"),
};

/** Short names for the heads of narrow columns; the full names are in the table of criteria beside them. */
export const ruleShortNames: Record<BusinessRuleKey, Bilingual> = {
  BR1: b("Business rule 1", "Rheol fusnes 1"),
  BR2: b("Business rule 2", "Rheol fusnes 2"),
  BR3: b("Business rule 3", "Rheol fusnes 3"),
  OUTCOME: ruleNames.OUTCOME,
  OTHER: ruleNames.OTHER,
};

export const ruleOrder: readonly BusinessRuleKey[] = ["BR1", "BR2", "BR3", "OUTCOME", "OTHER"];

/** The rules the criteria use, in rule order, with the weight each carries. */
export function rulesInUse(criteria: readonly { rule: BusinessRuleKey; weight: number }[]): { rule: BusinessRuleKey; weight: number }[] {
  return ruleOrder
    .filter((rule) => criteria.some((c) => c.rule === rule))
    .map((rule) => ({ rule, weight: criteria.filter((c) => c.rule === rule).reduce((sum, c) => sum + c.weight, 0) }));
}

/** Spreadsheet tab names: short, so both languages fit Excel's 31 characters. */
export const sheetLabels = {
  ranking: b("Ranking", "Safleoedd"),
  scores: b("Scores", "Sgorau"),
  excluded: b("Disregarded", "Wedi’u diystyru"),
  incomplete: b("Incomplete", "Anghyflawn"),
  summaries: b("Summaries", "Crynodebau"),
} as const satisfies Record<string, Bilingual>;

export const gateKinds: Record<ExportGate["kind"], Bilingual> = {
  "carbon-reduction-plan": labels.carbonReductionPlan,
  "pass-fail": b("Pass or fail", "Pasio neu fethu"),
};

export const nationNames: Record<Nation, Bilingual> = {
  england: b("England", "Lloegr"),
  wales: b("Wales", "Cymru"),
  scotland: b("Scotland", "Yr Alban"),
  "northern-ireland": b("Northern Ireland", "Gogledd Iwerddon"),
};

/** A language's name in each language: languageNames.cy.en is "Welsh". */
export const languageNames: Record<Language, Bilingual> = {
  en: b("English", "Saesneg"),
  cy: b("Welsh", "Cymraeg"),
};

/** What a file is, for its name; plain ASCII so it survives every file system. */
export const fileKinds = {
  "tender-criteria": b("tender criteria", "meini prawf tendro"),
  results: b("results", "canlyniadau"),
  summary: b("assessment summary", "crynodeb asesu"),
} as const;

export const bilingualFileSuffix: Bilingual = b("English and Welsh", "Cymraeg a Saesneg");
