/**
 * Inline codes in the review workspace (issue #23): a Markdown article with a link and bold
 * shows its tags as chips; the Hungarian translator puts them into the translation with the tag
 * buttons and Alt+T, saves, and the codes are stored as codes; a translation that drops one gets
 * the inline-codes flag from the background check.
 */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { flags, segments, translations, users } from "../../src/db/schema";
import { closeChar, openChar } from "../../src/domain/inline-codes";
import { importArticle } from "../../src/services/articles";
import { screenshot, signIn, startBrowserEnv, type BrowserEnv } from "./harness";

vi.setConfig({ testTimeout: 120_000 });
let env: BrowserEnv;
let articleId: number;

const MARKDOWN = "# Visite au Centre\n\nLe **Centre** a accueilli la [Commission nationale](https://www.unesco.hu/) le 21 octobre.\n\nUne **seconde** visite est prévue.\n";

beforeAll(async () => {
  env = await startBrowserEnv();
  const publisher = env.db.select().from(users).where(eq(users.username, "publisher")).get()!;
  articleId = importArticle({ db: env.db, input: { sourceLang: "fr", text: MARKDOWN, format: "markdown" }, actorId: publisher.id }).id;
}, 120_000);
afterAll(async () => env?.close());

describe("inline codes in review", () => {
  it("shows tags as chips; the translator inserts them, saves, and a dropped tag is flagged", async () => {
    const page = await signIn(env, "translator");
    await page.goto(`${env.baseUrl}/articles/${articleId}/hu`, { timeout: 90_000 });
    const seg = page.locator("article.seg", { hasText: "Commission nationale" });
    const chips = seg.locator('.text[data-side="source"] .ic');
    expect(await chips.evaluateAll((els) => els.map((e) => e.getAttribute("data-label")))).toEqual(["<b1>", "</b1>", "<a2>", "</a2>"]);
    // The chips' characters are the text: the source element's text is the segment text.
    const sourceText = await seg.locator('.text[data-side="source"]').textContent();
    expect(sourceText).toBe(`Le ${openChar(1)}Centre${closeChar(1)} a accueilli la ${openChar(2)}Commission nationale${closeChar(2)} le 21 octobre.`);

    await seg.locator(".tgt").click();
    const editor = seg.locator("textarea.editor");
    await expect.poll(() => editor.isVisible()).toBe(true);
    await expect.poll(() => seg.locator(".code-tools").isVisible()).toBe(true);
    await editor.fill("Október 21-én a ");
    await seg.locator('.insert-code[data-token="⟨a2⟩"]').click();
    await page.keyboard.type("Nemzeti Bizottságot");
    await seg.locator('.insert-code[data-token="⟨/a2⟩"]').click();
    await page.keyboard.type(" fogadta a ");
    await page.keyboard.press("Alt+KeyT"); // the next tag the translation lacks: ⟨b1⟩
    await page.keyboard.type("Központ");
    await page.keyboard.press("Alt+KeyT"); // ⟨/b1⟩
    await page.keyboard.type(".");
    expect(await editor.inputValue()).toBe("Október 21-én a ⟨a2⟩Nemzeti Bizottságot⟨/a2⟩ fogadta a ⟨b1⟩Központ⟨/b1⟩.");
    await screenshot(page, "review-inline-codes-editing");
    await page.keyboard.press("Control+Enter");

    await expect.poll(() => seg.getAttribute("data-status")).toBe("translated");
    const segmentId = Number(await seg.getAttribute("data-segment"));
    const saved = () => env.db.select().from(translations).where(eq(translations.segmentId, segmentId)).all().find((t) => t.lang === "hu")?.text;
    expect(saved()).toBe(`Október 21-én a ${openChar(2)}Nemzeti Bizottságot${closeChar(2)} fogadta a ${openChar(1)}Központ${closeChar(1)}.`);
    await expect.poll(() => seg.locator('.text[data-side="target"] .ic').count()).toBe(4);

    // The second paragraph: a translation without its bold tags is flagged by the background check.
    const second = page.locator("article.seg", { hasText: "visite est prévue" });
    await second.locator(".tgt").click();
    const editor2 = second.locator("textarea.editor");
    await expect.poll(() => editor2.isVisible()).toBe(true);
    await editor2.fill("Egy második látogatás is tervben van.");
    await page.keyboard.press("Control+Enter");
    await expect.poll(() => second.getAttribute("data-status")).toBe("translated");
    const secondId = Number(await second.getAttribute("data-segment"));
    expect(env.db.select().from(segments).where(eq(segments.id, secondId)).get()!.codes.map((c) => c.type)).toEqual(["bold"]);
    const codeFlags = () => env.db.select().from(flags).where(and(eq(flags.segmentId, secondId), eq(flags.check, "inline-codes"), eq(flags.status, "open"))).all();
    // The background check may outlast the row's own refresh on a busy machine: wait for the stored flag, then look.
    await expect.poll(() => codeFlags().length, { timeout: 90_000, interval: 500 }).toBeGreaterThan(0);
    await page.reload({ timeout: 90_000 });
    const flagged = page.locator("article.seg", { hasText: "visite est prévue" });
    await expect.poll(() => flagged.locator(".flag-item.sev-major").count()).toBeGreaterThan(0);
    await flagged.click({ position: { x: 5, y: 5 } });
    await screenshot(page, "review-inline-codes-flag");
    await page.context().close();
  });
});
