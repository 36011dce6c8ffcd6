/**
 * Termbase import through the API: origins and explicit match rules with a dry run, merging
 * only when asked, all-or-nothing writes in short batches, a server that keeps answering, and
 * work that grows linearly with the file.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { concepts, glossaryImportJournal, glossaryImportRuns, terms } from "../src/db/schema";
import { writeTbx } from "../src/formats/tbx/writer";
import type { ConceptDoc } from "../src/formats/tbx/model";
import { IMPORT_BATCH, recoverInterruptedImports, searchConcepts } from "../src/services/glossary";
import { addUser, call, makeTestApp, type TestContext } from "./support/app";

const fixture = (p: string) => readFileSync(join(import.meta.dirname, "fixtures", p));
let ctx: TestContext;
let token: string;

beforeEach(async () => {
  ctx = makeTestApp({ maxBodyBytes: 20 * 1024 * 1024 });
  token = (await addUser(ctx.db, ["terminologist"])).token;
});

const importTbx = (body: BodyInit, query = "") => call(ctx, "POST", `/api/glossary/import${query}`, { token, body, headers: { "content-type": "application/x-tbx" } });
const conceptCount = () => ctx.db.select().from(concepts).all().length;

/** `count` concepts in fr and en, ids c1…; `text(i)` names the French preferred term. */
function synthetic(count: number, text = (i: number) => `terme ${i}`): ConceptDoc[] {
  return Array.from({ length: count }, (_, i) => ({
    externalId: `c${i + 1}`,
    languages: {
      fr: { definitions: [{ text: `définition ${i}`, sources: [`source ${i}`] }], terms: [{ text: text(i), status: "preferred" as const }] },
      en: { terms: [{ text: `term ${i}`, status: "preferred" as const, contexts: [{ text: `a context ${i}`, sources: [`https://example.org/${i}`] }] }] },
    },
  }));
}
const tbx = (title: string, list: ConceptDoc[]) => writeTbx({ title, concepts: list });

