/**
 * The four languages Glossa works in. Every language type is derived from this tuple.
 */
export const LANGUAGES = ["fr", "en", "zh", "hu"] as const;
export type Lang = (typeof LANGUAGES)[number];

/** Names of each language in its own script, for menus. */
export const LANGUAGE_NAMES: Record<Lang, string> = {
  fr: "Français",
  en: "English",
  zh: "中文",
  hu: "Magyar",
};

/** BCP 47 tags used with `Intl` APIs. */
export const LOCALE_TAGS: Record<Lang, string> = {
  fr: "fr-FR",
  en: "en-GB",
  zh: "zh-Hans-CN",
  hu: "hu-HU",
};

/**
 * The tag a document written for other tools (HTML `lang`, XLIFF, TBX) gives a language: the
 * newsroom writes Simplified Chinese, so `zh` is `zh-Hans`, not the bare `zh` that says nothing
 * of the script. Tags of other languages (from an imported file) are kept as they are.
 *
 * @example
 * documentLangTag("zh") // "zh-Hans"
 * documentLangTag("hu") // "hu"
 */
export function documentLangTag(lang: string): string {
  return lang === "zh" ? "zh-Hans" : lang;
}

/** The languages with a spelling check. */
export type SpellLang = Exclude<Lang, "zh">;

/** Chinese has no spelling check (no dictionary; words are not separated by spaces). */
export function isSpelled(lang: Lang): lang is SpellLang {
  return lang !== "zh";
}

export function isLang(value: unknown): value is Lang {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * Maps a language tag as clients send it (`fr-FR`, `zh-Hans`, `en_US`, `HU`) to one of ours.
 * Returns `undefined` for a tag we do not work in, so callers can answer with a clear error.
 *
 * @example
 * parseLang("zh-CN") // "zh"
 * parseLang("de")    // undefined
 */
export function parseLang(tag: string | null | undefined): Lang | undefined {
  if (!tag) return undefined;
  const primary = tag.trim().toLowerCase().replace(/_/g, "-").split("-")[0];
  if (primary === "zho" || primary === "chi" || primary === "cmn") return "zh";
  if (primary === "fra" || primary === "fre") return "fr";
  if (primary === "eng") return "en";
  if (primary === "hun") return "hu";
  return isLang(primary) ? primary : undefined;
}

/** Languages written without spaces between words: diffs and matching work on characters. */
export function isCharacterLanguage(lang: Lang): boolean {
  return lang === "zh";
}
