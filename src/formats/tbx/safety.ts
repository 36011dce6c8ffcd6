/**
 * Guards against hostile XML before any parsing: entity declarations (billion laughs, external
 * entities such as `<!ENTITY xxe SYSTEM "file:///etc/passwd">`) are refused outright. A plain
 * DOCTYPE naming an external DTD, as real TBX v2 files carry, is accepted and never fetched;
 * the parser (saxes) never expands anything but the five predefined entities.
 */
export const MAX_XML_BYTES = 50 * 1024 * 1024;
export const MAX_DEPTH = 64;

export class UnsafeXmlError extends Error {}

/**
 * @example
 * assertSafeXml('<!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>') // throws UnsafeXmlError
 */
export function assertSafeXml(xml: string, maxBytes = MAX_XML_BYTES): void {
  if (xml.length > maxBytes) throw new UnsafeXmlError(`The file is larger than ${Math.round(maxBytes / 1048576)} MB`);
  // A literal "<!ENTITY" can only be a declaration: in text it would be escaped as "&lt;!ENTITY".
  if (/<!ENTITY\b/i.test(xml)) {
    throw new UnsafeXmlError("DTD entity declarations are not allowed (external entities and entity expansion are refused)");
  }
}
