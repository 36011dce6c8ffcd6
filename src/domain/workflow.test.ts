import { describe, expect, it } from "vitest";
import { defaultSaveStatus, maxStatusFor, whyCannotSetStatus } from "./workflow";

describe("workflow rules", () => {
  const translator = { roles: ["translator"] as const, languages: ["hu"] as const };
  const reviewer = { roles: ["reviewer"] as const, languages: ["hu", "fr"] as const };
  const publisher = { roles: ["publisher"] as const, languages: ["en"] as const };

  it("lets each role go up to its ceiling", () => {
    expect(whyCannotSetStatus(translator, "hu", "translated")).toBeNull();
    expect(whyCannotSetStatus(reviewer, "hu", "reviewed")).toBeNull();
    expect(whyCannotSetStatus(publisher, "en", "final")).toBeNull();
    expect(maxStatusFor(reviewer)).toBe("reviewed");
    expect(defaultSaveStatus(translator)).toBe("translated");
  });
  it("refuses statuses above the ceiling", () => {
    expect(whyCannotSetStatus(translator, "hu", "reviewed")).toMatch(/up to translated/);
    expect(whyCannotSetStatus(reviewer, "hu", "final")).toMatch(/up to reviewed/);
  });
  it("refuses unassigned languages and roles that do not translate", () => {
    expect(whyCannotSetStatus(translator, "zh", "translated")).toMatch(/not assigned to zh/);
    expect(whyCannotSetStatus({ roles: ["terminologist"], languages: ["fr"] }, "fr", "initial")).toMatch(/do not allow/);
  });
  it("admins write every language", () => {
    expect(whyCannotSetStatus({ roles: ["admin"], languages: [] }, "zh", "final")).toBeNull();
  });
});
