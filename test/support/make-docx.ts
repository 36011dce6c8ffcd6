/**
 * A DOCX article written with the `docx` package, as Word users send them: a title, headings,
 * bold and italic runs, a hyperlink, a bulleted list with a nested item, a table with a header
 * row, and a picture with its caption.
 */
import { AlignmentType, Document, ExternalHyperlink, HeadingLevel, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from "docx";

// A 1×1 transparent PNG.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");

export async function makeArticleDocx(): Promise<Uint8Array> {
  const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
  const doc = new Document({
    styles: { paragraphStyles: [{ id: "Caption", name: "caption", basedOn: "Normal", run: { italics: true } }] },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun("Visite au Centre d'art numérique")] }),
          new Paragraph({
            children: [
              new TextRun("Le 21 octobre, "),
              new TextRun({ text: "Gábor Soós", bold: true }),
              new TextRun(", secrétaire général de la "),
              new ExternalHyperlink({ link: "https://www.unesco.hu/", children: [new TextRun({ text: "Commission nationale", style: "Hyperlink" })] }),
              new TextRun(", a visité le "),
              new TextRun({ text: "Centre", italics: true }),
              new TextRun(". Il a remercié l'équipe."),
            ],
          }),
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun("Le programme")] }),
          new Paragraph({ bullet: { level: 0 }, children: [new TextRun("Première étape du programme")] }),
          new Paragraph({ bullet: { level: 1 }, children: [new TextRun("Une sous-étape imbriquée")] }),
          new Paragraph({ bullet: { level: 0 }, children: [new TextRun("Seconde étape")] }),
          new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun("Un intertitre de niveau trois")] }),
          new Table({
            rows: [
              new TableRow({ tableHeader: true, children: [cell("Ville", true), cell("Pays", true)] }),
              new TableRow({ children: [cell("Pékin"), cell("Chine")] }),
            ],
          }),
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new ImageRun({ type: "png", data: PNG, transformation: { width: 32, height: 32 }, altText: { name: "photo", description: "Photo de groupe", title: "Photo" } })] }),
          new Paragraph({ style: "Caption", children: [new TextRun("Photo de groupe des participants")] }),
          new Paragraph({ children: [new TextRun("Dernier paragraphe, avec 10"), new TextRun({ text: "3", superScript: true }), new TextRun(" visiteurs.")] }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
