import { describe, expect, it } from "vitest";
import { titleWithError, titleWithoutError, withNotice, withoutSuccessMessage } from "./page-messages";

describe("withNotice", () => {
  it("marks an address that carries a success message, keeping its anchor", () => {
    expect(withNotice("/assessments/a1?done=commentAdded#comments", "n1")).toBe("/assessments/a1?done=commentAdded&notice=n1#comments");
    expect(withNotice("/members?done=changed&name=Ann%20Jones", "n2")).toBe("/members?done=changed&name=Ann+Jones&notice=n2");
    expect(withNotice("/signin?joined=1", "n3")).toBe("/signin?joined=1&notice=n3");
  });

  it("leaves any other address as it is", () => {
    expect(withNotice("/assessments/a1/criteria/c1", "n1")).toBe("/assessments/a1/criteria/c1");
    expect(withNotice("/responses/a1/criteria/c2?from=check", "n1")).toBe("/responses/a1/criteria/c2?from=check");
  });

  it("replaces an earlier notice rather than adding a second", () => {
    expect(withNotice("/evidence?done=saved&notice=old", "new")).toBe("/evidence?done=saved&notice=new");
  });
});

describe("withoutSuccessMessage", () => {
  it("takes out the message and keeps what else the address says", () => {
    expect(withoutSuccessMessage("/responses/a1/criteria/c2", "?from=check&done=saved&notice=n1")).toBe("/responses/a1/criteria/c2?from=check");
    expect(withoutSuccessMessage("/members", "?done=removed&name=Ann&notice=n1")).toBe("/members");
  });
});

describe("page titles", () => {
  it("gains the prefix once and loses it again", () => {
    expect(titleWithError(titleWithError("Members", "Error:"), "Error:")).toBe("Error: Members");
    expect(titleWithoutError("Gwall: Aelodau", "Gwall:")).toBe("Aelodau");
  });
});
