import { describe, expect, it } from "vitest";
import { byIdInOrganisation, inOrganisation } from "./scope";

describe("where-builders", () => {
  const actor = { organisationId: "org-a", userId: "u1", role: "organisation-admin" };

  it("scope a list to the actor's organisation", () => {
    expect(inOrganisation(actor)).toEqual({ organisationId: "org-a" });
  });

  it("never look a record up by id alone", () => {
    expect(byIdInOrganisation(actor, "m-1")).toEqual({ id: "m-1", organisationId: "org-a" });
    expect(Object.keys(byIdInOrganisation(actor, "m-1"))).toContain("organisationId");
  });
});
