import { describe, expect, it } from "vitest";
import { concernsTranslation, flagFingerprint, flagsBlockingApproval, needsSourceConfirmation, type FlagFacts } from "./approval";

const flag = (over: Partial<FlagFacts>): FlagFacts => ({
  id: 1, segmentId: 1, lang: "en", side: "target", start: 3, end: 5, text: "21", contextText: "On 21 October", severity: "major", status: "open", check: "numbers", ...over,
});

describe("flagsBlockingApproval", () => {
  const text = "On 21 October";
  it("blocks on open critical and major flags of the language, target or source side", () => {
    const flags = [
      flag({ id: 1 }),
      flag({ id: 2, severity: "critical", side: "source", lang: "fr", start: 0, end: 2, text: "Le" }),
      flag({ id: 3, side: "source", lang: "en", start: 0, end: 2, text: "Le" }), // a term the English misses, shown on the source
    ];
    expect(flagsBlockingApproval(flags, { lang: "en", sourceLang: "fr", text }).map((f) => f.id)).toEqual([1, 2, 3]);
  });
  it("ignores minor and neutral flags, closed flags and other languages", () => {
    const flags = [flag({ id: 1, severity: "minor" }), flag({ id: 2, severity: "neutral" }), flag({ id: 3, status: "resolved" }), flag({ id: 4, status: "dismissed" }), flag({ id: 5, lang: "hu" })];
    expect(flagsBlockingApproval(flags, { lang: "en", sourceLang: "fr", text })).toEqual([]);
  });
  it("ignores a target flag whose span the text being saved no longer has", () => {
    expect(flagsBlockingApproval([flag({})], { lang: "en", sourceLang: "fr", text: "On 22 October" })).toEqual([]);
    expect(flagsBlockingApproval([flag({})], { lang: "en", sourceLang: "fr", text: "On 21 Oct." })).toHaveLength(1);
  });
});

describe("concernsTranslation", () => {
  it("takes the language's own flags and every flag on the source", () => {
    expect(concernsTranslation({ lang: "hu", side: "target" }, "hu", "fr")).toBe(true);
    expect(concernsTranslation({ lang: "fr", side: "source" }, "hu", "fr")).toBe(true);
    expect(concernsTranslation({ lang: "zh", side: "source" }, "hu", "fr")).toBe(false);
    expect(concernsTranslation({ lang: "zh", side: "target" }, "hu", "fr")).toBe(false);
  });
});

describe("flagFingerprint", () => {
  it("is the same for the same flag raised again, and differs when the text it was raised on differs", () => {
    expect(flagFingerprint(flag({ id: 1 }))).toBe(flagFingerprint(flag({ id: 99 })));
    expect(flagFingerprint(flag({}))).not.toBe(flagFingerprint(flag({ contextText: "On 21 October 2024" })));
  });
});

describe("needsSourceConfirmation", () => {
  const current = { text: "On 21 October", needsReview: true };
  it("asks for a confirmation to review or approve an unchanged text after a source correction", () => {
    expect(needsSourceConfirmation(current, "On 21 October", "final")).toBe(true);
    expect(needsSourceConfirmation(current, "On 21 October", "reviewed")).toBe(true);
  });
  it("does not when the text was edited, the save stays at translated, or nothing needs review", () => {
    expect(needsSourceConfirmation(current, "On 22 October", "final")).toBe(false);
    expect(needsSourceConfirmation(current, "On 21 October", "translated")).toBe(false);
    expect(needsSourceConfirmation({ ...current, needsReview: false }, "On 21 October", "final")).toBe(false);
    expect(needsSourceConfirmation(undefined, "On 21 October", "final")).toBe(false);
  });
});
