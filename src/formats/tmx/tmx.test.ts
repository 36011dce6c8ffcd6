import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TmxError, type TmxUnit } from "./model";
import { TmxReader } from "./reader";
import { TMX_END, tmxStart, tmxUnit } from "./writer";

const FIXTURES = join(import.meta.dirname, "../../../test/fixtures/tmx");
const fixture = (path: string) => readFileSync(join(FIXTURES, path));

/** Reads bytes through the streaming reader in small chunks (the way large files arrive). */
function read(bytes: Uint8Array, chunk = 97): TmxUnit[] {
  const units: TmxUnit[] = [];
  const reader = new TmxReader({ onUnit: (u) => units.push(u) });
  for (let at = 0; at < bytes.length; at += chunk) reader.write(bytes.subarray(at, at + chunk));
  reader.end();
  return units;
}
const readText = (xml: string) => read(new TextEncoder().encode(xml));
const errorOf = (bytes: Uint8Array | string) => {
  try {
    read(typeof bytes === "string" ? new TextEncoder().encode(bytes) : bytes);
  } catch (e) {
    expect(e).toBeInstanceOf(TmxError);
    return (e as Error).message;
  }
  throw new Error("expected the file to be refused");
};

/** The kit's description of an import: the .txt file, one segment per line (UTF-8 or UTF-16 with BOM). */
function kitLines(name: string): string[] {
  const bytes = fixture(`lisa_tmx_compliance_kit/${name}`);
  const text = bytes[0] === 0xff && bytes[1] === 0xfe ? new TextDecoder("utf-16le").decode(bytes.subarray(2)) : new TextDecoder().decode(bytes).replace(/^\ufeff/, "");
  return text.split(/\r?\n/).filter((l) => l.length > 0);
}
const textsIn = (units: TmxUnit[], lang: string) => units.flatMap((u) => u.variants.filter((v) => v.lang.toLowerCase() === lang).map((v) => v.text));

