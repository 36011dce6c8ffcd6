/**
 * Turns the bytes of an XML file into text a chunk at a time, so a file of any size is decoded
 * in bounded memory. The encoding comes from the byte order mark, else from the bytes of "<?xml"
 * (UTF-16 without a mark), else from the XML declaration; UTF-8 when nothing says otherwise.
 * Invalid bytes are an error, never silently replaced.
 */

export class XmlEncodingError extends Error {}

const LATIN1 = new Set(["iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "windows-1252", "cp1252"]);
const UTF8 = new Set(["utf-8", "utf8", "us-ascii", "ascii"]);
const UTF16 = new Set(["utf-16", "utf16", "utf-16le", "utf-16be", "ucs-2"]);

function declaredEncoding(head: Uint8Array): string | undefined {
  const ascii = String.fromCharCode(...head.subarray(0, Math.min(head.length, 200)));
  return ascii.match(/^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/)?.[1]?.toLowerCase();
}

/** The WHATWG label to decode with and how many bytes of byte order mark to skip. */
function sniff(head: Uint8Array): { label: string; skip: number } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { label: "utf-8", skip: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) {
    if (head[2] === 0 && head[3] === 0) throw new XmlEncodingError("The file is UTF-32, which is not supported; save it as UTF-8");
    return { label: "utf-16le", skip: 2 };
  }
  if (head[0] === 0xfe && head[1] === 0xff) return { label: "utf-16be", skip: 2 };
  if (head[0] === 0 && head[1] === 0) throw new XmlEncodingError("The file looks like UTF-32, which is not supported; save it as UTF-8");
  if (head[0] === 0x3c && head[1] === 0) return { label: "utf-16le", skip: 0 };
  if (head[0] === 0 && head[1] === 0x3c) return { label: "utf-16be", skip: 0 };
  const declared = declaredEncoding(head);
  if (!declared || UTF8.has(declared)) return { label: "utf-8", skip: 0 };
  if (LATIN1.has(declared)) return { label: "windows-1252", skip: 0 };
  if (UTF16.has(declared)) throw new XmlEncodingError(`The file declares ${declared} but has no byte order mark; save it as UTF-8`);
  throw new XmlEncodingError(`The encoding "${declared}" is not supported; save the file as UTF-8`);
}

/**
 * @example
 * const decoder = new XmlDecoder();
 * let text = decoder.write(chunk1) + decoder.write(chunk2) + decoder.end();
 */
export class XmlDecoder {
  private decoder: TextDecoder | undefined;
  private head = new Uint8Array(0);
  /** the encoding found, once known */
  encoding: string | undefined;

  write(bytes: Uint8Array): string {
    if (!this.decoder) {
      // Wait for enough bytes to read a byte order mark and an XML declaration.
      const joined = new Uint8Array(this.head.length + bytes.length);
      joined.set(this.head);
      joined.set(bytes, this.head.length);
      if (joined.length < 200) {
        this.head = joined;
        return "";
      }
      return this.start(joined);
    }
    return this.decode(bytes, true);
  }

  end(): string {
    if (!this.decoder) return this.head.length ? this.start(this.head) + this.decode(new Uint8Array(0), false) : "";
    return this.decode(new Uint8Array(0), false);
  }

  private start(joined: Uint8Array): string {
    const { label, skip } = sniff(joined);
    this.encoding = label;
    this.decoder = new TextDecoder(label, { fatal: true });
    this.head = new Uint8Array(0);
    return this.decode(joined.subarray(skip), true);
  }

  private decode(bytes: Uint8Array, stream: boolean): string {
    try {
      return this.decoder!.decode(bytes, { stream });
    } catch {
      throw new XmlEncodingError(`The file is not valid ${this.encoding === "windows-1252" ? "ISO-8859-1" : this.encoding!.toUpperCase()}; save it as UTF-8`);
    }
  }
}
