import type { Nation } from "../case/case-schema";
import { bilingual, type Bilingual } from "../text";

export type SummaryLaw = "procurement-regulations-2024" | "procurement-wales-regulations-2024" | "procurement-act-2023";

export type SummaryBasis = {
  law: SummaryLaw;
  /** The provisions, as cited in the summary: "section 50 of the Procurement Act 2023 and regulation 31 of …". */
  citation: Bilingual;
};

const act = bilingual("section 50 of the Procurement Act 2023", "adran 50 o Ddeddf Caffael 2023");

/**
 * The law an assessment summary is written under, by the buyer organisation's nation.
 * - Procurement Act 2023 s.50: a contracting authority gives an assessment summary to each supplier that submitted
 *   an assessed tender before publishing the contract award notice.
 *   https://www.legislation.gov.uk/ukpga/2023/54/section/50
 * - England (and Northern Ireland): the Procurement Regulations 2024 (SI 2024/692) reg 31 sets out its contents.
 *   https://www.legislation.gov.uk/uksi/2024/692/regulation/31
 * - Wales: for devolved Welsh authorities the Procurement (Wales) Regulations 2024 (WSI 2024/782) reg 32 does.
 *   https://gov.wales/procurement-act-2023-guidance-assessment-summaries-html
 * - Scotland: devolved Scottish authorities follow their own procurement law; the summary cites the Act alone.
 */
export function assessmentSummaryBasis(nation: Nation): SummaryBasis {
  switch (nation) {
    case "wales":
      return {
        law: "procurement-wales-regulations-2024",
        citation: bilingual(
          `${act.en} and regulation 32 of the Procurement (Wales) Regulations 2024`,
          `${act.cy} a rheoliad 32 o Reoliadau Caffael (Cymru) 2024`,
        ),
      };
    case "england":
    case "northern-ireland":
      return {
        law: "procurement-regulations-2024",
        citation: bilingual(`${act.en} and regulation 31 of the Procurement Regulations 2024`, `${act.cy} a rheoliad 31 o Reoliadau Caffael 2024`),
      };
    case "scotland":
      return { law: "procurement-act-2023", citation: act };
  }
}
