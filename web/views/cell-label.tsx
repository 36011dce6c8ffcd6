/**
 * A table cell's column name, shown only where a narrow screen lays the table out as cards
 * and hides its header row (CSS `.cell-label`); elsewhere it is not displayed (nor read).
 */
export function CellLabel({ text, lang }: { text: string; lang?: string }) {
  return <span class="cell-label" lang={lang}>{text}</span>;
}