describe("import: origins, rules and dry run", () => {
  it("previews what would be created, then updated, skipped or refused as a conflict, writing nothing", async () => {
    const sample = fixture("tbx/byutrg_tbx_basic_package/TBX-basic-sample.tbx");
    const preview = await importTbx(sample, "?dryRun=1");
    expect(preview.status).toBe(200);
    expect(preview.data).toMatchObject({ dryRun: true, origin: "TBX-Basic Sample File", created: 5, updated: 0, merged: 0, skipped: 0 });
    expect(preview.data.concepts[0]).toMatchObject({ entry: 1, externalId: "c5", label: "e-mail (en)", action: "create", code: "noSuchId" });
    expect(conceptCount()).toBe(0);

    expect((await importTbx(sample)).data).toMatchObject({ dryRun: false, created: 5 });
    const changed = sample.toString("utf8").replace("<term>courriel</term>", "<term>courrier électronique</term>");
    const again = await importTbx(changed, "?dryRun=1");
    expect(again.data).toMatchObject({ created: 0, updated: 1, skipped: 4 });
    expect(again.data.concepts.find((c: any) => c.externalId === "c5")).toMatchObject({ action: "update", code: "sameId", reason: "same origin “TBX-Basic Sample File” and id c5" });
    expect(again.data.concepts.find((c: any) => c.externalId === "c6")).toMatchObject({ action: "skip", code: "unchanged" });
    expect(searchConcepts({ db: ctx.db, input: { q: "courrier électronique" } }).total).toBe(0);

    // Another file sent under the same origin name: its c5 shares no term with ours.
    const clash = await importTbx(fixture("tbx/ltac_test_files/basic_good.tbx"), `?origin=${encodeURIComponent("TBX-Basic Sample File")}`);
    expect(clash.data.concepts.find((c: any) => c.externalId === "c5")).toMatchObject({ action: "skip", code: "conflict" });
    expect(searchConcepts({ db: ctx.db, input: { q: "courriel" } }).total).toBe(1);
  });

  it("merges into a concept with the same preferred term only when asked, and never two entries of one file into one concept", async () => {
    await importTbx(tbx("A", synthetic(3)));
    const b = tbx("B", [...synthetic(1).map((c) => ({ ...c, externalId: "x1", languages: { ...c.languages, hu: { terms: [{ text: "kifejezés 0", status: "preferred" as const }] } } })), ...synthetic(1).map((c) => ({ ...c, externalId: "x2" }))]);
    expect((await importTbx(b, "?dryRun=1")).data).toMatchObject({ created: 2, merged: 0 });
    const merged = await importTbx(b, "?match=term");
    expect(merged.data).toMatchObject({ created: 1, merged: 1 });
    expect(merged.data.concepts.map((c: any) => c.code)).toEqual(["sameTerm", "termTaken"]);
    const [target] = searchConcepts({ db: ctx.db, input: { q: "kifejezés 0" } }).concepts;
    expect(target!.origin).toBe("A");
    expect(Object.keys(target!.languages).sort()).toEqual(["en", "fr", "hu"]);
    expect(target!.languages.fr!.definitions).toHaveLength(1);
    expect(conceptCount()).toBe(4);
    expect((await importTbx(b, "?match=nonsense")).status).toBe(400);
  });

  it("lists origins and exports one of them under its name, so re-importing it changes nothing", async () => {
    await importTbx(tbx("A", synthetic(2)));
    await importTbx(tbx("B", synthetic(3)));
    expect((await call(ctx, "GET", "/api/glossary/origins", { token })).data.origins).toEqual([{ name: "A", concepts: 2 }, { name: "B", concepts: 3 }]);
    const exported = await call(ctx, "GET", "/api/glossary/export?format=tbx&origin=B", { token });
    expect(exported.data).toContain("<title>B</title>");
    expect((await importTbx(exported.data)).data).toMatchObject({ origin: "B", created: 0, updated: 0, skipped: 3 });
    expect((await call(ctx, "GET", "/api/glossary/export?origin=nothing", { token })).status).toBe(404);
    // The whole termbase: c1 is in both origins, so each keeps it under its origin's prefix.
    const all = (await call(ctx, "GET", "/api/glossary/export?format=tbx", { token })).data as string;
    expect(all).toContain('<conceptEntry id="A-c1">');
    expect(all).toContain('<conceptEntry id="B-c1">');
    expect(all).toContain('<conceptEntry id="c3">');
  });
});