describe("TMX reader: the LISA compliance kit imports as the kit describes", () => {
  it.each([
    ["ImportTest1A.tmx", "ImportTest1A.txt", "en-us", "ImportTest1A_fr-ca.txt", "fr-ca"],
    ["ImportTest1B.tmx", "ImportTest1B.txt", "en-us", "ImportTest1B_fr-ca.txt", "fr-ca"],
    ["ImportTest1C.tmx", "ImportTest1C.txt", "en-us", "ImportTest1C_fr-ca.txt", "fr-ca"],
    ["ImportTest1D.tmx", "ImportTest1D.txt", "en-us", "ImportTest1D_en-gb.txt", "en-gb"],
    ["ImportTest1E.tmx", "ImportTest1E.txt", "en-us", "ImportTest1E_en-gb.txt", "en-gb"],
    ["ImportTest1F.tmx", "ImportTest1F.txt", "en-us", "ImportTest1F_en-gb.txt", "en-gb"],
    ["ImportTest1G.tmx", "ImportTest1G.txt", "en-us", "ImportTest1G_en-gb.txt", "en-gb"],
    ["ImportTest1H.tmx", "ImportTest1H.txt", "en-us", "ImportTest1H_en-gb.txt", "en-gb"],
  ])("%s (whitespace, attribute syntax, multiple languages, encodings)", (tmx, sourceTxt, sourceLang, targetTxt, targetLang) => {
    const units = read(fixture(`lisa_tmx_compliance_kit/${tmx}`));
    expect(textsIn(units, sourceLang)).toEqual(kitLines(sourceTxt));
    expect(textsIn(units, targetLang)).toEqual(kitLines(targetTxt));
  });

  it("ImportTest1I: keeps the ideographic spaces of the Japanese segment", () => {
    const [unit] = read(fixture("lisa_tmx_compliance_kit/ImportTest1I.tmx"));
    expect(unit!.variants.map((v) => v.text)).toEqual([kitLines("ImportTest1I.txt")[0], "Japanese segment with [\u3000\u3000]"]);
  });

  it("ImportTest1J_many and 1K: a unit's srclang overrides the header's", () => {
    const many = read(fixture("lisa_tmx_compliance_kit/ImportTest1J_many.tmx"));
    expect(many.map((u) => u.srclang)).toEqual(["en-us", "en-us", "es-es"]);
    const k = read(fixture("lisa_tmx_compliance_kit/ImportTest1K.tmx"));
    expect(k.map((u) => u.srclang)).toEqual(["de-de", "fr-ca"]);
  });

  it("ImportTest1L: reads a unit among comments, notes, properties and a user-defined encoding", () => {
    const [unit] = read(fixture("lisa_tmx_compliance_kit/ImportTest1L.tmx"));
    expect(unit!.variants.map((v) => [v.lang, v.text])).toEqual([
      ["en-us", "Text of the segment."],
      ["fr", "Texte du segment."],
      ["en-gb", "Text of the segment."],
    ]);
    expect(unit!.tuid).toBe("tu001");
    expect(unit!.props).toEqual({ myPropeType: "Data" });
    expect(unit!.created).toBe("2002-05-23T09:12:00.000Z");
  });

  it.each(["ImportTest2A.tmx", "ImportTest2A-0index.tmx", "ImportTest2B.tmx"])("%s: inline codes out of the text, kept as markup", (file) => {
    const units = read(fixture(`lisa_tmx_compliance_kit/${file}`));
    expect(units).toHaveLength(7);
    expect(units[0]!.variants.map((v) => v.text)).toEqual(["The big black cat sleeps.", "Le gros chat noir dors."]);
    expect(units[1]!.variants[0]!.text).toBe('Test for special characters = <=lt, >=gt, &=amp, "=quot.');
    expect(units[2]!.variants[0]!.text).toBe("Nested formatting = Bold+Italic+Underlined, Bold+Italic, Bold.");
    expect(units[6]!.variants.map((v) => v.text)).toEqual(["Du text avec une portion délimitée.", "Some text with a part highlighted."].map((t, i) => (file === "ImportTest2B.tmx" || i === 1 ? t : "Du texte avec une portion délimitée.")));
    expect(units[0]!.variants[0]!.markup).toMatch(/^The big <bpt i="1" x="[01]" type="bold">.*<\/ept> sleeps\.$/);
  });

  it("ImportTest2C: a <sub> inside a code is code, the <hi> text is text", () => {
    const [unit] = read(fixture("lisa_tmx_compliance_kit/ImportTest2C.tmx"));
    expect(unit!.variants[1]).toMatchObject({ lang: "fr", text: "Cliquez  pour commencer." });
    expect(unit!.variants[1]!.markup).toContain("<sub>Commencez ici !</sub>");
  });
});

describe("TMX reader: other real files", () => {
  it("reads srclang=\"*all*\" with six languages (XuanZang)", () => {
    const units = read(fixture("disfr_samples/XuanZang.tmx"), 4096);
    expect(units).toHaveLength(51);
    expect(units.every((u) => u.srclang === "*all*")).toBe(true);
    expect(units[0]!.variants.map((v) => v.lang)).toEqual(["de", "en", "es", "it", "ko", "zh-cn"]);
  });
  it("reads TMX 1.1 with lang, 1.4 with xml:lang, and OmegaT's 1.1 with xml:lang", () => {
    expect(read(fixture("omegat_tests/test-level1.tmx"))).toHaveLength(4);
    expect(read(fixture("omegat_tests/test-multiple-tuv14.tmx"))[0]!.variants).toHaveLength(8);
    expect(read(fixture("omegat_tests/en-ca.tmx"))[0]!.variants.map((v) => v.lang)).toEqual(["en-US", "ca"]);
  });
  it("keeps characters outside the BMP whole", () => {
    expect(read(fixture("omegat_tests/test-SMP.tmx"), 5)[0]!.variants.map((v) => v.text)).toEqual(["𝐀𝐁𝐂", "𝐃𝐄𝐅"]);
  });
  it("reads a default namespace and Chinese", () => {
    const [unit] = read(fixture("disfr_samples/multilanguage.tmx"));
    expect(unit!.variants.find((v) => v.lang === "zh")!.text).toBe("你好世界！");
  });
  it("reads an empty body as no units (the import refuses it)", () => {
    expect(read(fixture("omegat_tests/empty.tmx"))).toEqual([]);
    expect(read(fixture("disfr_samples/empty-tmx.tmx"))).toEqual([]);
  });
});

