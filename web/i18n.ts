/**
 * UI strings. One i18next instance holds all four languages; each request gets its own fixed
 * translator (`getFixedT`) so concurrent requests in different languages never interfere.
 */
import i18next, { type TFunction } from "i18next";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { LANGUAGES, parseLang, type Lang } from "../src/domain/languages";

type Tree = { [key: string]: string | Tree };
const LOCALES_DIR = join(import.meta.dirname, "locales");

/** Merges `extra` into `base` key by key (nested objects merge, strings from `extra` win). */
function deepMerge(base: Tree, extra: Tree): Tree {
  for (const [key, value] of Object.entries(extra)) {
    const current = base[key];
    base[key] = typeof value === "object" && typeof current === "object" ? deepMerge(current, value) : value;
  }
  return base;
}

/**
 * One language's strings: `locales/<lang>.json`, then every `locales/<area>/<lang>.json`. Areas
 * (publishing, translation memory …) keep their strings in their own folder so features do not
 * all edit one file.
 */
function loadLocale(lang: Lang): Tree {
  const tree = JSON.parse(readFileSync(join(LOCALES_DIR, `${lang}.json`), "utf8")) as Tree;
  const areas = readdirSync(LOCALES_DIR)
    .filter((name) => statSync(join(LOCALES_DIR, name)).isDirectory())
    .sort();
  for (const area of areas) {
    const file = join(LOCALES_DIR, area, `${lang}.json`);
    try {
      deepMerge(tree, JSON.parse(readFileSync(file, "utf8")) as Tree);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
    }
  }
  return tree;
}

export const UI_RESOURCES = Object.fromEntries(LANGUAGES.map((lang) => [lang, loadLocale(lang)])) as Record<Lang, Tree>;
const { en, fr, hu, zh } = UI_RESOURCES;

const instance = i18next.createInstance();
void instance.init({
  resources: { en: { translation: en }, fr: { translation: fr }, hu: { translation: hu }, zh: { translation: zh } },
  lng: "en",
  fallbackLng: false,
  initAsync: false,
  interpolation: { escapeValue: false }, // Hono JSX escapes on output
  returnNull: false,
  showSupportNotice: false,
});

export type Translate = TFunction;

/**
 * A translator bound to one UI language.
 *
 * @example
 * const t = translatorFor("hu"); t("nav.articles") // "Cikkek"
 */
export function translatorFor(lang: Lang): Translate {
  return instance.getFixedT(lang);
}

/** The UI language: `?ui=`, then the cookie, the profile, Accept-Language, else English. */
export function pickUiLanguage(sources: { query?: string; cookie?: string; profile?: Lang | null; acceptLanguage?: string }): Lang {
  const explicit = parseLang(sources.query) ?? parseLang(sources.cookie) ?? sources.profile ?? undefined;
  if (explicit) return explicit;
  for (const part of (sources.acceptLanguage ?? "").split(",")) {
    const lang = parseLang(part.split(";")[0]);
    if (lang) return lang;
  }
  return "en";
}

/**
 * The strings a client script needs, resolved in the page's UI language. Keys keep their dotted
 * names so scripts look them up the same way templates do.
 *
 * @example
 * <Layout clientStrings={clientStrings(t, ["review.saved", "review.conflict"])} />
 */
export function clientStrings(t: Translate, keys: readonly string[]): Record<string, string> {
  return Object.fromEntries(keys.map((key) => [key, String(t(key))]));
}