describe("import: all or nothing, in short batches", () => {
  it("undoes every batch already written when a later one fails", async () => {
    await importTbx(tbx("S", synthetic(2)));
    // Term ids are renumbered when a concept is written back; everything else comes back as it was.
    const snapshot = () => JSON.stringify(searchConcepts({ db: ctx.db, input: { limit: 500 } }).concepts, (k, v) => (k === "terms" ? v.map(({ id: _id, ...t }: { id: number }) => t) : v));
    const before = snapshot();
    // A real database failure in the second batch: the database refuses one term.
    ctx.db.$client.exec(`CREATE TRIGGER refuse_boom BEFORE INSERT ON terms WHEN NEW.text = 'boom' BEGIN SELECT RAISE(ABORT, 'disk full'); END;`);
    const list = synthetic(IMPORT_BATCH + 10, (i) => (i === IMPORT_BATCH + 5 ? "boom" : i < 2 ? `terme ${i} modifié` : `terme ${i}`));
    list[0]!.languages.fr!.terms.push({ text: "terme 0", status: "admitted" });
    list[1]!.languages.fr!.terms.push({ text: "terme 1", status: "admitted" });
    const res = await importTbx(tbx("S", list));
    expect(res.status).toBe(500);
    expect(snapshot()).toBe(before);
    expect(ctx.db.select().from(glossaryImportRuns).all().map((r) => r.status)).toEqual(["done", "undone"]);
    expect(ctx.db.select().from(glossaryImportJournal).all()).toEqual([]);
  });

  it("undoes an import a crash left half done", async () => {
    await importTbx(tbx("S", synthetic(1)));
    const [existing] = searchConcepts({ db: ctx.db, input: {} }).concepts;
    // What a crash between two batches leaves: a running run, a created concept, an updated one.
    const run = ctx.db.insert(glossaryImportRuns).values({ status: "running" }).returning().get();
    const created = ctx.db.insert(concepts).values({ externalId: "half" }).returning().get();
    ctx.db.insert(glossaryImportJournal).values({ runId: run.id, conceptId: created.id, action: "create" }).run();
    ctx.db.insert(glossaryImportJournal).values({ runId: run.id, conceptId: existing!.id, action: "update", before: { doc: { externalId: "c1", languages: { fr: { terms: [{ text: "restauré", status: "preferred" }] } } }, originId: null } }).run();
    expect(recoverInterruptedImports(ctx.db)).toBe(1);
    expect(ctx.db.select().from(concepts).where(eq(concepts.id, created.id)).get()).toBeUndefined();
    expect(ctx.db.select().from(terms).where(eq(terms.conceptId, existing!.id)).all().map((t) => t.text)).toEqual(["restauré"]);
    expect(ctx.db.select().from(glossaryImportRuns).where(eq(glossaryImportRuns.id, run.id)).get()!.status).toBe("undone");
  });

  it("keeps /api/health answering while a large file is imported", async () => {
    const big = tbx("big", synthetic(IMPORT_BATCH * 6));
    let importDone = false;
    const importing = importTbx(big).then((r) => {
      importDone = true;
      return r;
    });
    const answeredDuring: boolean[] = [];
    while (!importDone) {
      const health = await call(ctx, "GET", "/api/health");
      expect(health.data).toEqual({ status: "ok" });
      answeredDuring.push(!importDone);
      await new Promise((r) => setImmediate(r));
    }
    expect((await importing).data.created).toBe(IMPORT_BATCH * 6);
    expect(answeredDuring.filter(Boolean).length).toBeGreaterThan(3);
  });
});

describe("import: work grows linearly with the file", () => {
  /** Counts the statements SQLite prepares during an import and the query plans that scan a termbase table. */
  async function importWork(count: number) {
    const test = makeTestApp({ maxBodyBytes: 20 * 1024 * 1024 });
    const user = (await addUser(test.db, ["terminologist"])).token;
    const body = tbx("work", synthetic(count));
    const prepare = test.db.$client.prepare.bind(test.db.$client);
    const seen = new Set<string>();
    let statements = 0;
    test.db.$client.prepare = ((source: string) => {
      statements++;
      seen.add(source);
      return prepare(source);
    }) as typeof test.db.$client.prepare;
    const res = await call(test, "POST", "/api/glossary/import", { token: user, body, headers: { "content-type": "application/x-tbx" } });
    test.db.$client.prepare = prepare;
    expect(res.data.created).toBe(count);
    const scans = [...seen]
      .filter((s) => /^\s*(select|update|delete)/i.test(s))
      .flatMap((s) => prepare(`EXPLAIN QUERY PLAN ${s}`).all(...Array.from({ length: (s.match(/\?/g) ?? []).length }, () => 1)) as Array<{ detail: string }>)
      .map((r) => r.detail)
      .filter((d) => /^SCAN (concepts|terms|concept_details|concept_languages)\b/.test(d));
    return { statements, scans };
  }

  it("prepares a number of statements proportional to the concepts, none scanning a whole termbase table", async () => {
    const small = await importWork(300);
    const large = await importWork(900);
    expect(small.statements).toBeGreaterThan(300);
    expect(large.statements / small.statements).toBeLessThan(3.1);
    expect(large.statements / small.statements).toBeGreaterThan(2.9);
    expect([...small.scans, ...large.scans]).toEqual([]);
  });
});
