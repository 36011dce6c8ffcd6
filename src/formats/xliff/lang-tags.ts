import { documentLangTag, type Lang } from "../../domain/languages";

/**
 * The BCP 47 tags Glossa writes into XLIFF: the newsroom writes Simplified Chinese, so Chinese
 * is `zh-Hans`, not the bare `zh` that says nothing about the script.
 *
 * @example
 * xliffLangTag("zh") // "zh-Hans"
 */
export function xliffLangTag(lang: Lang): string {
  return documentLangTag(lang);
}
