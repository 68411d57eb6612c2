import type { MessageKind, MessageParams } from "./kinds";
import { languagesOf, type Language, type MessageLanguage } from "./language";
import { serviceName, writeText } from "./texts";

export type ComposedMessage = { subject: string; body: string };

const otherLanguageBelow: Record<Language, string> = { en: "Scroll down for English.", cy: "Sgroliwch i lawr am y Gymraeg." };
const signature: Record<Language, string> = { en: `${serviceName.en}`, cy: `${serviceName.cy}` };

/**
 * The subject and plain-text body of a message in one language, or in both (the first one first, with a line at
 * the top telling readers of the other language to scroll down).
 */
export function composeMessage<K extends MessageKind>(kind: K, params: MessageParams[K], language: MessageLanguage): ComposedMessage {
  const languages = languagesOf(language);
  const texts = languages.map((l) => ({ language: l, ...writeText(kind, params, l) }));
  const blocks = texts.map((text) => [...text.paragraphs.filter(Boolean), signature[text.language]].join("\n\n"));
  if (texts.length === 1) return { subject: texts[0].subject, body: blocks[0] };
  return { subject: texts.map((text) => text.subject).join(" / "), body: [otherLanguageBelow[languages[1]], ...blocks].join("\n\n---\n\n") };
}
