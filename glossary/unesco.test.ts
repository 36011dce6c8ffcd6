import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readTbx } from "../src/formats/tbx/reader";
import { validateTbxBasic } from "../test/support/tbx-schema";

const { doc, errors } = readTbx(readFileSync(join(import.meta.dirname, "unesco.tbx"), "utf8"));

describe("glossary/unesco.tbx", () => {
  it("is valid TBX-Basic with at least 120 concepts, nearly all in four languages", () => {
    expect(errors).toEqual([]);
    expect(doc.concepts.length).toBeGreaterThanOrEqual(120);
    const complete = doc.concepts.filter((c) => ["fr", "en", "zh", "hu"].every((l) => c.languages[l]?.terms.length));
    expect(complete.length / doc.concepts.length).toBeGreaterThan(0.95);
    expect(new Set(doc.concepts.map((c) => c.externalId)).size).toBe(doc.concepts.length);
  });

  it("holds the sample article's terms, names and forbidden variants", () => {
    const all = doc.concepts.flatMap((c) => Object.entries(c.languages).flatMap(([lang, s]) => s.terms.map((t) => ({ lang, ...t }))));
    const find = (lang: string, text: string) => all.find((t) => t.lang === lang && t.text === text);
    expect(find("fr", "jumeau numérique")?.status).toBe("preferred");
    expect(find("fr", "développement soutenable")?.status).toBe("forbidden");
    expect(find("hu", "Soós Gábor")?.status).toBe("preferred");
    expect(find("hu", "Gábor Soós")?.status).toBe("deprecated");
    expect(find("fr", "Réseau des villes créatives de l'UNESCO")).toBeDefined();
    expect(find("zh", "王府井")).toBeDefined();
    expect(all.filter((t) => t.note?.includes("needs checking")).every((t) => t.status === "admitted")).toBe(true);
  });

  it("is valid against the official TBX-Basic RelaxNG grammar and Schematron", async () => {
    expect(await validateTbxBasic(readFileSync(join(import.meta.dirname, "unesco.tbx"), "utf8"))).toEqual([]);
  });
});
