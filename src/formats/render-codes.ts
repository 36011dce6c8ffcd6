/**
 * Writing inline codes in a format: the original markup when the article came in that format,
 * otherwise markup made from the code's meaning (a DOCX bold run becomes ** in Markdown and
 * <strong> in HTML). A code whose meaning the format cannot say (a <span> in Markdown) keeps its
 * text and drops its markup.
 */
import type { CodeMark, InlineCode, InlineCodeType } from "../domain/inline-codes";
import { openTag } from "./html-inline";

/** The styles a code stands for: DOCX runs may be bold and italic at once (attrs b, i, …). */
export function codeStyles(code: InlineCode): InlineCodeType[] {
  const a = code.attrs ?? {};
  if (a.docx !== "run") return [code.type];
  const styles: InlineCodeType[] = [];
  if (a.b) styles.push("bold");
  if (a.i) styles.push("italic");
  if (a.u) styles.push("underline");
  if (a.strike) styles.push("strike");
  if (a.vertAlign === "superscript") styles.push("superscript");
  if (a.vertAlign === "subscript") styles.push("subscript");
  return styles;
}

const HTML_TAGS: Partial<Record<InlineCodeType, string>> = { bold: "strong", italic: "em", underline: "u", strike: "s", code: "code", superscript: "sup", subscript: "sub" };

/** A code as HTML made from its meaning. */
export function htmlForCode(mark: CodeMark, code: InlineCode | undefined): string {
  if (!code) return "";
  const a = code.attrs ?? {};
  if (code.kind === "standalone") {
    if (code.type === "linebreak") return "<br>";
    if (code.type === "image") return openTag("img", { src: a.src ?? "", alt: a.alt ?? "", ...(a.title ? { title: a.title } : {}) });
    return "";
  }
  if (code.type === "link") return mark.kind === "open" ? openTag("a", { href: a.href ?? "", ...(a.title ? { title: a.title } : {}) }) : "</a>";
  const tags = codeStyles(code).map((t) => HTML_TAGS[t]).filter((t): t is string => !!t);
  return mark.kind === "open" ? tags.map((t) => `<${t}>`).join("") : tags.reverse().map((t) => `</${t}>`).join("");
}

const MD_MARKS: Partial<Record<InlineCodeType, [string, string]>> = {
  bold: ["**", "**"], italic: ["*", "*"], strike: ["~~", "~~"], code: ["`", "`"],
  superscript: ["<sup>", "</sup>"], subscript: ["<sub>", "</sub>"], underline: ["<u>", "</u>"],
};

const mdDestination = (href: string, title?: string) => `(${/[\s()<>]/.test(href) ? `<${href}>` : href}${title ? ` "${title.replace(/["\\]/g, "\\$&")}"` : ""})`;

/** A code as Markdown made from its meaning. */
export function markdownForCode(mark: CodeMark, code: InlineCode | undefined): string {
  if (!code) return "";
  const a = code.attrs ?? {};
  if (code.kind === "standalone") {
    if (code.type === "linebreak") return "\\\n";
    if (code.type === "image") return `![${(a.alt ?? "").replace(/[[\]\\]/g, "\\$&")}]${mdDestination(a.src ?? "", a.title)}`;
    return "";
  }
  if (code.type === "link") return mark.kind === "open" ? "[" : `]${mdDestination(a.href ?? "", a.title)}`;
  const marks = codeStyles(code).map((t) => MD_MARKS[t]).filter((m): m is [string, string] => !!m);
  return mark.kind === "open" ? marks.map((m) => m[0]).join("") : marks.reverse().map((m) => m[1]).join("");
}

/** A code as the markup it was read from. */
export function originalForCode(mark: CodeMark, code: InlineCode | undefined): string {
  if (!code) return "";
  if (code.kind === "standalone") return code.original ?? "";
  return (mark.kind === "open" ? code.open : code.close) ?? "";
}
