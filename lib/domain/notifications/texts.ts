import { dateInWords, momentInWords } from "../dates";
import { aspirateMutated, softMutated } from "../language/welsh-mutation";
import type { MessageKind, MessageParams, Named } from "./kinds";
import type { Language } from "./language";

// The words of every message in English and Welsh. Plain text: GOV.UK Notify and e-mail clients show it as it is.
// Welsh listed in ./awaiting-review.ts is awaiting a translator's review.

export type Text = { subject: string; paragraphs: string[] };

export const serviceName: Record<Language, string> = { en: "Assess ICT suppliers' sustainability", cy: "Asesu cynaliadwyedd cyflenwyr TGCh" };

export function when(date: Date, language: Language): string {
  return momentInWords(date, language);
}

function name(named: Named, language: Language): string {
  return language === "cy" && named.cy ? named.cy : named.en;
}

const roleNames: Record<string, Record<Language, string>> = {
  "procurement-officer": { en: "procurement officer", cy: "swyddog caffael" },
  "sustainability-specialist": { en: "sustainability specialist", cy: "arbenigwr cynaliadwyedd" },
  "organisation-admin": { en: "organisation admin", cy: "gweinyddwr y sefydliad" },
  "supplier-contributor": { en: "supplier contributor", cy: "cyfrannwr ar ran y cyflenwr" },
  "supplier-admin": { en: "supplier admin", cy: "gweinyddwr y cyflenwr" },
};

type Writers = { [K in MessageKind]: (p: MessageParams[K], l: Language) => Text };

