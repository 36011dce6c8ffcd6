import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readGlossaryCsv, writeGlossaryCsv } from "./glossary-csv";
import { decodeText, EncodingError } from "./text-decoding";
import { join } from "node:path";

const fixture = (p: string) => join(import.meta.dirname, "../../test/fixtures/glossary", p);

describe("glossary CSV", () => {
  it("reads comma and semicolon files, BOM, quotes, CRLF and several terms per cell", () => {
    const csv = '\uFEFFid;subjectField;fr;fr_status;hu;hu_status\r\nc1;culture;"développement durable | développement soutenable";preferred | forbidden;"fenntartható fejlődés";preferred\r\nc2;;"patrimoine ""culturel""";;kulturális örökség;admitted\r\n';
    const { doc, errors } = readGlossaryCsv(csv);
    expect(errors).toEqual([]);
    expect(doc.concepts[0]!.languages.fr!.terms).toEqual([
      { text: "développement durable", status: "preferred" },
      { text: "développement soutenable", status: "forbidden" },
    ]);
    expect(doc.concepts[1]!.languages.fr!.terms[0]!.text).toBe('patrimoine "culturel"');
    expect(doc.concepts[1]!.languages.hu!.terms[0]!.status).toBe("admitted");
  });

  it("refuses bad rows by line and keeps the others", () => {
    const { errors, rowErrors, doc } = readGlossaryCsv("id,fr,fr_status\nc1,ville créative,prefered\nc2,,\nc3,ville apprenante,\n");
    expect(errors).toEqual([]);
    expect(doc.concepts.map((c) => c.externalId)).toEqual(["c3"]);
    expect(rowErrors).toEqual([
      { line: 2, message: 'unknown status "prefered" for "ville créative" (use preferred, admitted, deprecated, superseded, forbidden)' },
      { line: 3, message: "the row has no term in any language" },
    ]);
  });

  it("refuses a file without our header, such as OmegaT's two-column glossary", () => {
    const text = readFileSync(fixture("omegat_tests/test.csv"), "utf8");
    const { errors, doc } = readGlossaryCsv(text);
    expect(errors[0]!.message).toMatch(/header/);
    expect(doc.concepts).toEqual([]);
  });

  it("round-trips through the writer", () => {
    const doc = readGlossaryCsv("id,subjectField,fr,fr_status,zh\nc1,tech,\"jumeau numérique | jumeau digital\",preferred | deprecated,数字孪生\n").doc;
    expect(readGlossaryCsv(writeGlossaryCsv(doc)).doc).toEqual(doc);
  });
});

describe("decodeText", () => {
  it("accepts UTF-8 with or without BOM and UTF-16 with BOM", () => {
    expect(decodeText(new TextEncoder().encode("\uFEFFé"))).toBe("é");
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x41, 0x00]))).toBe("A");
  });
  it("refuses invalid UTF-8 and UTF-16 without BOM", () => {
    expect(() => decodeText(new Uint8Array([0x43, 0x61, 0x66, 0xe9]))).toThrow(EncodingError);
    expect(() => decodeText(new Uint8Array(readFileSync(fixture("omegat_tests/testUTF16LE.txt")).subarray(2)))).toThrow(/UTF-16/);
  });
});
