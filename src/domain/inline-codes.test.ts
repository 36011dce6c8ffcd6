import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  closeChar, codeMarks, codesUsedIn, foreignCodes, hasCodes, MAX_PAIRS, MAX_STANDALONE, openChar, parseCodeChar, renderWithCodes, spanInOriginal,
  standaloneChar, strayCodeCharacter, stripCodes, type InlineCode,
} from "./inline-codes";

const bold: InlineCode = { kind: "pair", n: 1, type: "bold", open: "**", close: "**" };
const br: InlineCode = { kind: "standalone", n: 1, type: "linebreak", original: "<br>" };

describe("code characters", () => {
  it("tell their kind and number from the character alone", () => {
    expect(parseCodeChar(openChar(3))).toEqual({ kind: "open", n: 3 });
    expect(parseCodeChar(closeChar(3))).toEqual({ kind: "close", n: 3 });
    expect(parseCodeChar(standaloneChar(7))).toEqual({ kind: "standalone", n: 7 });
    expect(parseCodeChar(openChar(MAX_PAIRS))).toEqual({ kind: "open", n: MAX_PAIRS });
    expect(parseCodeChar(standaloneChar(MAX_STANDALONE))).toEqual({ kind: "standalone", n: MAX_STANDALONE });
    expect(parseCodeChar("a")).toBeUndefined();
    // U+F8FF (the Apple logo) and U+E000/U+E001 are private-use characters we never produce.
    expect(parseCodeChar("\uF8FF")).toBeUndefined();
    expect(parseCodeChar("\uE000")).toBeUndefined();
    expect(() => openChar(0)).toThrow(RangeError);
    expect(() => standaloneChar(MAX_STANDALONE + 1)).toThrow(RangeError);
  });

  it("are each one UTF-16 unit, so offsets stay plain string indices", () => {
    const text = `Le ${openChar(1)}Centre${closeChar(1)}${standaloneChar(1)}😀`;
    expect(codeMarks(text)).toEqual([
      { at: 3, kind: "open", n: 1 },
      { at: 10, kind: "close", n: 1 },
      { at: 11, kind: "standalone", n: 1 },
    ]);
    expect(hasCodes(text)).toBe(true);
    expect(hasCodes("Le Centre 😀 \uF8FF")).toBe(false);
  });
});

describe("stripCodes", () => {
  it("gives the text without codes and where each character was", () => {
    const { plain, at } = stripCodes(`a${openChar(1)}b${closeChar(1)}c`);
    expect(plain).toBe("abc");
    expect(at).toEqual([0, 2, 4, 5]);
    expect(spanInOriginal(at, 0, 2)).toEqual({ start: 0, end: 3 });
    expect(spanInOriginal(at, 1, 3)).toEqual({ start: 2, end: 5 });
  });

  it("maps every span back onto the same characters (fast-check)", () => {
    const plainRun = fc.string({ maxLength: 4 }).map((s) => s.replace(/[\uE000-\uF8FF]/g, "x"));
    const code = fc.integer({ min: 1, max: 5 }).chain((n) => fc.constantFrom(openChar(n), closeChar(n), standaloneChar(n)));
    fc.assert(
      fc.property(fc.array(fc.oneof(plainRun, code), { maxLength: 12 }), fc.nat(), fc.nat(), (parts, a, b) => {
        const text = parts.join("");
        const { plain, at } = stripCodes(text);
        const start = plain.length ? a % plain.length : 0;
        const end = start + (b % (plain.length - start + 1));
        const span = spanInOriginal(at, start, end);
        expect(stripCodes(text.slice(span.start, span.end)).plain).toBe(plain.slice(start, end));
      }),
      { numRuns: 300 },
    );
  });
});

describe("foreign and stray codes", () => {
  it("finds codes a translation invents, not ones it moves or drops", () => {
    const source = `Le ${openChar(1)}Centre${closeChar(1)} a ouvert.`;
    expect(foreignCodes(`${openChar(1)}The Centre${closeChar(1)} opened.`, source)).toEqual([]);
    expect(foreignCodes("The Centre opened.", source)).toEqual([]);
    expect(foreignCodes(`The ${openChar(2)}Centre${closeChar(1)}`, source)).toEqual([{ at: 4, kind: "open", n: 2 }]);
  });

  it("finds our characters in text from outside", () => {
    expect(strayCodeCharacter("plain text \uF8FF")).toBeUndefined();
    expect(strayCodeCharacter(`pasted ${openChar(1)}`)).toEqual({ at: 7, char: "U+E002" });
  });
});

describe("records and rendering", () => {
  it("keeps the records of the codes a segment uses", () => {
    expect(codesUsedIn(`x${standaloneChar(1)}y`, [bold, br])).toEqual([br]);
    expect(codesUsedIn(`${closeChar(1)} end`, [bold, br])).toEqual([bold]);
  });

  it("renders codes back with the writer's functions", () => {
    const html = renderWithCodes(`a <${openChar(1)}b${closeChar(1)}${standaloneChar(1)}`, [bold, br], {
      text: (run) => run.replace(/</g, "&lt;"),
      code: (mark, code) => (code?.type === "linebreak" ? "<br>" : mark.kind === "open" ? "<strong>" : "</strong>"),
    });
    expect(html).toBe("a &lt;<strong>b</strong><br>");
  });
});
