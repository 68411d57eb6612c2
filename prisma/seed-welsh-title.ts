import { sourcesOf } from "@/lib/domain/language/welsh-sources";
import type { Bilingual } from "@/lib/domain/text";

/** A seeded assessment's title and description in English and Welsh, the Welsh recorded as written from that English. */
export function welshTitle(title: Bilingual, description: Bilingual) {
  return {
    title: title.en,
    titleCy: title.cy,
    description: description.en,
    descriptionCy: description.cy,
    welshSources: JSON.stringify(sourcesOf({ title, description })),
  };
}
