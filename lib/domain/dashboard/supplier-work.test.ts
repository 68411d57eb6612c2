import { describe, expect, it } from "vitest";
import type { SupplierOutcome } from "@/lib/domain/lifecycle/supplier-outcome";
import { supplierWorkWaiting, type SupplierInvitation } from "./supplier-work";

const now = new Date("2026-12-01T12:00:00Z");
const invitation = (id: string, outcome: SupplierOutcome, deadline: string): SupplierInvitation => ({
  id,
  title: { en: id, cy: "" },
  reference: id.toUpperCase(),
  responseDeadline: new Date(deadline),
  outcome,
  answered: 2,
  questions: 6,
});

describe("supplierWorkWaiting", () => {
  it("lists responses to send before their deadlines, the soonest first", () => {
    const work = supplierWorkWaiting(
      [
        invitation("later", "not-started", "2027-01-15T12:00:00Z"),
        invitation("sooner", "in-progress", "2026-12-03T12:00:00Z"),
        invitation("withdrawn", "withdrawn", "2026-12-10T12:00:00Z"),
      ],
      now,
    );
    expect(work.map((item) => [item.kind, item.invitation.id])).toEqual([
      ["finish-response", "sooner"],
      ["resubmit-response", "withdrawn"],
      ["start-response", "later"],
    ]);
  });

  it("leaves out what is sent, past its deadline, cancelled or decided", () => {
    const work = supplierWorkWaiting(
      [
        invitation("sent", "submitted", "2026-12-20T12:00:00Z"),
        invitation("missed", "in-progress", "2026-11-30T12:00:00Z"),
        invitation("cancelled", "cancelled", "2026-12-20T12:00:00Z"),
        invitation("closed", "did-not-submit", "2026-11-01T12:00:00Z"),
        invitation("won", "awarded", "2026-10-01T12:00:00Z"),
        invitation("lost", "not-awarded", "2026-09-01T12:00:00Z"),
      ],
      now,
    );
    expect(work).toEqual([]);
  });
});
