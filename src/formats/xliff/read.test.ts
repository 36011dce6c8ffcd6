import { describe, expect, it } from "vitest";
import { closeChar, openChar, standaloneChar } from "../../domain/inline-codes";
import { readXliff, XliffRejection } from "./read";
import { fromMemoqStatus, fromTradosConf, fromXliff12State, toXliff12State } from "./states";
import { XliffFileError } from "./xml-tree";

const x2 = (units: string, attrs = 'srcLang="en" trgLang="fr"') =>
  `<?xml version="1.0"?><xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" ${attrs}><file id="f1">${units}</file></xliff>`;
const x12 = (units: string, extra = "") =>
  `<?xml version="1.0"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" ${extra}><file original="a.txt" source-language="en" target-language="hu" datatype="plaintext"><body>${units}</body></file></xliff>`;

describe("XLIFF 2 reader", () => {
  it("maps <pc>, <sc>/<ec> across segments, <ph> and originalData onto Glossa's codes, and drops markers but not their text", async () => {
    const doc = await readXliff(
      x2(`<unit id="u1"><originalData><data id="d1">&lt;b&gt;</data><data id="d2">&lt;/b&gt;</data><data id="d3">&lt;br/&gt;</data></originalData>
        <segment id="a" state="translated"><source><pc id="1" dataRefStart="d1" dataRefEnd="d2" type="fmt" subType="xlf:b">Bold</pc> and <sc id="2" type="link"/>a <mrk id="m1" type="comment" value="x">link</mrk></source>
          <target><pc id="1" dataRefStart="d1" dataRefEnd="d2">Gras</pc> et <sc id="2"/>un <sm id="s1"/>lien<em startRef="s1"/></target></segment>
        <ignorable><source> </source></ignorable>
        <segment id="b"><source>across<ec startRef="2"/><ph id="3" dataRef="d3"/>.</source><target>travers<ec startRef="2"/><ph id="3" dataRef="d3"/>.</target></segment></unit>`),
    );
    const unit = doc.files[0]!.units[0]!;
    expect(unit.segments.map((s) => s.source)).toEqual([`${openChar(1)}Bold${closeChar(1)} and ${openChar(2)}a link`, `across${closeChar(2)}${standaloneChar(1)}.`]);
    expect(unit.segments.map((s) => s.target)).toEqual([`${openChar(1)}Gras${closeChar(1)} et ${openChar(2)}un lien`, `travers${closeChar(2)}${standaloneChar(1)}.`]);
    expect(unit.segments.map((s) => s.status)).toEqual(["translated", "initial"]);
    expect(unit.segments[0]!.separator).toBe(" ");
    expect(unit.codes).toEqual([
      { kind: "pair", n: 1, type: "bold", open: "<b>", close: "</b>" },
      { kind: "pair", n: 2, type: "link" },
      { kind: "standalone", n: 1, type: "other", original: "<br/>" },
    ]);
  });

  it("refuses invalid files with the reason: schema, processing requirements, a namespace that is not XLIFF's", async () => {
    await expect(readXliff(x2(`<unit id="u1"><segment><source><ec startRef="1"/>x</source></segment></unit>`))).rejects.toThrow(/comes before any <sc id="1">/);
    await expect(readXliff(x2(`<unit id="u1"><segment state="done"><source>x</source></segment></unit>`))).rejects.toThrow(/state/);
    await expect(readXliff(x2(`<unit id="u1"><segment><source>x</source><target>y</target></segment></unit>`, 'srcLang="en"'))).rejects.toThrow(/no trgLang/);
    await expect(readXliff(x2("").replace("document:2.0", "document:2.1"))).rejects.toThrow(/XLIFF 2\.0 and 2\.1 use urn:oasis:names:tc:xliff:document:2\.0/);
    await expect(readXliff("<html><body/></html>")).rejects.toThrow(/not an XLIFF file/);
    const rejection = await readXliff(x2(`<unit id="u1"><segment id="s"><source>x</source></segment><segment id="s"><source>y</source></segment></unit>`)).catch((e) => e);
    expect(rejection).toBeInstanceOf(XliffRejection);
    expect(rejection.reasons.join()).toMatch(/"s" of a segment or ignorable of the unit is used twice/);
  });
});

