import { describe, expect, it } from "vitest";
import { closeChar as c, openChar as o, standaloneChar as s } from "../inline-codes";
import { checkInlineCodes, codeFreeView } from "./inline-codes";

const job = (source: string, target: string) => ({ sourceLang: "fr" as const, source, targetLang: "en" as const, target });
const summary = (source: string, target: string) => checkInlineCodes(job(source, target)).map((f) => `${f.side}@${f.start} ${f.severity}: ${f.message}`);

describe("the inline-codes check", () => {
  it("accepts a translation that keeps every code, wherever it puts them", () => {
    expect(summary(`Le ${o(1)}Centre${c(1)} a ouvert${s(1)}.`, `${s(1)}The ${o(1)}Centre${c(1)} opened.`)).toEqual([]);
    expect(summary("Pas de balises.", "No tags.")).toEqual([]);
  });

  it("flags dropped codes on the source, where they are", () => {
    expect(summary(`Le ${o(1)}Centre${c(1)}.`, "The Centre.")).toEqual([
      "source@3 major: The translation lacks the inline code <1>",
      "source@10 major: The translation lacks the inline code </1>",
    ]);
  });

  it("flags doubled and invented codes on the translation", () => {
    expect(summary(`a${s(1)}b`, `a${s(1)}b${s(1)}`)).toEqual(["target@3 major: The inline code <1/> is doubled"]);
    expect(summary("ab", `a${s(2)}b`)).toEqual(["target@1 major: The inline code <2/> is not in the source"]);
  });

  it("flags a pair closed before it opens, and pairs that cross", () => {
    expect(summary(`${o(1)}a${c(1)}`, `${c(1)}a${o(1)}`)).toEqual(["target@0 major: The inline code </1> closes before it opens"]);
    expect(summary(`${o(1)}a ${o(2)}b${c(2)}${c(1)}`, `${o(1)}a ${o(2)}b${c(1)}${c(2)}`)).toEqual(["target@5 minor: The inline code </1> crosses <2>"]);
  });

  it("leaves a pair the sentence boundary cut alone (its other half is in the next segment)", () => {
    expect(summary(`${o(1)}Un. Deux.`, `${o(1)}One. Two.`)).toEqual([]);
    expect(summary(`Trois.${c(1)}`, `Three.${c(1)}`)).toEqual([]);
  });
});

describe("codeFreeView", () => {
  it("lets markup-blind checks read the plain text and maps their spans back", () => {
    const text = `Glo${o(1)}ssa${c(1)} est là`;
    const view = codeFreeView(text);
    expect(view.plain).toBe("Glossa est là");
    const flag = { lang: "fr" as const, side: "source" as const, start: 0, end: 6, text: "Glossa", category: "linguistic/spelling" as const, severity: "minor" as const, check: "spelling", message: "", suggestions: [] };
    expect(view.toOriginal(flag)).toMatchObject({ start: 0, end: 7, text: `Glo${o(1)}ssa` });
  });
});
