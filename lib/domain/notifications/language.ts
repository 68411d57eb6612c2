// Which language(s) a message is written in. Public bodies in Wales must treat Welsh no less favourably than English
// (Welsh Language Standards; DOMAIN.md "Language"): a person who chose a language gets that language; when we do not
// know the recipient (an invitation to an e-mail address), the message is bilingual, Welsh first when the sending
// body is in Wales.

export type Language = "en" | "cy";
/** One language, or both with the first one first. */
export type MessageLanguage = Language | "en+cy" | "cy+en";

export function messageLanguage(recipientLanguage: Language | null | undefined, senderNation: string | null | undefined): MessageLanguage {
  if (recipientLanguage === "en" || recipientLanguage === "cy") return recipientLanguage;
  return senderNation === "wales" ? "cy+en" : "en+cy";
}

/** The languages of a message in the order they are written. */
export function languagesOf(language: MessageLanguage): Language[] {
  if (language === "en+cy") return ["en", "cy"];
  if (language === "cy+en") return ["cy", "en"];
  return [language];
}

export function isMessageLanguage(value: string): value is MessageLanguage {
  return value === "en" || value === "cy" || value === "en+cy" || value === "cy+en";
}
