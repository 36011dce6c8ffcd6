import { describe, expect, it } from "vitest";
import { closeChar, openChar, standaloneChar } from "../domain/inline-codes";
import { fromTagged, toTagged } from "./tags";

const source = `a ${openChar(1)}b${closeChar(1)} ${openChar(2)}c ${standaloneChar(4)} < d`;

describe("inline codes through machine translation", () => {
  it("round-trips every code in both styles, pairs as pairs and lone ends as placeholders", () => {
    expect(toTagged(source, "xml")).toBe('a <g id="1">b</g> <bx id="2"/>c <x id="4"/> &lt; d');
    expect(toTagged(source, "html")).toBe('a <span id="g1">b</span> <img id="o2">c <img id="x4"> &lt; d');
    for (const style of ["xml", "html"] as const) expect(fromTagged(toTagged(source, style), source, style)).toBe(source);
  });

  it("keeps a reordering the engine made and decodes entities", () => {
    const answer = '<img id="x4"> &quot;d&quot; <span id="g1">B</span>&#233;';
    expect(fromTagged(answer, source, "html")).toBe(`${standaloneChar(4)} "d" ${openChar(1)}B${closeChar(1)}é`);
  });

  it("drops tags the source does not have and doubles of a code, so a save never meets foreign codes", () => {
    const answer = '<g id="9">x</g> <g id="1">y</g><g id="1">z</g> <b>bold</b> 1 < 2';
    expect(fromTagged(answer, source, "xml")).toBe(`x ${openChar(1)}y${closeChar(1)}z <b>bold</b> 1 < 2`);
  });
});
