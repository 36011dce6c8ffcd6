/**
 * Migration 0003 (custom SQL): a termbase written before origins and concept_details keeps its
 * sources, definitions and contexts, and its imported concepts get an origin of their own.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { describe, expect, it } from "vitest";
import { MIGRATIONS_DIR } from "../src/db/client";
import * as schema from "../src/db/schema";
import { loadConcepts } from "../src/services/glossary/shared";

describe("migration of an earlier termbase", () => {
  it("moves concept sources, definitions and term contexts into concept_details and scopes old ids", () => {
    const before = join(mkdtempSync(join(tmpdir(), "glossa-mig-")), "migrations");
    cpSync(MIGRATIONS_DIR, before, { recursive: true });
    const journal = JSON.parse(readFileSync(join(before, "meta/_journal.json"), "utf8"));
    journal.entries = journal.entries.filter((e: { tag: string }) => e.tag < "0002");
    writeFileSync(join(before, "meta/_journal.json"), JSON.stringify(journal));
    const sqlite = new Database(":memory:");
    sqlite.pragma("foreign_keys = ON");
    const db = drizzle(sqlite, { schema });
    migrate(db, { migrationsFolder: before });
    sqlite.exec(`
      INSERT INTO concepts (id, external_id, source, note) VALUES (1, 'unesco-001', 'UNESCO Thesaurus', 'n'), (2, NULL, NULL, NULL);
      INSERT INTO concept_languages (concept_id, lang, definition, note) VALUES (1, 'en', 'The agency.', 'en note');
      INSERT INTO terms (id, concept_id, lang, text, status, context) VALUES (10, 1, 'en', 'UNESCO', 'preferred', 'UNESCO said.'), (11, 2, 'fr', 'ville', 'preferred', NULL);
    `);
    migrate(db, { migrationsFolder: MIGRATIONS_DIR });
    const [one, two] = loadConcepts(db as never, [1, 2]);
    expect(one).toMatchObject({ externalId: "unesco-001", origin: "earlier imports", sources: ["UNESCO Thesaurus"], note: "n" });
    expect(one!.languages.en).toMatchObject({ note: "en note", definitions: [{ text: "The agency." }], terms: [{ id: 10, text: "UNESCO", contexts: [{ text: "UNESCO said." }] }] });
    expect(two).toMatchObject({ externalId: null, origin: null });
    sqlite.close();
  });
});
