import { describe, expect, it } from "vitest";
import { closeChar, openChar, standaloneChar, type InlineCode } from "../../domain/inline-codes";
import type { XliffExportDoc } from "./model";
import { readXliff } from "./read";
import { validateAgainstSchemas } from "./schema";
import { writeXliff12, Xliff12WriteError } from "./write-12";
import { writeXliff2 } from "./write-2";

const bold: InlineCode = { kind: "pair", n: 1, type: "bold", open: "<b>", close: "</b>" };
const link: InlineCode = { kind: "pair", n: 2, type: "link", open: '<a href="https://unesco.org">', close: "</a>", attrs: { href: "https://unesco.org" } };
const br: InlineCode = { kind: "standalone", n: 1, type: "linebreak", original: "<br>" };

/** An article with codes (one pair spanning two sentences), flags on both sides, every state and an untranslated segment. */
export function sampleDoc(overrides: Partial<XliffExportDoc> = {}): XliffExportDoc {
  const t = (text: string, status: "initial" | "translated" | "reviewed" | "final", version: number, extra: { needsReview?: boolean; origin?: string } = {}) => ({
    text, status, version, needsReview: extra.needsReview ?? false, origin: extra.origin ?? "human", updatedAt: "2025-10-21T08:00:00.000Z", updatedBy: "maria",
  });
  return {
    articleId: 12,
    title: "Visite & « échanges »",
    sourceLang: "fr",
    targetLang: "zh",
    purpose: "translation",
    segments: [
      { id: 101, paragraph: 0, kind: "title", source: "Visite au Centre", separator: "", codes: [], sourceVersion: 1, target: t("访问中心", "final", 3), flags: [] },
      {
        id: 102, paragraph: 1, kind: "paragraph", source: `Le ${openChar(1)}21 octobre${closeChar(1)}, la ${openChar(2)}délégation est venue.`, separator: " ", codes: [bold, link], sourceVersion: 2,
        target: t(`${openChar(1)}10月21日${closeChar(1)}，${openChar(2)}代表团来访。`, "translated", 4, { needsReview: true, origin: "mt:deepl" }),
        flags: [
          { id: 7, side: "target", start: 1, end: 4, category: "linguistic/spelling", severity: "major", check: "spelling", message: "Unknown word", comment: "check the date", suggestions: ["10月"] },
          { id: 8, side: "source", start: 3, end: 12, category: "terminology", severity: "minor", check: "terminology", message: "Use the termbase", comment: null, suggestions: [] },
          { id: 9, side: "target", start: 0, end: 8, category: "accuracy", severity: "critical", check: "manual", message: "", comment: "Overlaps the other flag", suggestions: [] },
        ],
      },
      { id: 103, paragraph: 1, kind: "paragraph", source: `Fin${closeChar(2)}${standaloneChar(1)} de la visite.`, separator: "", codes: [br], sourceVersion: 1, target: t(`访问${closeChar(2)}${standaloneChar(1)}结束。`, "reviewed", 2), flags: [] },
      { id: 104, paragraph: 2, kind: "caption", source: "Réunion en cours", separator: "", codes: [], sourceVersion: 1, target: t("会议进行中", "initial", 1, { origin: "mt:deepl" }), flags: [] },
      { id: 105, paragraph: 3, kind: "paragraph", source: "Pas encore traduit.", separator: "", codes: [], sourceVersion: 1, flags: [] },
    ],
    ...overrides,
  };
}

