/**
 * Page checks for browser tests: axe-core (WCAG A/AA rules), characters drawn as missing-glyph
 * boxes, and the keyboard's Tab order.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

export type AxeProblem = { id: string; impact: string; help: string; targets: string[] };

/**
 * Runs axe-core on the page as it is now and returns its serious and critical violations. The
 * script goes in through the DevTools protocol (page.evaluate), which the page's
 * Content-Security-Policy does not govern, so the page is checked with its real policy.
 */
export async function seriousAxeViolations(page: Page): Promise<AxeProblem[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] }, resultTypes: ["violations"] });
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(" ")) }));
  });
}

/**
 * Characters of the visible text that no available font can draw: each is drawn on a canvas in
 * its element's font and compared with a code point no font has (drawn as the missing-glyph box).
 */
export async function missingGlyphs(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const canvas = document.createElement("canvas");
    canvas.width = 40;
    canvas.height = 40;
    const g = canvas.getContext("2d", { willReadFrequently: true })!;
    const cache = new Map<string, string>();
    const picture = (ch: string, font: string) => {
      const key = `${font}\u0000${ch}`;
      if (!cache.has(key)) {
        g.clearRect(0, 0, 40, 40);
        g.font = font;
        g.fillText(ch, 4, 30);
        const data = g.getImageData(0, 0, 40, 40).data;
        let hash = 0;
        for (let i = 3; i < data.length; i += 4) hash = (Math.imul(hash, 31) + data[i]!) | 0;
        cache.set(key, `${hash}:${g.measureText(ch).width}`);
      }
      return cache.get(key)!;
    };
    const missing = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !parent.checkVisibility()) continue;
      const font = `20px ${getComputedStyle(parent).fontFamily}`;
      const box = picture("\u{10FFFD}", font);
      for (const ch of new Set(Array.from(node.textContent ?? ""))) {
        if (/\s/u.test(ch)) continue;
        if (picture(ch, font) === box) missing.add(ch);
      }
    }
    return [...missing];
  });
}

/**
 * Presses Tab from the top of the page until focus comes back round (or `max` presses), and
 * returns a description of each element that took focus, in order.
 */
export async function tabStops(page: Page, max = 400): Promise<{ inside: boolean; tag: string; text: string }[]> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.getSelection()?.removeAllRanges();
  });
  const stops: { inside: boolean; tag: string; text: string; key: string }[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      el.dataset.tabSeen ??= String(Math.random());
      return { inside: Boolean(el.closest(".review")), tag: el.tagName.toLowerCase(), text: (el.textContent ?? "").trim().slice(0, 40), key: el.dataset.tabSeen };
    });
    if (!stop) continue;
    if (stops.some((s) => s.key === stop.key)) break;
    stops.push(stop);
  }
  return stops.map(({ key: _key, ...rest }) => rest);
}
