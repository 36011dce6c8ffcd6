import { describe, expect, it } from "vitest";
import { charEditDistance, postEditEffort } from "./effort";
import { closeChar, openChar } from "./inline-codes";

describe("post-editing effort", () => {
  it("counts character edits by code point", () => {
    expect(charEditDistance("kitten", "sitting")).toBe(3);
    expect(charEditDistance("", "abc")).toBe(3);
    expect(charEditDistance("可持续发展", "可持续的发展")).toBe(1);
    expect(charEditDistance("a😀b", "ab")).toBe(1);
  });

  it("is the edits over the final text's length, zero when untouched, inline codes not counted", () => {
    expect(postEditEffort("Le chat.", "Le chat.")).toEqual({ edits: 0, finalChars: 8, mtChars: 8, editRate: 0 });
    expect(postEditEffort(`a ${openChar(1)}b${closeChar(1)}`, "a b").editRate).toBe(0);
    const e = postEditEffort("The cat sat.", "The black cat sat.");
    expect(e.edits).toBe(6);
    expect(e.editRate).toBeCloseTo(6 / 18);
  });
});
