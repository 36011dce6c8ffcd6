/**
 * Each provider's names for our four languages. Chinese is Simplified Chinese everywhere; English
 * output is British, as the newsroom writes (LOCALE_TAGS).
 */
import type { Lang } from "../domain/languages";

/** DeepL: source codes are bare, target codes name the variant (EN alone is deprecated). */
export const DEEPL_SOURCE: Record<Lang, string> = { fr: "FR", en: "EN", zh: "ZH", hu: "HU" };
export const DEEPL_TARGET: Record<Lang, string> = { fr: "FR", en: "EN-GB", zh: "ZH-HANS", hu: "HU" };
/** DeepL glossaries name languages without variants, in lower case. */
export const DEEPL_GLOSSARY: Record<Lang, string> = { fr: "fr", en: "en", zh: "zh", hu: "hu" };

/** Google Cloud Translation v2 takes BCP-47 with zh-CN for Simplified Chinese. */
export const GOOGLE: Record<Lang, string> = { fr: "fr", en: "en", zh: "zh-CN", hu: "hu" };

/** Microsoft Translator v3 names the script. */
export const MICROSOFT: Record<Lang, string> = { fr: "fr", en: "en", zh: "zh-Hans", hu: "hu" };

/** LibreTranslate: zh before 1.6, zh-Hans since; the client asks the server which it has. */
export const LIBRETRANSLATE_ZH = ["zh-Hans", "zh", "zh-CN"] as const;

/** Written out for LLM prompts. */
export const LANGUAGE_IN_PROMPT: Record<Lang, string> = { fr: "French", en: "English (British spelling)", zh: "Simplified Chinese (zh-Hans)", hu: "Hungarian" };
