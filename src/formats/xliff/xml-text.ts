/**
 * Escaping text for XLIFF writers. XML 1.0 cannot carry NUL, the other C0 controls except tab,
 * line feed and carriage return, lone surrogates, U+FFFE and U+FFFF — not even as character
 * references. XLIFF 2 has `<cp hex="…"/>` for exactly these; XLIFF 1.2 has nothing, so its writer
 * refuses such a text (ForbiddenCharacterError) instead of silently changing the translation.
 * Notes and attributes can hold no element at all: there the character is shown as "[U+0000]".
 */

export class ForbiddenCharacterError extends Error {
  constructor(
    readonly codePoint: number,
    readonly offset: number,
  ) {
    super(`U+${hex(codePoint)} at offset ${offset} cannot be written in XML`);
    this.name = "ForbiddenCharacterError";
  }
}

const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, "0");

/** Whether a code point may appear in an XML 1.0 document. */
export function isXmlChar(cp: number): boolean {
  return cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\r": "&#13;" };
const ATTR_ESCAPES: Record<string, string> = { ...ESCAPES, "\n": "&#10;", "\t": "&#9;" };

/**
 * Walks `s` by code point (a valid surrogate pair is one code point, a lone surrogate is its own),
 * handing each forbidden one to `forbidden`.
 */
function mapText(s: string, table: Record<string, string>, forbidden: (cp: number, offset: number) => string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        i++;
        continue;
      }
    }
    const ch = s[i]!;
    const escaped = table[ch];
    if (escaped) {
      out += s.slice(from, i) + escaped;
      from = i + 1;
    } else if (!isXmlChar(c)) {
      out += s.slice(from, i) + forbidden(c, i);
      from = i + 1;
    }
  }
  return out + s.slice(from);
}

/**
 * Element content for XLIFF 2: forbidden characters become `<cp hex="…"/>`.
 *
 * @example
 * textWithCp("a\u0000<b") // 'a<cp hex="0000"/>&lt;b'
 */
export const textWithCp = (s: string): string => mapText(s, ESCAPES, (cp) => `<cp hex="${hex(cp)}"/>`);

/**
 * Element content for XLIFF 1.2: a forbidden character is an error.
 *
 * @example
 * strictText("a & b") // "a &amp; b"
 */
export const strictText = (s: string): string =>
  mapText(s, ESCAPES, (cp, offset) => {
    throw new ForbiddenCharacterError(cp, offset);
  });

/** Text for humans (notes, metadata, attributes): a forbidden character is shown as [U+XXXX]. */
export const visibleText = (s: string): string => mapText(s, ESCAPES, (cp) => `[U+${hex(cp)}]`);

/**
 * An attribute value, quoted with double quotes.
 *
 * @example
 * attrValue('say "hi"\n') // "say &quot;hi&quot;&#10;"
 */
export const attrValue = (s: string): string => mapText(s, ATTR_ESCAPES, (cp) => `[U+${hex(cp)}]`);

/** ` name="value"` pairs for the defined values, in the order given. */
export function attrs(pairs: Record<string, string | number | undefined | null>): string {
  let out = "";
  for (const [k, v] of Object.entries(pairs)) if (v !== undefined && v !== null && v !== "") out += ` ${k}="${attrValue(String(v))}"`;
  return out;
}
