import { parseCodeChar, codeFor, type InlineCode, type InlineCodeType } from "../../src/domain/inline-codes";
import type { Translate } from "../i18n";

/** Short tag names for code types, as translators know them from HTML. */
const SHORT: Record<InlineCodeType, string> = {
  bold: "b", italic: "i", underline: "u", strike: "s", code: "code", link: "a", superscript: "sup", subscript: "sub", span: "span", image: "img", linebreak: "br", other: "x",
};

/**
 * How a code character reads in review: `<b1>`, `</b1>` or `<img1/>` (the type and the code's
 * number), the token the editor shows for it (`⟨b1⟩`), and a description for its tooltip.
 *
 * @example
 * codeLabel("\uE002", [{ kind: "pair", n: 1, type: "bold" }]) // { label: "<b1>", token: "⟨b1⟩", type: "bold", … }
 */
export function codeLabel(ch: string, codes: readonly InlineCode[]): { label: string; token: string; type: InlineCodeType | undefined; detail: string } | undefined {
  const mark = parseCodeChar(ch);
  if (!mark) return undefined;
  const code = codeFor(mark, codes);
  const name = code ? SHORT[code.type] : "";
  const core = `${name}${mark.n}`;
  const [label, token] =
    mark.kind === "open" ? [`<${core}>`, `⟨${core}⟩`] : mark.kind === "close" ? [`</${core}>`, `⟨/${core}⟩`] : [`<${core}/>`, `⟨${core}/⟩`];
  const detail = code?.attrs?.href ?? code?.attrs?.src ?? code?.attrs?.alt ?? "";
  return { label, token, type: code?.type, detail };
}

/**
 * A code character shown as a tag chip. The character itself stays in the DOM (the label is CSS
 * generated content), so the element's text is exactly the segment text and selections keep
 * their offsets.
 */
export function CodeChip({ ch, codes }: { ch: string; codes: readonly InlineCode[] }) {
  const info = codeLabel(ch, codes);
  if (!info) return <>{ch}</>;
  const kind = parseCodeChar(ch)!.kind;
  return (
    <span class={`ic ic-${kind} ic-${info.type ?? "unknown"}`} data-label={info.label} title={`${info.label}${info.detail ? ` ${info.detail}` : ""}`}>
      {ch}
    </span>
  );
}

/**
 * The source's tags as buttons under the editor: a click (or Alt+T for the next one the
 * translation lacks) puts the tag at the caret. review-codes.js reads `data-char`/`data-token`.
 */
export function InlineCodeTools({ source, codes, t }: { source: string; codes: readonly InlineCode[]; t: Translate }) {
  const chars = [...source].filter((ch) => parseCodeChar(ch));
  if (!chars.length) return null;
  return (
    <div class="code-tools" hidden role="toolbar" aria-label={t("interchange.tags")}>
      <span class="muted">{`${t("interchange.tags")} (Alt+T)`}</span>
      {chars.map((ch) => {
        const info = codeLabel(ch, codes)!;
        return (
          <button type="button" class={`insert-code ic-${parseCodeChar(ch)!.kind}`} data-char={ch} data-token={info.token} title={`${t("interchange.insertTag")} ${info.label}${info.detail ? ` (${info.detail})` : ""}`}>
            {info.label}
          </button>
        );
      })}
    </div>
  );
}