const writers: Writers = {
  "member-invitation": (p, l) =>
    l === "cy"
      ? { subject: `Gwahoddiad i ymuno â ${aspirateMutated(name(p.organisation, l))}`, paragraphs: [`Mae ${name(p.organisation, l)} wedi eich gwahodd i ymuno â’r gwasanaeth ${serviceName.cy} fel ${roleNames[p.role]?.cy ?? p.role}.`, `Crëwch eich cyfrif drwy’r ddolen hon cyn ${when(p.expiresAt, l)}:`, p.link, "Dim ond unwaith y gellir defnyddio’r ddolen. Os nad oeddech yn disgwyl y gwahoddiad hwn, gallwch anwybyddu’r neges hon."] }
      : { subject: `Invitation to join ${name(p.organisation, l)}`, paragraphs: [`${name(p.organisation, l)} has invited you to join ${serviceName.en} as ${roleNames[p.role]?.en ?? p.role}.`, `Create your account with this link before ${when(p.expiresAt, l)}:`, p.link, "The link can be used once. If you were not expecting this invitation, you can ignore this email."] },
  "supplier-invitation": (p, l) =>
    l === "cy"
      ? { subject: `Gwahoddiad i ymateb: ${name(p.assessment.title, l)} (${p.assessment.reference})`, paragraphs: [`Mae ${name(p.assessment.buyer, l)} wedi eich gwahodd i ymateb i’r asesiad cynaliadwyedd “${name(p.assessment.title, l)}” (${p.assessment.reference}).`, `Y dyddiad cau yw ${when(p.deadline, l)}.`, p.byEmail ? "Agorwch y gwahoddiad drwy’r ddolen hon. Os oes gan eich sefydliad gyfrif eisoes, mewngofnodwch a bydd y gwahoddiad yn cael ei ychwanegu at ddangosfwrdd eich sefydliad:" : "Gweld y gwahoddiad ar ddangosfwrdd eich sefydliad:", p.link] }
      : { subject: `Invitation to respond: ${name(p.assessment.title, l)} (${p.assessment.reference})`, paragraphs: [`${name(p.assessment.buyer, l)} has invited you to respond to the sustainability assessment “${name(p.assessment.title, l)}” (${p.assessment.reference}).`, `The deadline is ${when(p.deadline, l)}.`, p.byEmail ? "Open the invitation with this link. If your organisation already has an account, sign in and the invitation is added to your organisation's dashboard:" : "See the invitation on your organisation's dashboard:", p.link] },
  "assessment-changed": (p, l) =>
    l === "cy"
      ? { subject: `Newid i’r asesiad: ${name(p.assessment.title, l)} (${p.assessment.reference})`, paragraphs: [`Mae ${name(p.assessment.buyer, l)} wedi newid yr asesiad “${name(p.assessment.title, l)}” (${p.assessment.reference}).`, p.changes, `Y dyddiad cau yw ${when(p.deadline, l)}.`, p.link] }
      : { subject: `Assessment changed: ${name(p.assessment.title, l)} (${p.assessment.reference})`, paragraphs: [`${name(p.assessment.buyer, l)} has changed the assessment “${name(p.assessment.title, l)}” (${p.assessment.reference}).`, p.changes, `The deadline is ${when(p.deadline, l)}.`, p.link] },
  "deadline-extended": (p, l) =>
    l === "cy"
      ? { subject: `Estynnwyd y dyddiad cau: ${name(p.assessment.title, l)} (${p.assessment.reference})`, paragraphs: [`Mae ${name(p.assessment.buyer, l)} wedi estyn y dyddiad cau ar gyfer “${name(p.assessment.title, l)}” (${p.assessment.reference}).`, `Y dyddiad cau newydd yw ${when(p.deadline, l)} (yn lle ${when(p.previousDeadline, l)}).`, p.link] }
      : { subject: `Deadline extended: ${name(p.assessment.title, l)} (${p.assessment.reference})`, paragraphs: [`${name(p.assessment.buyer, l)} has extended the deadline for “${name(p.assessment.title, l)}” (${p.assessment.reference}).`, `The new deadline is ${when(p.deadline, l)} (it was ${when(p.previousDeadline, l)}).`, p.link] },
  "clarification-answered": (p, l) =>
    l === "cy"
      ? { subject: `Ateb i gwestiwn eglurhad: ${name(p.assessment.title, l)} (${p.assessment.reference})`, paragraphs: [`Mae ${name(p.assessment.buyer, l)} wedi ateb cwestiwn eglurhad am “${name(p.assessment.title, l)}” (${p.assessment.reference}). Mae’r ateb yn mynd i bob cyflenwr a wahoddwyd, heb ddweud pwy ofynnodd.`, `Cwestiwn: ${p.question}`, `Ateb: ${p.answer}`, p.link] }
      : { subject: `Clarification answered: ${name(p.assessment.title, l)} (${p.assessment.reference})`, paragraphs: [`${name(p.assessment.buyer, l)} has answered a clarification question about “${name(p.assessment.title, l)}” (${p.assessment.reference}). The answer goes to every invited supplier, without saying who asked.`, `Question: ${p.question}`, `Answer: ${p.answer}`, p.link] },
  "deadline-reminder": (p, l) => {
    const assessment = `“${name(p.assessment.title, l)}” (${p.assessment.reference})`;
    const buyer = name(p.assessment.buyer, l);
    if (l === "cy") {
      const subject = `Yn cau ${when(p.deadline, l)}: ${name(p.assessment.title, l)} (${p.assessment.reference})`;
      const deadline = `Y dyddiad cau yw ${when(p.deadline, l)}. Ni ellir cyflwyno ar ôl hynny.`;
      return p.invitationNotTaken
        ? { subject, paragraphs: [`Cawsoch eich gwahodd gan ${softMutated(buyer)} i ymateb i ${assessment}, ond nid ydych wedi derbyn y gwahoddiad eto.`, deadline, `Derbyniwch y gwahoddiad drwy’r ddolen yn yr e-bost gwahoddiad. Os na allwch ddod o hyd iddo, neu os nad yw’r ddolen yn gweithio mwyach, gofynnwch i ${softMutated(buyer)} ei anfon eto.`] }
        : { subject, paragraphs: [`Nid yw eich sefydliad wedi cyflwyno ymateb i ${assessment} eto.`, deadline, p.link] };
    }
    // The subject gives the deadline itself, which stays true whenever the reminder is read.
    const subject = `Closes ${when(p.deadline, l)}: ${name(p.assessment.title, l)} (${p.assessment.reference})`;
    const deadline = `The deadline is ${when(p.deadline, l)}. Nothing can be submitted after it.`;
    return p.invitationNotTaken
      ? { subject, paragraphs: [`${buyer} invited you to respond to ${assessment}, but the invitation has not been accepted yet.`, deadline, `Accept the invitation with the link in the invitation email. If you cannot find it, or the link no longer works, ask ${buyer} to send it again.`] }
      : { subject, paragraphs: [`Your organisation has not submitted a response to ${assessment} yet.`, deadline, p.link] };
  },
  "submission-receipt": (p, l) =>
    l === "cy"
      ? { subject: `Derbyniwyd eich ymateb: ${p.submissionReference}`, paragraphs: [`Cyflwynwyd eich ymateb i “${name(p.assessment.title, l)}” (${p.assessment.reference}) ar ${when(p.submittedAt, l)}.`, `Cyfeirnod: ${p.submissionReference}`, `Stwnsh y dderbynneb (SHA-256): ${p.receiptHash}`, "Cadwch y neges hon: mae’r stwnsh yn dangos yn union beth a gyflwynwyd.", p.link] }
      : { subject: `Response received: ${p.submissionReference}`, paragraphs: [`Your response to “${name(p.assessment.title, l)}” (${p.assessment.reference}) was submitted on ${when(p.submittedAt, l)}.`, `Reference: ${p.submissionReference}`, `Receipt hash (SHA-256): ${p.receiptHash}`, "Keep this email: the hash shows exactly what was submitted.", p.link] },
  "specialist-added": (p, l) =>
    l === "cy"
      ? { subject: `Adolygu drafft: ${name(p.assessment.title, l)} (${p.assessment.reference})`, paragraphs: [`Mae ${name(p.assessment.buyer, l)} wedi gofyn i chi adolygu meini prawf a phwysiadau’r asesiad drafft “${name(p.assessment.title, l)}” (${p.assessment.reference}). Gallwch roi sylwadau arnynt cyn iddo gael ei gyhoeddi.`, p.link] }
      : { subject: `Review a draft: ${name(p.assessment.title, l)} (${p.assessment.reference})`, paragraphs: [`${name(p.assessment.buyer, l)} has asked you to review the criteria and weights of the draft assessment “${name(p.assessment.title, l)}” (${p.assessment.reference}). You can comment on them before it is published.`, p.link] },
  "comment-resolved": (p, l) =>
    l === "cy"
      ? { subject: `Datryswyd eich sylw: ${name(p.assessment.title, l)} (${p.assessment.reference})`, paragraphs: [`Mae’r swyddog caffael wedi datrys eich sylw ar “${name(p.assessment.title, l)}” (${p.assessment.reference}).`, `Eich sylw: ${p.comment}`, `Beth a wnaed: ${p.resolution}`, p.link] }
      : { subject: `Your comment was resolved: ${name(p.assessment.title, l)} (${p.assessment.reference})`, paragraphs: [`The procurement officer has resolved your comment on “${name(p.assessment.title, l)}” (${p.assessment.reference}).`, `Your comment: ${p.comment}`, `What was done: ${p.resolution}`, p.link] },
  "conflict-decided": (p, l) =>
    l === "cy"
      ? { subject: `Penderfyniad ar wrthdaro buddiannau: ${name(p.assessment.title, l)} (${p.assessment.reference})`, paragraphs: [`Mae’r swyddog caffael wedi penderfynu ar y gwrthdaro buddiannau a ddatganwyd gennych am ${softMutated(name(p.supplier, l))} yn “${name(p.assessment.title, l)}” (${p.assessment.reference}).`, p.decision === "allowed" ? "Penderfyniad: cewch sgorio’r cyflenwr hwn." : "Penderfyniad: ni fyddwch yn sgorio’r cyflenwr hwn.", p.link] }
      : { subject: `Conflict of interest decided: ${name(p.assessment.title, l)} (${p.assessment.reference})`, paragraphs: [`The procurement officer has decided on the conflict of interest you declared about ${name(p.supplier, l)} in “${name(p.assessment.title, l)}” (${p.assessment.reference}).`, p.decision === "allowed" ? "Decision: you may score this supplier." : "Decision: you will not score this supplier.", p.link] },
  "summary-released": (p, l) =>
    l === "cy"
      ? { subject: `Mae eich crynodeb asesu ar gael: ${name(p.assessment.title, l)} (${p.assessment.reference})`, paragraphs: [`Mae ${name(p.assessment.buyer, l)} wedi rhyddhau’r crynodebau asesu ar gyfer “${name(p.assessment.title, l)}” (${p.assessment.reference}). Gallwch ddarllen a lawrlwytho crynodeb eich sefydliad yn y gwasanaeth.`, p.link] }
      : { subject: `Your assessment summary is available: ${name(p.assessment.title, l)} (${p.assessment.reference})`, paragraphs: [`${name(p.assessment.buyer, l)} has released the assessment summaries for “${name(p.assessment.title, l)}” (${p.assessment.reference}). You can read and download your organisation's summary in the service.`, p.link] },
  outcome: (p, l) => {
    const standstill = p.standstillLastDay;
    if (l === "cy") {
      const result = p.result === "cancelled" ? "Mae’r caffael wedi’i ganslo: ni fydd contract yn cael ei ddyfarnu." : p.result === "awarded" ? "Mae’r contract wedi’i ddyfarnu i’ch sefydliad." : `Nid yw’r contract wedi’i ddyfarnu i’ch sefydliad.${p.awardedSupplier ? ` Fe’i dyfarnwyd i ${softMutated(name(p.awardedSupplier, l))}.` : ""}`;
      return { subject: `Canlyniad: ${name(p.assessment.title, l)} (${p.assessment.reference})`, paragraphs: [`Mae ${name(p.assessment.buyer, l)} wedi penderfynu ar “${name(p.assessment.title, l)}” (${p.assessment.reference}) ar ${dateInWords(p.decidedOn, l)}.`, result, ...(standstill ? [`Mae’r cyfnod segur yn dod i ben ar ddiwedd ${dateInWords(standstill, l)}. Ni fydd y contract yn cael ei ymrwymo cyn hynny.`] : []), p.link] };
    }
    const result = p.result === "cancelled" ? "The procurement has been cancelled: no contract will be awarded." : p.result === "awarded" ? "The contract has been awarded to your organisation." : `The contract has not been awarded to your organisation.${p.awardedSupplier ? ` It was awarded to ${name(p.awardedSupplier, l)}.` : ""}`;
    return { subject: `Outcome: ${name(p.assessment.title, l)} (${p.assessment.reference})`, paragraphs: [`${name(p.assessment.buyer, l)} has decided on “${name(p.assessment.title, l)}” (${p.assessment.reference}) on ${dateInWords(p.decidedOn, l)}.`, result, ...(standstill ? [`The standstill period ends at the end of ${dateInWords(standstill, l)}. The contract will not be entered into before then.`] : []), p.link] };
  },
  "password-reset": (p, l) =>
    l === "cy"
      ? { subject: "Ailosod eich cyfrinair", paragraphs: [`Gofynnwyd am ailosod eich cyfrinair ar gyfer ${serviceName.cy}.`, `Dewiswch gyfrinair newydd drwy’r ddolen hon cyn ${when(p.expiresAt, l)}:`, p.link, "Dim ond unwaith y gellir defnyddio’r ddolen. Os na wnaethoch ofyn am hyn, anwybyddwch y neges hon: nid yw eich cyfrinair wedi newid."] }
      : { subject: "Reset your password", paragraphs: [`Someone asked to reset your password for ${serviceName.en}.`, `Choose a new password with this link before ${when(p.expiresAt, l)}:`, p.link, "The link can be used once. If you did not ask for this, ignore this email: your password has not changed."] },
  "contract-report-due": (p, l) => {
    const title = name(p.assessment.title, l);
    if (l === "cy") {
      const lead = p.reason === "overdue" ? `Mae adroddiad blwyddyn ${p.contractYear} y contract “${title}” (${p.assessment.reference}) yn hwyr: roedd i fod erbyn ${dateInWords(p.dueOn, l)}.` : p.reason === "due-soon" ? `Mae adroddiad blwyddyn ${p.contractYear} y contract “${title}” (${p.assessment.reference}) i fod erbyn ${dateInWords(p.dueOn, l)}.` : `Mae ${name(p.assessment.buyer, l)} yn gofyn am adroddiad blwyddyn ${p.contractYear} y contract “${title}” (${p.assessment.reference}), i fod erbyn ${dateInWords(p.dueOn, l)}.`;
      return { subject: `Adroddiad contract blwyddyn ${p.contractYear}: ${title} (${p.assessment.reference})`, paragraphs: [lead, "Rhowch allyriadau’r contract, y trydan yn ôl rhanbarth lletya, y dyfeisiau a gyflenwyd a’r offer a gymerwyd yn ôl, a chyflwynwch yr adroddiad yn y gwasanaeth:", p.link] };
    }
    const lead = p.reason === "overdue" ? `The year ${p.contractYear} report on the contract “${title}” (${p.assessment.reference}) is overdue: it was due by ${dateInWords(p.dueOn, l)}.` : p.reason === "due-soon" ? `The year ${p.contractYear} report on the contract “${title}” (${p.assessment.reference}) is due by ${dateInWords(p.dueOn, l)}.` : `${name(p.assessment.buyer, l)} asks for the year ${p.contractYear} report on the contract “${title}” (${p.assessment.reference}), due by ${dateInWords(p.dueOn, l)}.`;
    return { subject: `Contract report for year ${p.contractYear}: ${title} (${p.assessment.reference})`, paragraphs: [lead, "Give the contract's emissions, electricity by hosting region, devices supplied and equipment taken back, and submit the report in the service:", p.link] };
  },
  "contract-report-submitted": (p, l) =>
    l === "cy"
      ? { subject: `Adroddiad contract wedi’i gyflwyno: ${name(p.assessment.title, l)} (${p.assessment.reference})`, paragraphs: [`Mae ${name(p.supplier, l)} wedi cyflwyno adroddiad blwyddyn ${p.contractYear} y contract “${name(p.assessment.title, l)}” (${p.assessment.reference}). Cyfeirnod: ${p.reportReference}.`, "Adolygwch bob dangosydd perfformiad allweddol (DPA) yn y gwasanaeth:", p.link] }
      : { subject: `Contract report submitted: ${name(p.assessment.title, l)} (${p.assessment.reference})`, paragraphs: [`${name(p.supplier, l)} has submitted the year ${p.contractYear} report on the contract “${name(p.assessment.title, l)}” (${p.assessment.reference}). Reference: ${p.reportReference}.`, "Review each key performance indicator (KPI) in the service:", p.link] },
  "kpi-queried": (p, l) =>
    l === "cy"
      ? { subject: `Ymholiad am eich adroddiad contract: ${name(p.assessment.title, l)} (${p.assessment.reference})`, paragraphs: [`Mae’r arbenigwr cynaliadwyedd wedi holi am “${name(p.kpi, l)}” yn adroddiad blwyddyn ${p.contractYear} y contract “${name(p.assessment.title, l)}” (${p.assessment.reference}).`, `Y rheswm: ${p.reason}`, p.link] }
      : { subject: `Query on your contract report: ${name(p.assessment.title, l)} (${p.assessment.reference})`, paragraphs: [`The sustainability specialist has queried “${name(p.kpi, l)}” in the year ${p.contractYear} report on the contract “${name(p.assessment.title, l)}” (${p.assessment.reference}).`, `The reason: ${p.reason}`, p.link] },
  "kpi-query-answered": (p, l) =>
    l === "cy"
      ? { subject: `Ateb i’ch ymholiad: ${name(p.assessment.title, l)} (${p.assessment.reference})`, paragraphs: [`Mae ${name(p.supplier, l)} wedi ateb eich ymholiad am “${name(p.kpi, l)}” yn adroddiad blwyddyn ${p.contractYear} y contract “${name(p.assessment.title, l)}” (${p.assessment.reference}).`, `Yr ateb: ${p.reply}`, "Adolygwch y DPA eto yn y gwasanaeth:", p.link] }
      : { subject: `Reply to your query: ${name(p.assessment.title, l)} (${p.assessment.reference})`, paragraphs: [`${name(p.supplier, l)} has replied to your query on “${name(p.kpi, l)}” in the year ${p.contractYear} report on the contract “${name(p.assessment.title, l)}” (${p.assessment.reference}).`, `The reply: ${p.reply}`, "Review the KPI again in the service:", p.link] },
};

export function writeText<K extends MessageKind>(kind: K, params: MessageParams[K], language: Language): Text {
  return (writers[kind] as (p: MessageParams[K], l: Language) => Text)(params, language);
}
