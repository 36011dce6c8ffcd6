/**
 * Linearity of the article readers (issue #26): the Markdown, HTML and DOCX readers parse
 * realistic and adversarial bodies of 1, 2, 4 and 8 MB. For each size it prints the reader's
 * time, the time of a linear baseline measured on the same input in the same run (the text cut
 * into its code points, one allocation per character, as a reader that looks at each must),
 * their ratio, and the doubling ratio t(2n)/t(n): about 2 for a linear reader, about 4 for a
 * quadratic one. A crafted input the reader refuses (nesting past its cap) is timed up to the
 * refusal. Times are this process's CPU time (user + system), so that other work on a shared
 * machine does not count.
 *
 *   npx tsx bench/import-formats.ts            # 1, 2, 4, 8 MB
 *   npx tsx bench/import-formats.ts 0.25 0.5   # other sizes, in MB
 */
import { strToU8, zipSync } from "fflate";
import { parseDocx } from "../src/formats/docx-read";
import { parseHtmlBlocks } from "../src/formats/html-blocks";
import { ImportRefused } from "../src/formats/import-refused";
import { parseMarkdownBlocks } from "../src/formats/markdown-blocks";

const MB = 1024 * 1024;
const sizes = (process.argv.slice(2).map(Number).filter((n) => n > 0) as number[]).length ? process.argv.slice(2).map(Number) : [1, 2, 4, 8];

const repeat = (unit: string, bytes: number) => unit.repeat(Math.max(1, Math.ceil(bytes / unit.length)));

const MD_ARTICLE = `## Le programme de la visite

Le 21 octobre, **Gábor Soós**, secrétaire général de la [Commission nationale](https://www.unesco.hu/ "CNH"), a visité le *Centre* d'art numérique&shy;: une \`étape\` importante. ![logo](logo.png)

- Première étape
  - Une sous-étape imbriquée
- Seconde étape

> Le numérique est une chance pour le patrimoine culturel.

| Ville | Pays |
|-------|------|
| Pékin | Chine |

`;
const HTML_ARTICLE = `<h2>Le programme</h2>
<p class="lead">Le 21 octobre, <strong>Gábor Soós</strong>, secrétaire général de la <a href="https://www.unesco.hu/">Commission nationale</a>, a visité le <i>Centre</i>&nbsp;: &copy; UNESCO, mot&shy;coupé.</p>
<ul><li>Première étape<ul><li>Une sous-étape</li></ul></li><li>Seconde</li></ul>
<figure><img src="a.jpg" alt="x"><figcaption>Photo de groupe</figcaption></figure>
<table><tr><td>Pékin</td><td>Chine</td></tr></table><div>Un texte dans une div.</div>
`;

type Case = { name: string; make: (bytes: number) => string; read: (input: string) => unknown };

const md = (input: string) => parseMarkdownBlocks(input);
const html = (input: string) => parseHtmlBlocks(input);

const CASES: Case[] = [
  { name: "md: news article", make: (n) => `# Titre\n\n${repeat(MD_ARTICLE, n)}`, read: md },
  { name: "md: long list", make: (n) => repeat("- un élément de liste\n", n), read: md },
  { name: "md: deep nesting (> > > …)", make: (n) => `${repeat("> ", n)}a`, read: md },
  { name: "md: nested lists (20 levels)", make: (n) => repeat(Array.from({ length: 20 }, (_, d) => `${"  ".repeat(d)}- a\n`).join(""), n), read: md },
  { name: "md: unclosed links [a](b", make: (n) => repeat("[a](b ", n), read: md },
  { name: "md: unclosed emphasis *a _b", make: (n) => repeat("*a _b ", n), read: md },
  { name: "md: brackets [[[…]]]", make: (n) => `${"[".repeat(n / 2)}a${"]".repeat(n / 2)}`, read: md },
  { name: "md: HTML comments", make: (n) => repeat("<!-- commentaire -->\n", n), read: md },
  { name: "html: news article", make: (n) => `<h1>Titre</h1>\n${repeat(HTML_ARTICLE, n)}`, read: html },
  { name: "html: comments", make: (n) => `<p>a</p>${repeat("<!-- commentaire -->", n)}`, read: html },
  { name: "html: unclosed comment", make: (n) => `<p>a</p><!--${repeat(" a", n)}`, read: html },
  { name: "html: long list", make: (n) => `<ul>${repeat("<li>un élément de liste</li>", n)}</ul>`, read: html },
  { name: "html: deep nesting <div>…", make: (n) => repeat("<div>", n), read: html },
  { name: "html: unclosed inline <b><i>…", make: (n) => `<p>${repeat("<b>a<i>b", n)}</p>`, read: html },
  { name: "html: stray closing tags", make: (n) => `${"<div>".repeat(200)}${repeat("</span>", n)}`, read: html },
  { name: "html: unclosed <p><li>", make: (n) => repeat("<p>texte<li>élément", n), read: html },
];

const DOCX_PARAGRAPH = `<w:p><w:r><w:t xml:space="preserve">Le 21 octobre, </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>Gábor Soós</w:t></w:r><w:r><w:t xml:space="preserve"> a visité le </w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t>Centre</w:t></w:r><w:r><w:t>.</w:t></w:r></w:p>`;
function docxOf(bytes: number): Uint8Array {
  const body = repeat(DOCX_PARAGRAPH, bytes);
  const document = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Titre</w:t></w:r></w:p>${body}</w:body></w:document>`;
  const styles = `<?xml version="1.0"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:styleId="Heading1"><w:name w:val="heading 1"/></w:style></w:styles>`;
  return zipSync({ "word/document.xml": strToU8(document), "word/styles.xml": strToU8(styles) });
}

function time(fn: () => unknown): number {
  const start = process.cpuUsage();
  try {
    fn();
  } catch (e) {
    if (!(e instanceof ImportRefused)) throw e;
  }
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** The better of two runs, so that a collection does not count. */
const best = (fn: () => unknown) => Math.min(time(fn), time(fn));

/** The linear baseline: the input cut into its code points. */
const baselineOf = (input: string) => Array.from(input).length;

function row(name: string, size: number, reader: number, baseline: number, previous?: number) {
  const doubling = previous ? (reader / previous).toFixed(2) : "  — ";
  console.log(`${name.padEnd(34)} ${String(size).padStart(4)} MB  reader ${reader.toFixed(0).padStart(6)} ms  baseline ${baseline.toFixed(0).padStart(5)} ms  ratio ${(reader / baseline).toFixed(1).padStart(6)}x  doubling ${doubling}`);
}

console.log("reader CPU time against the linear baseline (the same input cut into code points) and against the size before it");
for (const c of CASES) {
  let previous: number | undefined;
  for (const size of sizes) {
    const input = c.make(size * MB).slice(0, size * MB);
    const baseline = best(() => baselineOf(input));
    const reader = best(() => c.read(input));
    row(c.name, size, reader, baseline, previous);
    previous = reader;
  }
}
let previous: number | undefined;
for (const size of sizes) {
  const bytes = docxOf(size * MB);
  const text = new TextDecoder().decode(bytes);
  const baseline = best(() => baselineOf(text));
  const reader = best(() => parseDocx(bytes));
  row("docx: news paragraphs", size, reader, baseline, previous);
  previous = reader;
}
