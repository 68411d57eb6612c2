import { describe, expect, it } from "vitest";
import { deadlineFieldErrors, parseDeadline } from "./deadline";

const now = new Date("2026-11-24T12:00:00Z");
const parts = (deadlineDay: string, deadlineMonth: string, deadlineYear: string, deadlineTime: string) => ({ deadlineDay, deadlineMonth, deadlineYear, deadlineTime });

describe("response deadline", () => {
  it("reads UK time", () => {
    expect(parseDeadline(parts("15", "7", "2027", "12:00"), now)).toEqual({ deadline: new Date("2027-07-15T11:00:00Z") });
  });
  it("names what is wrong", () => {
    expect(parseDeadline(parts("", "", "", ""), now)).toEqual({ error: "deadline.required" });
    expect(parseDeadline(parts("31", "2", "2027", "12:00"), now)).toEqual({ error: "deadline.invalid" });
    expect(parseDeadline(parts("1", "2", "27", "12:00"), now)).toEqual({ error: "deadline.invalid" });
    expect(parseDeadline(parts("1", "2", "2027", ""), now)).toEqual({ error: "deadlineTime.required" });
    expect(parseDeadline(parts("1", "2", "2027", "noon"), now)).toEqual({ error: "deadlineTime.invalid" });
    expect(parseDeadline(parts("1", "2", "2027", "25:00"), now)).toEqual({ error: "deadlineTime.invalid" });
    expect(parseDeadline(parts("1", "2", "2027", "12:60"), now)).toEqual({ error: "deadlineTime.invalid" });
    expect(parseDeadline(parts("1", "1", "2026", "12:00"), now)).toEqual({ error: "deadline.past" });
    expect(parseDeadline(parts("1", "1", "3000", "12:00"), now)).toEqual({ error: "deadline.tooFar" });
    expect(parseDeadline(parts("24", "11", "2028", "12:01"), now)).toEqual({ error: "deadline.tooFar" });
    expect(parseDeadline(parts("24", "11", "2028", "12:00"), now)).toEqual({ deadline: new Date("2028-11-24T12:00:00Z") });
  });
  it("names a date that does not exist before anything about the time, in the browser's check too", async () => {
    expect(parseDeadline(parts("31", "2", "2027", "25:00"), now)).toEqual({ error: "deadline.invalid" });
    expect(parseDeadline(parts("31", "2", "2027", ""), now)).toEqual({ error: "deadline.invalid" });
    const { withDeadline } = await import("./deadline");
    const { z } = await import("zod");
    const checked = withDeadline(z.object({ title: z.string().min(1, "title.required") })).safeParse({ title: "", ...parts("31", "2", "2027", "12:00") });
    expect(checked.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["title", "title.required"], ["deadlineDay", "deadline.invalid"]]);
  });

  it("moves a published deadline only later", () => {
    const current = new Date("2027-07-15T11:00:00Z");
    expect(parseDeadline(parts("15", "7", "2027", "12:00"), now, current)).toEqual({ error: "deadline.notLater" });
    expect(parseDeadline(parts("22", "7", "2027", "12:00"), now, current)).toEqual({ deadline: new Date("2027-07-22T11:00:00Z") });
  });
});

describe("deadline errors", () => {
  it("belong to the time field or the date", () => {
    expect(deadlineFieldErrors(parseDeadline(parts("1", "2", "2027", "noon"), now))).toEqual({ deadlineTime: "deadlineTime.invalid" });
    expect(deadlineFieldErrors(parseDeadline(parts("", "", "", "12:00"), now))).toEqual({ deadlineDay: "deadline.required" });
    expect(deadlineFieldErrors(parseDeadline(parts("15", "7", "2027", "12:00"), now))).toEqual({});
  });
});

describe("a date typed in a GOV.UK date input", () => {
  it("is read as an ISO date, or says what is wrong", async () => {
    const { parseDayMonthYear } = await import("./decision-date");
    expect(parseDayMonthYear("3", "2", "2027", "decidedOn")).toEqual({ date: "2027-02-03" });
    expect(parseDayMonthYear("", "", "", "decidedOn")).toEqual({ error: "decidedOn.required" });
    expect(parseDayMonthYear("30", "2", "2027", "decidedOn")).toEqual({ error: "decidedOn.invalid" });
    expect(parseDayMonthYear("1", "x", "2027", "decidedOn")).toEqual({ error: "decidedOn.invalid" });
  });
});
