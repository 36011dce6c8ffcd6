/** XML 1.0 forbids these characters even as references; they cannot be written, only replaced. */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Escapes text for element content or (with `attribute`) a double-quoted attribute value; a
 * character XML cannot carry becomes U+FFFD.
 *
 * @example
 * escapeXml('a < b & "c"', true) // 'a &lt; b &amp; &quot;c&quot;'
 */
export function escapeXml(text: string, attribute: boolean): string {
  let out = text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  if (attribute) out = out.replace(/"/g, "&quot;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;");
  else out = out.replace(/\r/g, "&#13;");
  return out.replace(NOT_XML, "\ufffd");
}
