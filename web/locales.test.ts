import { describe, expect, it } from "vitest";
import { UI_RESOURCES, translatorFor } from "./i18n";

type Tree = { [key: string]: string | Tree };

/** Dotted keys of a locale file; plural forms (`_one`, `_other`, ...) count as their base key. */
function keysOf(tree: Tree, prefix = ""): Set<string> {
  const keys = new Set<string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") keys.add(path.replace(/_(zero|one|two|few|many|other)$/, ""));
    else for (const k of keysOf(value, path)) keys.add(k);
  }
  return keys;
}

describe("UI locales", () => {
  const all = Object.entries(UI_RESOURCES).map(([lang, tree]) => [lang, keysOf(tree as Tree)] as const);
  const union = new Set(all.flatMap(([, keys]) => [...keys]));

  it.each(all)("%s has every key that any other language has", (_lang, keys) => {
    expect([...union].filter((k) => !keys.has(k))).toEqual([]);
  });

  it.each(all)("%s has no empty strings", (lang) => {
    const empty: string[] = [];
    const walk = (tree: Tree, prefix: string) => {
      for (const [k, v] of Object.entries(tree)) typeof v === "string" ? !v.trim() && empty.push(`${prefix}${k}`) : walk(v, `${prefix}${k}.`);
    };
    walk(UI_RESOURCES[lang as keyof typeof UI_RESOURCES] as Tree, "");
    expect(empty).toEqual([]);
  });

  it("pluralises per language: French 0 is singular, Hungarian and Chinese have one form", () => {
    expect(translatorFor("fr")("articles.segments", { count: 0 })).toMatch(/^0 segment$/);
    expect(translatorFor("en")("articles.segments", { count: 0 })).toMatch(/segments$/);
    expect(translatorFor("hu")("articles.segments", { count: 2 })).toContain("2");
    expect(translatorFor("zh")("articles.segments", { count: 2 })).toContain("2");
  });
});

describe("flag messages", () => {
  it("are shown in the UI language, per check, with the flagged text", async () => {
    const { flagMessage } = await import("./views/flag-message");
    const flag = { check: "spelling", side: "source", severity: "minor", text: "magaisn", message: "“magaisn” is not in the dictionary", suggestions: ["magasin"] };
    expect(flagMessage(flag, translatorFor("fr"))).toBe("« magaisn » n’est pas dans le dictionnaire");
    expect(flagMessage(flag, translatorFor("zh"))).toContain("magaisn");
    expect(flagMessage({ ...flag, check: "numbers", side: "target", severity: "major", text: "21" }, translatorFor("hu"))).toBe("„21” nem egyezik a forrással");
    expect(flagMessage({ ...flag, check: "some-future-check" }, translatorFor("hu"))).toBe(flag.message);
    const changed = { ...flag, check: "placeholders", side: "target", severity: "major", text: "<i>", suggestions: ["<b>"] };
    expect(flagMessage(changed, translatorFor("fr"))).toBe("« <i> » ne correspond pas à « <b> » dans la source");
    const extra = { ...changed, check: "placeholder-added", suggestions: [], message: "“<i>” is not in the source" };
    expect(flagMessage(extra, translatorFor("hu"))).toBe("„<i>” nincs a forrásban");
    expect(flagMessage({ ...flag, check: "manual", comment: "typo" }, translatorFor("en"))).toBe("typo");
  });
});
