/**
 * Issue #26: one long paragraph (a news page pasted without line breaks) imported through the
 * API. Its segments are stored whatever their number (one INSERT of all of them went past
 * SQLite's limit of bound variables: a 500), and the paragraph joins back whole.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { addUser, call, makeTestApp, type TestContext } from "./support/app";

let ctx: TestContext;
let publisher: string;

beforeEach(async () => {
  ctx = makeTestApp({ maxBodyBytes: 4 * 1024 * 1024 });
  publisher = (await addUser(ctx.db, ["publisher"])).token;
});

const importText = (text: string) => call(ctx, "POST", "/api/articles", { token: publisher, json: { title: "Long", sourceLang: "fr", text } });
const joined = (segments: Array<{ paragraph: number; source: string; separator: string }>) => segments.filter((s) => s.paragraph > 0).map((s) => s.source + s.separator).join("").trimEnd();

describe("a long paragraph", () => {
  it("of 10,000 sentences is stored as 10,000 segments and joins back whole", async () => {
    const text = Array.from({ length: 10_000 }, (_, i) => `La phrase numéro ${i} est là.`).join(" ");
    const res = await importText(text);
    expect(res.status).toBe(201);
    expect(res.data.segments).toHaveLength(10_001);
    expect(joined(res.data.segments)).toBe(text);
    const again = await call(ctx, "GET", `/api/articles/${res.data.id}`, { token: publisher });
    expect(again.data.segments.map((s: any) => s.position)).toEqual(res.data.segments.map((_: unknown, i: number) => i));
  });

  it("of 6,000 initials (\"A. A. A. …\") is one segment; of 100,000 it is refused, naming the 20,000-character limit", async () => {
    const text = "A. ".repeat(6_000).trimEnd();
    const res = await importText(text);
    expect(res.status).toBe(201);
    expect(res.data.segments).toHaveLength(2);
    expect(res.data.segments[1].source).toBe(text);
    const huge = await importText("A. ".repeat(100_000).trimEnd());
    expect(huge.status).toBe(400);
    expect(huge.data.detail).toMatch(/a segment has at most 20000/);
  });
});
