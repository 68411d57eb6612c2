import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addMonths, dateInWords, dayInWords, momentInWords, timeInWords } from "./dates";

describe("dates and times as GOV.UK writes them", () => {
  it("writes an instant in UK time with am and pm, in English and Welsh", () => {
    expect(momentInWords(new Date("2026-12-01T13:15:00Z"), "en")).toBe("1 December 2026 at 1:15pm");
    expect(momentInWords(new Date("2026-12-01T13:15:00Z"), "cy")).toBe("1 Rhagfyr 2026 am 1:15yp");
    // British Summer Time: 09:00 UTC is 10am in London.
    expect(momentInWords(new Date("2026-07-01T09:00:00Z"), "en")).toBe("1 July 2026 at 10am");
    expect(momentInWords(new Date("2026-07-01T09:00:00Z"), "cy")).toBe("1 Gorffennaf 2026 am 10yb");
  });

  it("names the day when asked", () => {
    expect(momentInWords(new Date("2026-12-01T17:00:00Z"), "en", { weekday: true })).toBe("Tuesday 1 December 2026 at 5pm");
    expect(momentInWords(new Date("2026-12-01T17:00:00Z"), "cy", { weekday: true })).toBe("Dydd Mawrth 1 Rhagfyr 2026 am 5yp");
    // After ar, o, tan the day's name takes the soft mutation; within a sentence it is lower case.
    expect(momentInWords(new Date("2026-12-03T12:00:00Z"), "cy", { weekday: true, place: "after-ar-o-tan" })).toBe("ddydd Iau 3 Rhagfyr 2026 am hanner dydd");
    expect(dayInWords("2026-12-01", "cy", "in-sentence")).toBe("dydd Mawrth 1 Rhagfyr 2026");
    expect(dayInWords("2026-12-01", "en", "after-ar-o-tan")).toBe("Tuesday 1 December 2026");
  });

  it("says midday and midnight rather than 12pm and 12am", () => {
    expect(timeInWords(12, 0, "en")).toBe("midday");
    expect(timeInWords(0, 0, "en")).toBe("midnight");
    expect(timeInWords(0, 0, "cy")).toBe("hanner nos");
    expect(timeInWords(12, 30, "en")).toBe("12:30pm");
    expect(timeInWords(0, 5, "cy")).toBe("12:05yb");
  });

  it("adds months as the calendar does: the end of a shorter month, leap years, across years", () => {
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2023-01-31", 1)).toBe("2023-02-28");
    expect(addMonths("2100-03-31", -1)).toBe("2100-02-28");
    expect(addMonths("2000-03-31", -1)).toBe("2000-02-29");
    expect(addMonths("2024-11-15", 14)).toBe("2026-01-15");
    // The same as JavaScript's own calendar, for any day and any move.
    const reference = (date: string, months: number) => {
      const [y, m, d] = date.split("-").map(Number);
      const last = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
      return new Date(Date.UTC(y, m - 1 + months, Math.min(d, last))).toISOString().slice(0, 10);
    };
    fc.assert(
      fc.property(fc.date({ min: new Date("1900-01-01"), max: new Date("2400-12-31"), noInvalidDate: true }), fc.integer({ min: -60, max: 60 }), (day, months) => {
        const date = day.toISOString().slice(0, 10);
        expect(addMonths(date, months)).toBe(reference(date, months));
      }),
      { numRuns: 3000 },
    );
  });

  it("writes a date in words the same each time it is asked", () => {
    expect(dateInWords("2025-03-31", "en")).toBe("31 March 2025");
    expect(dateInWords("2025-03-31", "cy")).toBe("31 Mawrth 2025");
    expect(dateInWords("2025-03-31", "en")).toBe("31 March 2025");
    expect(dateInWords("not a date", "en")).toBe("not a date");
  });
});
