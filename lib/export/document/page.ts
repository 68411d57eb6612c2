import type { Bilingual, ExportAssessment } from "../model";
import type { Block, Composer, DocumentModel } from "./blocks";
import { fitsWidth } from "./column-widths";

/** A4 with 2 cm margins: the width text and tables have, in centimetres. */
export const TEXT_WIDTH_CM = { portrait: 17, landscape: 25.7 } as const;

/**
 * How a document's pages are set up: portrait unless a table's words cannot fit across a portrait page, the
 * reference, title and kind of document at the top of every page, and page numbers at the foot.
 */
export function pageSetup(
  c: Composer,
  assessment: Pick<ExportAssessment, "reference" | "title">,
  kind: Bilingual,
  blocks: Block[],
): Pick<DocumentModel, "orientation" | "runningHeader" | "pageFooter"> {
  const portrait = blocks.every((block) => block.kind !== "table" || fitsWidth(block, TEXT_WIDTH_CM.portrait));
  return {
    orientation: portrait ? "portrait" : "landscape",
    runningHeader: c.runningHeader(assessment.reference, assessment.title, kind),
    pageFooter: c.pageFooter(),
  };
}
