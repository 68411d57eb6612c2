import { describe, expect, it } from "vitest";
import { byIdInOrganisation, childOf, inOrganisation, invitedAssessment, ownResponse, readableAssessment, releasedSummaryFor } from "./scope";

describe("where-builders", () => {
  const admin = { organisationId: "org-a", userId: "u1", role: "organisation-admin", organisationKind: "buyer" };
  const specialist = { ...admin, role: "sustainability-specialist" };
  const supplier = { organisationId: "org-s", userId: "u2", role: "supplier-admin", organisationKind: "supplier" };

  it("scope a list to the actor's organisation", () => {
    expect(inOrganisation(admin)).toEqual({ organisationId: "org-a" });
  });

  it("never look a record up by id alone", () => {
    expect(byIdInOrganisation(admin, "m-1")).toEqual({ id: "m-1", organisationId: "org-a" });
  });

  it("let a specialist read their own organisation's assessments and those they are granted", () => {
    expect(readableAssessment(specialist, "a-1")).toEqual({ id: "a-1", OR: [{ organisationId: "org-a" }, { specialists: { some: { userId: "u1", revokedAt: null } } }] });
    expect(readableAssessment(supplier, "a-1")).toBeNull();
  });

  it("find a supplier only its own response, and only assessments it is invited to", () => {
    expect(ownResponse(supplier, "a-1")).toEqual({ assessmentId: "a-1", supplierOrganisationId: "org-s" });
    expect(invitedAssessment(supplier, "a-1").supplierInvitations.some.supplierOrganisationId).toBe("org-s");
  });

  it("find a supplier a summary only once released, and only where its own organisation submitted a tender", () => {
    const where = releasedSummaryFor(supplier, "a-1");
    expect(where.summariesReleasedAt).toEqual({ not: null });
    expect(where.responses.some).toEqual({ supplierOrganisationId: "org-s", status: "submitted" });
    expect(where.supplierInvitations.some.supplierOrganisationId).toBe("org-s");
    expect(() => releasedSummaryFor(supplier, { in: ["a-1"] } as unknown as string)).toThrow(TypeError);
  });

  it("find a child within the parent row read from the database", () => {
    expect(childOf({ id: "a-1" }, "g-1")).toEqual({ id: "g-1", assessmentId: "a-1" });
  });

  it("refuse a filter object or a number where an id belongs", () => {
    const filters: unknown[] = [{ in: ["a-1", "a-2"] }, { not: "x" }, { notIn: [] }, 42, null, undefined, ["a-1"]];
    for (const filter of filters) {
      expect(() => byIdInOrganisation(admin, filter as string)).toThrow(TypeError);
      expect(() => readableAssessment(admin, filter as string)).toThrow(TypeError);
      expect(() => childOf({ id: "a-1" }, filter as string)).toThrow(TypeError);
      expect(() => ownResponse(supplier, filter as string)).toThrow(TypeError);
    }
  });
});
