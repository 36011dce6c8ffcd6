/**
 * TMX 1.4 writer, a unit at a time (an export of a million units never sits in memory whole).
 * Plain text is escaped; a unit imported with inline codes gets its original <seg> markup back.
 */
import { escapeXml } from "./escape";
import { toTmxDate } from "./model";

export type TmxOutVariant = { lang: string; text: string; markup?: string | null };
export type TmxOutUnit = {
  tuid?: string;
  srclang: string;
  variants: TmxOutVariant[];
  created?: string;
  changed?: string;
  author?: string | null;
  props?: Record<string, string | null | undefined>;
};

/**
 * @example
 * tmxStart({ srclang: "fr", tool: "Glossa", toolVersion: "0.1.0" }) // '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">…<body>\n'
 */
export function tmxStart({ srclang, tool, toolVersion }: { srclang: string; tool: string; toolVersion: string }): string {
  const attr = (v: string) => escapeXml(v, true);
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n` +
    `  <header creationtool="${attr(tool)}" creationtoolversion="${attr(toolVersion)}" segtype="sentence" o-tmf="${attr(tool)}" adminlang="en" srclang="${attr(srclang)}" datatype="plaintext" creationdate="${toTmxDate(new Date().toISOString())}"/>\n` +
    `  <body>\n`
  );
}

export const TMX_END = "  </body>\n</tmx>\n";

/** One <tu>, ending with a newline. */
export function tmxUnit(unit: TmxOutUnit): string {
  const attr = (v: string) => escapeXml(v, true);
  let out = "    <tu";
  if (unit.tuid) out += ` tuid="${attr(unit.tuid)}"`;
  out += ` srclang="${attr(unit.srclang)}"`;
  if (unit.created) out += ` creationdate="${toTmxDate(unit.created)}"`;
  if (unit.changed) out += ` changedate="${toTmxDate(unit.changed)}"`;
  if (unit.author) out += ` changeid="${attr(unit.author)}"`;
  out += ">\n";
  for (const [type, value] of Object.entries(unit.props ?? {})) {
    if (value !== null && value !== undefined) out += `      <prop type="${attr(type)}">${escapeXml(value, false)}</prop>\n`;
  }
  for (const v of unit.variants) {
    out += `      <tuv xml:lang="${attr(v.lang)}"><seg>${v.markup ?? escapeXml(v.text, false)}</seg></tuv>\n`;
  }
  return out + "    </tu>\n";
}
