/**
 * Builds glossary/unesco.tbx from the hand-written tables beside this file:
 *   npx tsx glossary/build/build.ts
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { writeTbx } from "../../src/formats/tbx/writer";
import { readTbx } from "../../src/formats/tbx/reader";
import { toConcept } from "./dsl";
import { FIELDS } from "./data-fields";
import { ORGANISATION } from "./data-organisation";
import { SDGS, STATES, TITLES } from "./data-people";

const rows = [...ORGANISATION, ...FIELDS, ...SDGS, ...TITLES, ...STATES];
const doc = { title: "UNESCO terminology for the Glossa newsroom (fr, en, zh, hu)", concepts: rows.map(toConcept) };
const xml = writeTbx(doc, "Hand-compiled by the Glossa team from UN, UNESCO and Hungarian government usage; entries marked 'needs checking' are unconfirmed.");
const check = readTbx(xml);
if (check.errors.length) throw new Error(`generated TBX is invalid: ${check.errors[0]!.message}`);
writeFileSync(join(import.meta.dirname, "../unesco.tbx"), xml);
const terms = doc.concepts.reduce((n, c) => n + Object.values(c.languages).reduce((m, l) => m + l.terms.length, 0), 0);
console.log(`glossary/unesco.tbx: ${doc.concepts.length} concepts, ${terms} terms`);
