import { describe, expect, it } from "vitest";
import { cleanText, formatDateTime, formatMoney, formatNumber } from "./format";
import { labels, ruleNames } from "./labels";

describe("formatting for each language", () => {
  it("shows a deadline in UK time, with BST in summer and GMT in winter, in English and Welsh", () => {
    expect(formatDateTime("2026-06-12T11:00:00Z", "en")).toBe("Friday, 12 June 2026 at 12:00 BST");
    expect(formatDateTime("2026-06-12T11:00:00Z", "cy")).toBe("Dydd Gwener, 12 Mehefin 2026 am 12:00 BST");
    expect(formatDateTime("2026-12-01T17:00:00Z", "en")).toBe("Tuesday, 1 December 2026 at 17:00 GMT");
    expect(formatDateTime("2026-12-01T17:00:00Z", "cy")).toBe("Dydd Mawrth, 1 Rhagfyr 2026 am 17:00 GMT");
  });

  it("formats sums of money and numbers as en-GB and cy do", () => {
    expect(formatMoney(850000, "en")).toBe("£850,000");
    expect(formatMoney(1234.5, "cy")).toBe("£1,234.50");
    expect(formatNumber(71.25, "cy")).toBe("71.25");
    expect(formatNumber(2 / 3, "en")).toBe("0.67");
  });

  it("drops characters XML cannot hold but keeps Welsh letters and emoji", () => {
    expect(cleanText("Dŵr\u0000 a thŷ\u0008\u001F 🌍\uD800")).toBe("Dŵr a thŷ 🌍");
  });
});

describe("labels", () => {
  it("has every label in English and Welsh, and the two differ where they should", () => {
    for (const [key, label] of Object.entries(labels)) {
      expect(label.en, key).not.toBe("");
      expect(label.cy, key).not.toBe("");
      expect(label.cy, key).not.toBe(label.en);
    }
  });

  it("names the business rules", () => {
    expect(ruleNames.BR1).toEqual({ en: "Business rule 1: net zero", cy: "Rheol fusnes 1: sero net" });
    expect(ruleNames.BR2.cy).toBe("Rheol fusnes 2: economi gylchol");
  });
});