describe("TMX reader: broken files are refused with a reason", () => {
  it("invalid.tmx: an <ept> before its <bpt>", () => {
    expect(errorOf(fixture("omegat_tests/invalid.tmx"))).toMatch(/line 12: <ept i="1"> closes no <bpt i="1">/);
  });
  it("test-omegat-invalid.tmx: languages named with lang and xml:lang in one file", () => {
    expect(errorOf(fixture("omegat_tests/test-omegat-invalid.tmx"))).toMatch(/line 26: the file names languages with both lang and xml:lang/);
  });
  it("test-missingSource.tmx: a unit without a variant in the source language", () => {
    expect(errorOf(fixture("omegat_tests/test-missingSource.tmx"))).toMatch(/line 23: a <tu> has no <tuv> in its source language en/);
  });
  it("not TMX, not well-formed, not finished", () => {
    expect(errorOf("<xliff version='2.0'/>")).toMatch(/not a TMX file: the root element is <xliff>/);
    expect(errorOf("<tmx version='1.4'><header srclang='en'/><body><tu><tuv xml:lang='en'><seg>a</tuv></tu></body></tmx>")).toMatch(/Not well-formed XML/);
    expect(errorOf("<tmx version='1.4'><header srclang='en'/><body><tu>")).toMatch(/Not well-formed XML|unclosed/i);
    expect(errorOf("<tmx version='2.0'><header srclang='en'/><body/></tmx>")).toMatch(/version 2.0 is not supported/);
  });
  it("structure: a tuv without seg or language, two segs, unknown elements, pairing", () => {
    const wrap = (tu: string) => `<tmx version="1.4"><header srclang="en"/><body>${tu}</body></tmx>`;
    expect(errorOf(wrap(`<tu><tuv xml:lang="en"></tuv></tu>`))).toMatch(/has no <seg>/);
    expect(errorOf(wrap(`<tu><tuv><seg>a</seg></tuv></tu>`))).toMatch(/has no language/);
    expect(errorOf(wrap(`<tu><tuv xml:lang="en"><seg>a</seg><seg>b</seg></tuv></tu>`))).toMatch(/more than one <seg>/);
    expect(errorOf(wrap(`<tu><tuv xml:lang="en"><seg>a <b>bold</b></seg></tuv></tu>`))).toMatch(/<b> is not allowed inside <seg>/);
    expect(errorOf(wrap(`<tu><tuv xml:lang="en"><seg>a <bpt i="1">x</bpt></seg></tuv></tu>`))).toMatch(/<bpt i="1"> has no <ept>/);
    expect(errorOf(wrap(`<tu><tuv xml:lang="en"><seg><it>x</it></seg></tuv></tu>`))).toMatch(/pos="begin"/);
    expect(errorOf(wrap(`<tu/>`))).toMatch(/has no <tuv>/);
    expect(errorOf(wrap(`<ph>x</ph>`))).toMatch(/only allowed inside <seg>/);
    expect(errorOf(`<tmx version="1.4"><body/></tmx>`)).toMatch(/<body> comes before <header>/);
  });
});