describe("XLIFF 1.2 reader", () => {
  it("reads <g>, <x>, <bpt>/<ept> paired by rid and named by id, states and seg-source segments", async () => {
    const doc = await readXliff(
      x12(`<trans-unit id="t1"><source><g id="1" ctype="bold">Hello</g> <x id="2" ctype="lb"/>world. Bye <bpt id="3" rid="r">&lt;i&gt;</bpt>now<ept id="4" rid="r">&lt;/i&gt;</ept>.</source>
        <seg-source><mrk mtype="seg" mid="1"><g id="1" ctype="bold">Hello</g> <x id="2" ctype="lb"/>world.</mrk> <mrk mtype="seg" mid="2">Bye <bpt id="3" rid="r">&lt;i&gt;</bpt>now<ept id="4" rid="r">&lt;/i&gt;</ept>.</mrk></seg-source>
        <target state="signed-off"><mrk mtype="seg" mid="1"><g id="1">Szia</g> <x id="2"/>világ.</mrk> <mrk mtype="seg" mid="2">Viszlát <bpt id="3" rid="q">&lt;i&gt;</bpt>most<ept id="4" rid="q">&lt;/i&gt;</ept>.</mrk></target></trans-unit>
        <trans-unit id="t2"><source>Plain</source><target state="needs-review-translation">Sima</target></trans-unit>
        <trans-unit id="t3" translate="no"><source>skip</source></trans-unit>`),
    );
    const units = doc.files[0]!.units;
    expect(units).toHaveLength(2);
    expect(units[0]!.segments.map((s) => [s.source, s.target, s.status, s.separator])).toEqual([
      [`${openChar(1)}Hello${closeChar(1)} ${standaloneChar(1)}world.`, `${openChar(1)}Szia${closeChar(1)} ${standaloneChar(1)}világ.`, "reviewed", " "],
      [`Bye ${openChar(2)}now${closeChar(2)}.`, `Viszlát ${openChar(2)}most${closeChar(2)}.`, "reviewed", ""],
    ]);
    expect(units[0]!.codes.find((c) => c.kind === "pair" && c.n === 2)).toEqual({ kind: "pair", n: 2, type: "italic", open: "<i>", close: "</i>" });
    expect(units[1]!.segments[0]).toMatchObject({ status: "translated", needsReview: true });
    expect(doc.warnings).toContain('1 trans-unit(s) marked translate="no" were skipped');
  });

  it("refuses duplicate trans-unit ids and a file without source-language", async () => {
    await expect(readXliff(x12(`<trans-unit id="a"><source>x</source></trans-unit><trans-unit id="a"><source>y</source></trans-unit>`))).rejects.toThrow(/"a" is used twice/);
    await expect(readXliff(x12("").replace(' source-language="en"', ""))).rejects.toThrow(/source-language/);
  });
});

describe("state mapping", () => {
  it("is the documented table, both ways", () => {
    expect(toXliff12State("initial", false, "mt:deepl")).toEqual({ state: "needs-translation", qualifier: "leveraged-mt" });
    expect(toXliff12State("translated", true, "human")).toEqual({ state: "needs-review-translation" });
    expect(toXliff12State("reviewed", false, "human")).toEqual({ state: "signed-off" });
    for (const status of ["initial", "translated", "reviewed", "final"] as const) {
      expect(fromXliff12State(toXliff12State(status, false, "human").state).status).toBe(status);
    }
    expect(fromXliff12State("new").status).toBe("initial");
    expect(fromXliff12State(undefined).status).toBe("translated");
    expect(fromTradosConf("ApprovedSignOff")?.status).toBe("final");
    expect(fromTradosConf("Draft")?.status).toBe("initial");
    expect(fromMemoqStatus("Reviewer1Confirmed")?.status).toBe("reviewed");
    expect(fromMemoqStatus("ManuallyConfirmed")?.status).toBe("translated");
  });
});

describe("hostile XML", () => {
  const refused = async (xml: string, reason: RegExp) => {
    const error = await readXliff(xml).catch((e) => e);
    expect(error).toBeInstanceOf(XliffFileError);
    expect(error.message).toMatch(reason);
  };

  it("refuses entity declarations (billion laughs, external entities) without expanding or fetching them", async () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE xliff [<!ENTITY a "aaaaaaaaaa">${Array.from({ length: 9 }, (_, i) => `<!ENTITY ${"b".repeat(i + 1)} "${`&${i === 0 ? "a" : "b".repeat(i)};`.repeat(10)}">`).join("")}]><xliff version="1.2"><file original="x" source-language="en" datatype="plaintext"><body><trans-unit id="1"><source>&bbbbbbbbb;</source></trans-unit></body></file></xliff>`;
    await refused(laughs, /entity declarations are not allowed/);
    await refused(`<?xml version="1.0"?><!DOCTYPE xliff [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><xliff version="1.2"><file original="x" source-language="en" datatype="plaintext"><body><trans-unit id="1"><source>&xxe;</source></trans-unit></body></file></xliff>`, /entity declarations are not allowed/);
    await refused(`<?xml version="1.0"?><!DOCTYPE xliff [<!ENTITY % p SYSTEM "http://example.invalid/x.dtd"> %p;]><xliff version="1.2"/>`, /entity declarations are not allowed/);
    // An undeclared entity is an error, never a lookup.
    await refused(x12(`<trans-unit id="1"><source>&nbsp;</source></trans-unit>`), /not well-formed/);
  });

  it("refuses deep nesting and oversized input before parsing", async () => {
    await refused(x12(`<trans-unit id="1"><source>${"<g id='1'>".repeat(100)}x${"</g>".repeat(100)}</source></trans-unit>`), /nest deeper/);
    const big = x12(`<trans-unit id="1"><source>${"a".repeat(2048)}</source></trans-unit>`);
    const error = await readXliff(big, { maxBytes: 1024 }).catch((e) => e);
    expect(error.message).toMatch(/larger than/);
  });
});
