import { z } from "zod";
import { describe, expect, it } from "vitest";
import { formatPath } from "../text";
import { problemsFromZodIssues } from "./input-problems";

const schema = z.object({
  list: z.array(z.number()).min(1).max(2),
  name: z.string().min(1).max(3),
  count: z.number().int().gt(0).max(10),
  flag: z.boolean(),
  either: z.union([z.number(), z.boolean()]),
  email: z.email(),
  odd: z.number().refine((n) => n % 2 === 1),
});

const messages = (value: unknown) =>
  problemsFromZodIssues(schema.safeParse(value, { reportInput: true }).error!.issues).map((p) => [formatPath(p.path), p.message.en]);

describe("problems from schema issues", () => {
  it("puts every kind of issue in plain words", () => {
    expect(messages({ list: [], name: "", count: 0, flag: "yes", either: "x", email: "no", odd: 2 })).toEqual([
      ["list", "Give at least 1 item(s)."],
      ["name", "Enter some text; it cannot be blank."],
      ["count", "Enter a number greater than 0."],
      ["flag", "Enter true or false."],
      ["either", "This does not match any of the allowed forms."],
      ["email", "Enter a value in the email format."],
      ["odd", "This value is not valid."],
    ]);
    expect(messages({ list: [1, 2, 3], name: "long", count: 11, flag: true, either: 1, email: "a@b.co", odd: 1 })).toEqual([
      ["list", "Give at most 2 item(s)."],
      ["name", "Enter at most 3 characters."],
      ["count", "Enter a number of 10 or less."],
    ]);
    expect(messages({ list: [1], name: "a", count: 1.5, flag: true, either: 1, email: "a@b.co", odd: 1 })).toEqual([
      ["count", "Enter a whole number."],
    ]);
    expect(formatPath([])).toBe("(top level)");
  });

  it("says when a number is too small, inclusively", () => {
    const problems = problemsFromZodIssues(z.number().min(5).safeParse(1).error!.issues);
    expect(problems[0].message).toEqual({ en: "Enter a number of 5 or more.", cy: "Rhowch rif sy’n 5 neu’n fwy." });
    expect(problems[0].path).toEqual([]);
  });
});
