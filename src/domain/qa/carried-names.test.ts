import { describe, expect, it } from "vitest";
import { isHungarianNameEnding, sourceNames } from "./carried-names";

const isWord = (part: string) => ["osztályokat", "ellenes"].includes(part);

describe("names a translation carries over from its source", () => {
  it("finds a name copied whole, apostrophes compared folded, never inside a longer word", () => {
    const names = sourceNames("fr", "Shoppers at Sainsbury's met Thompson and the Thompsons.");
    expect(names.copied("Sainsbury’s")).toBe(true);
    expect(names.copied("Thompson")).toBe(true);
    expect(names.copied("Thomp")).toBe(false);
    expect(names.copied("Shop")).toBe(false);
  });

  it("finds a Hungarian name with case endings, solid or after a hyphen, the first one assimilated", () => {
    const names = sourceNames("hu", "Croydon, Gerrard, Capp and Boots met Truly in Palu and Victoria.");
    for (const word of ["Croydonban", "Gerrardot", "Gerrardék", "Capp-pel", "Bootsszal", "Trulyt", "Paluba", "Victoriában"]) expect(names.inflected(word, isWord)).toBe(true);
    // Not an ending, not a name of the source, or another language.
    for (const word of ["Croydonford", "Londonban", "Croy"]) expect(names.inflected(word, isWord)).toBe(false);
    expect(sourceNames("fr", "Croydon").inflected("Croydonban", isWord)).toBe(false);
  });

  it("finds a two-letter name written long before its ending, whose first two letters the source lacks", () => {
    // Only the start of a shortened name of two letters differs from the word's ("Bá" for "Ba").
    expect(sourceNames("hu", "He met Ba in Rome.").inflected("Bában", isWord)).toBe(true);
    expect(sourceNames("hu", "He met Bo in Rome.").inflected("Bában", isWord)).toBe(false);
  });

  it("finds the lower-case Hungarian adjective in -i of a place the source names, with endings", () => {
    const names = sourceNames("hu", "Fans at Ibrox, in Birkenhead, Palu and Helsinki.");
    for (const word of ["ibroxi", "ibroxiak", "birkenheadi", "palui", "paluiaknak", "helsinki", "helsinkiek"]) expect(names.adjective(word)).toBe(true);
    // Not a place of the source, not an ending after the -i, or another language.
    for (const word of ["londoni", "ibroxiford", "ibrox", "pa"]) expect(names.adjective(word)).toBe(false);
    expect(sourceNames("fr", "Ibrox").adjective("ibroxi")).toBe(false);
    // A pasted run of i's is read from its last few letters only (tried from every i, it would
    // take minutes).
    expect(names.adjective(`ab${"i".repeat(100_000)}`)).toBe(false);
  });

  it("finds a Hungarian compound with a name of the source first, the rest words", () => {
    const names = sourceNames("hu", "Argos and Erdoğan");
    expect(names.inflected("Argos-osztályokat", isWord)).toBe(true);
    expect(names.inflected("Erdoğan-ellenes", isWord)).toBe(true);
    expect(names.inflected("Argos-osztáyokat", isWord)).toBe(false); // a typo after the name is still one
    expect(names.inflected("London-osztályokat", isWord)).toBe(false);
  });

  it("reads endings and assimilated -val/-vel, -vá/-vé", () => {
    expect(isHungarianNameEnding("ban")).toBe(true);
    expect(isHungarianNameEnding("nak")).toBe(true);
    expect(isHungarianNameEnding("szal")).toBe(true);
    expect(isHungarianNameEnding("pel")).toBe(true);
    expect(isHungarianNameEnding("ppel")).toBe(true);
    expect(isHungarianNameEnding("szá")).toBe(true);
    expect(isHungarianNameEnding("ford")).toBe(false);
    expect(isHungarianNameEnding("")).toBe(false);
  });
});
