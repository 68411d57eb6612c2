import { describe, expect, it } from "vitest";
import { checkMemberChange, isAdminRole, isRoleAllowed, rolesFor } from "./roles";

describe("organisation roles", () => {
  it("gives buyers and suppliers their own roles", () => {
    expect(rolesFor("buyer")).toEqual(["procurement-officer", "sustainability-specialist", "organisation-admin"]);
    expect(rolesFor("supplier")).toEqual(["supplier-contributor", "supplier-admin"]);
    expect(isRoleAllowed("supplier", "procurement-officer")).toBe(false);
    expect(isRoleAllowed("buyer", "sustainability-specialist")).toBe(true);
    expect(isAdminRole("supplier-admin")).toBe(true);
    expect(isAdminRole("procurement-officer")).toBe(false);
  });

  const members = [
    { id: "admin", role: "organisation-admin" as const },
    { id: "officer", role: "procurement-officer" as const },
  ];

  it("refuses to remove or demote the last admin", () => {
    expect(checkMemberChange(members, { membershipId: "admin", newRole: null })).toBe("LAST_ADMIN");
    expect(checkMemberChange(members, { membershipId: "admin", newRole: "procurement-officer" })).toBe("LAST_ADMIN");
  });

  it("allows changes that keep an admin", () => {
    expect(checkMemberChange(members, { membershipId: "officer", newRole: null })).toBeNull();
    expect(checkMemberChange(members, { membershipId: "admin", newRole: "organisation-admin" })).toBeNull();
    const twoAdmins = [...members, { id: "second", role: "organisation-admin" as const }];
    expect(checkMemberChange(twoAdmins, { membershipId: "admin", newRole: null })).toBeNull();
  });
});
