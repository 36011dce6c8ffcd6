/**
 * Turns uploaded bytes into text: UTF-8 (with or without BOM) or UTF-16 with a BOM. Anything
 * else is refused with a reason instead of being silently garbled.
 */
export class EncodingError extends Error {}

/**
 * @example
 * decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])) // "a"
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  const sample = bytes.subarray(0, 4096);
  const nuls = sample.filter((b) => b === 0).length;
  if (nuls > sample.length / 8) throw new EncodingError("The file looks like UTF-16 without a byte order mark; save it as UTF-8");
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    throw new EncodingError("The file is not valid UTF-8; save it as UTF-8");
  }
}