describe("TMX reader: hostile XML is refused", () => {
  it("refuses entity declarations: expansion and external entities", () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]><tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>&b;</seg></tuv></tu></body></tmx>`;
    expect(errorOf(laughs)).toMatch(/entity declarations are not allowed/);
    const xxe = `<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>&xxe;</seg></tuv></tu></body></tmx>`;
    expect(errorOf(xxe)).toMatch(/entity declarations are not allowed/);
  });
  it("refuses an undeclared entity rather than guessing", () => {
    expect(errorOf(`<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>&nbsp;</seg></tuv></tu></body></tmx>`)).toMatch(/Not well-formed XML/);
  });
  it("refuses deep nesting and oversized segments", () => {
    const deep = `<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>${"<hi>".repeat(80)}x${"</hi>".repeat(80)}</seg></tuv></tu></body></tmx>`;
    expect(errorOf(deep)).toMatch(/nest deeper than/);
    const long = `<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>${"word ".repeat(30_000)}</seg></tuv></tu></body></tmx>`;
    expect(errorOf(long)).toMatch(/segment is longer than/);
  });
  it("refuses a file over its size limit, and bytes that are not what the file declares", () => {
    const reader = new TmxReader({ onUnit: () => {}, maxBytes: 100 });
    expect(() => reader.write(new Uint8Array(101))).toThrow(/larger than 100 bytes/);
    expect(errorOf(new Uint8Array([...new TextEncoder().encode("<tmx version='1.4'><header srclang='en'/><body><tu><tuv xml:lang='en'><seg>caf"), 0xe9, ...new TextEncoder().encode("</seg></tuv></tu></body></tmx>"), ...new Uint8Array(200).fill(32)]))).toMatch(/not valid UTF-8/);
    expect(errorOf(`<?xml version="1.0" encoding="EBCDIC-US"?><tmx/>${" ".repeat(200)}`)).toMatch(/encoding "ebcdic-us" is not supported/);
  });
  it("decodes a declared ISO-8859-1 file", () => {
    const head = new TextEncoder().encode(`<?xml version="1.0" encoding="ISO-8859-1"?><tmx version="1.4"><header srclang="fr"/><body><tu><tuv xml:lang="fr"><seg>caf`);
    const tail = new TextEncoder().encode(`</seg></tuv></tu></body></tmx>`);
    const [unit] = read(new Uint8Array([...head, 0xe9, ...tail]));
    expect(unit!.variants[0]!.text).toBe("café");
  });
});

describe("TMX writer", () => {
  it("writes what the reader reads back, for any text", () => {
    const text = fc.oneof(fc.string({ unit: "grapheme", minLength: 1, maxLength: 40 }), fc.string({ unit: fc.constantFrom("a", "\r", "\n", "<", "&", "]]>", "\u0001", "\ud800", "é", "\t"), minLength: 1, maxLength: 12 })).filter((s) => s.trim().length > 0);
    fc.assert(
      fc.property(text, text, (a, b) => {
        const xml = tmxStart({ srclang: "fr", tool: "Glossa", toolVersion: "1" }) + tmxUnit({ srclang: "fr", variants: [{ lang: "fr", text: a }, { lang: "hu", text: b }] }) + TMX_END;
        const [unit] = readText(xml);
        // Characters XML 1.0 cannot carry (controls, lone surrogates) are written as U+FFFD.
        const clean = (s: string) =>
          s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd").normalize("NFC");
        expect(unit!.variants.map((v) => v.text)).toEqual([clean(a), clean(b)]);
      }),
      { numRuns: 300 },
    );
  });
  it("keeps the LISA export kit's spaces, tabs and special characters", () => {
    const units = read(fixture("lisa_tmx_compliance_kit/ExportTest1A.tmx"));
    const xml = tmxStart({ srclang: "en-us", tool: "Glossa", toolVersion: "1" }) + units.map((u) => tmxUnit({ srclang: "en-us", variants: u.variants })).join("") + TMX_END;
    expect(read(new TextEncoder().encode(xml)).map((u) => u.variants.map((v) => v.text))).toEqual(units.map((u) => u.variants.map((v) => v.text)));
    expect(xml).toContain("[\t] and 2 [\t\t]");
  });
});
