/**
 * UI strings. One i18next instance holds all four languages; each request gets its own fixed
 * translator (`getFixedT`) so concurrent requests in different languages never interfere.
 */
import i18next, { type TFunction } from "i18next";
import { parseLang, type Lang } from "../src/domain/languages";
import en from "./locales/en.json";
import fr from "./locales/fr.json";
import hu from "./locales/hu.json";
import zh from "./locales/zh.json";

export const UI_RESOURCES = { en, fr, hu, zh } as const;

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