describe("XLIFF writers", () => {
  it("write XLIFF 2.1, 2.0 and 1.2 that the OASIS schemas accept, with codes, flags, notes and every state", async () => {
    const doc = sampleDoc();
    const v21 = writeXliff2(doc, "2.1");
    const v20 = writeXliff2(doc, "2.0");
    const v12 = writeXliff12(doc);
    const [e21, e20] = [...(await validateAgainstSchemas([{ name: "a", xml: v21 }, { name: "b", xml: v20 }], "xliff-2.0")).values()];
    const e12 = (await validateAgainstSchemas([{ name: "c", xml: v12 }], "xliff-1.2")).get("c");
    expect(e21).toEqual([]);
    expect(e20).toEqual([]);
    expect(e12).toEqual([]);
    expect(v21).toContain('xmlns="urn:oasis:names:tc:xliff:document:2.0"');
    expect(v21).toContain('version="2.1" srcLang="fr" trgLang="zh-Hans"');
    expect(v20).toContain('version="2.0"');
    expect(v20).not.toContain(" ref=");
    expect(v12).toContain('target-language="zh-Hans"');
  });

  it("validate for real: a wrong state, an ITS severity above 100 and 1.2 without its file attributes fail", async () => {
    const good = writeXliff2(sampleDoc(), "2.1");
    const errors = await validateAgainstSchemas(
      [
        { name: "state", xml: good.replace('state="final"', 'state="approved"') },
        { name: "its", xml: good.replace('its:locQualityIssueSeverity="70"', 'its:locQualityIssueSeverity="150"') },
        { name: "ns", xml: good.replace("document:2.0", "document:2.1") },
      ],
      "xliff-2.0",
    );
    expect(errors.get("state")!.join()).toMatch(/state/);
    expect(errors.get("its")!.join()).toMatch(/locQualityIssueSeverity/);
    expect(errors.get("ns")!.length).toBeGreaterThan(0);
    const bad12 = writeXliff12(sampleDoc()).replace(' datatype="plaintext"', "");
    expect((await validateAgainstSchemas([{ name: "x", xml: bad12 }], "xliff-1.2")).get("x")!.join()).toMatch(/datatype/);
  });

  it("map states both ways and keep needsReview, ITS issues, notes and original data", async () => {
    const v21 = writeXliff2(sampleDoc(), "2.1");
    expect(v21).toContain('<segment id="s101" state="final">');
    expect(v21).toContain('<segment id="s102" state="translated" subState="glossa:needs-review">');
    expect(v21).toContain('<segment id="s103" state="reviewed">');
    expect(v21).toContain('<segment id="s104" state="initial">');
    expect(v21).toMatch(/<segment id="s105">\s*<source>Pas encore traduit.<\/source>\s*<\/segment>/);
    expect(v21).toContain('its:locQualityIssueType="misspelling" its:locQualityIssueComment="Unknown word — check the date — suggestions: 10月" its:locQualityIssueSeverity="70"');
    expect(v21).toContain('its:locQualityIssueType="mistranslation"');
    expect(v21).toContain('<data id="dc2s">&lt;a href=&quot;https://unesco.org&quot;&gt;</data>');
    expect(v21).toContain('<ec startRef="c2" dataRef="dc2e" type="link"/>');
    expect(v21).toContain('<note id="n102r" category="glossa:needs-review" appliesTo="target" ref="#s102">');
    expect(v21).toContain("<ignorable id=\"g102\">");
    const v12 = writeXliff12(sampleDoc());
    expect(v12).toContain('state="needs-review-translation"');
    expect(v12).toContain('state="signed-off"');
    expect(v12).toContain('state="needs-translation" state-qualifier="leveraged-mt"');
    expect(v12).toContain('approved="yes"');
    expect(v12).toContain('<it id="c2" pos="open" ctype="link">');
    // The source flag spans the bold code, so 1.2 keeps it as a note only; a flag over plain text is a <mrk>.
    const plain = sampleDoc();
    plain.segments[3]!.flags = [{ id: 11, side: "target", start: 0, end: 2, category: "style", severity: "minor", check: "style", message: "Style", comment: null, suggestions: [] }];
    expect(writeXliff12(plain)).toContain('<mrk mtype="x-its" its:locQualityIssueType="style" its:locQualityIssueComment="Style" its:locQualityIssueSeverity="30">会议</mrk>进行中');
  });

  it("read their own output back to the same texts, codes, states and versions", async () => {
    for (const xml of [writeXliff2(sampleDoc(), "2.1"), writeXliff12(sampleDoc())]) {
      const doc = await readXliff(xml);
      const segments = doc.files[0]!.units.flatMap((u) => u.segments);
      expect(segments.map((s) => s.source)).toEqual(sampleDoc().segments.map((s) => s.source));
      expect(segments.map((s) => s.target)).toEqual(sampleDoc().segments.map((s) => s.target?.text));
      expect(segments.map((s) => s.status)).toEqual(["final", "translated", "reviewed", "initial", undefined]);
      expect(segments[1]!.needsReview).toBe(true);
      expect(segments.map((s) => s.glossa?.translationVersion)).toEqual([3, 4, 2, 1, 0]);
      expect(segments.map((s) => s.separator)).toEqual(["", " ", "", "", ""]);
      expect(doc.files[0]!.units[1]!.codes).toEqual([expect.objectContaining({ kind: "pair", n: 1, type: "bold", open: "<b>", close: "</b>" }), expect.objectContaining({ kind: "pair", n: 2, type: "link" }), expect.objectContaining({ kind: "standalone", n: 1, type: "linebreak", original: "<br>" })]);
      expect(doc.glossa?.articleId).toBe(12);
    }
  });

  it("never emit a character XML forbids: XLIFF 2 writes <cp>, XLIFF 1.2 refuses naming the segment", async () => {
    const doc = sampleDoc();
    doc.segments[0]!.target!.text = "访问\u0000中心\uFFFF\uD800";
    doc.segments[4]!.source = "Pas\u0001 encore.";
    const xml = writeXliff2(doc, "2.1");
    expect(xml).toContain('访问<cp hex="0000"/>中心<cp hex="FFFF"/><cp hex="D800"/>');
    expect(xml).toContain('Pas<cp hex="0001"/> encore.');
    // No raw forbidden character anywhere in the output.
    expect(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(xml)).toBe(false);
    expect((await validateAgainstSchemas([{ name: "x", xml }], "xliff-2.0")).get("x")).toEqual([]);
    expect(() => writeXliff12(doc)).toThrow(Xliff12WriteError);
    expect(() => writeXliff12(doc)).toThrow(/segment 101 holds U\+0000/);
  });

  it("escape markup-like text and keep a flag comment with a forbidden character readable", async () => {
    const doc = sampleDoc();
    doc.segments[3]!.target!.text = `<script>alert("x")</script> & co`;
    doc.segments[1]!.flags[0]!.comment = "bad\u0007char";
    const xml = writeXliff2(doc, "2.1");
    expect(xml).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co");
    expect(xml).toContain("bad[U+0007]char");
    expect((await validateAgainstSchemas([{ name: "x", xml }], "xliff-2.0")).get("x")).toEqual([]);
  });
});
