/**
 * The concept_details rows of a concept, to and from the model's annotations: each row is one
 * definition, context, source, subset, transaction, reference, geographical usage or term
 * location, at its level (concept, language section or term) and in the file's order.
 */
import type { conceptDetails } from "../../db/schema";
import type { Annotations, ConceptDoc, Described, LanguageSection, Reference, TermDoc, Transaction } from "../../formats/tbx/model";

type Row = typeof conceptDetails.$inferSelect;
export type DetailInsert = Omit<typeof conceptDetails.$inferInsert, "conceptId" | "termId" | "id">;
type Holder = Annotations & { definitions?: Described[]; contexts?: Described[]; geographicalUsage?: string; termLocation?: string };

const describedData = (d: Described) => (d.sources?.length || d.notes?.length ? { ...(d.sources?.length ? { sources: d.sources } : {}), ...(d.notes?.length ? { notes: d.notes } : {}) } : null);

/** The rows for one level's annotations (lang null for the concept level). */
export function detailRows(holder: Holder, lang: string | null): DetailInsert[] {
  const rows: DetailInsert[] = [];
  const add = (kind: string, text: string, data: Record<string, unknown> | null = null) => rows.push({ lang, kind, position: rows.length, text, data });
  for (const d of holder.definitions ?? []) add("definition", d.text, describedData(d));
  for (const d of holder.contexts ?? []) add("context", d.text, describedData(d));
  for (const s of holder.sources ?? []) add("source", s);
  for (const s of holder.customerSubsets ?? []) add("customerSubset", s);
  for (const s of holder.projectSubsets ?? []) add("projectSubset", s);
  for (const t of holder.transactions ?? []) {
    add("transaction", t.responsibility ?? "", { type: t.type, ...(t.date ? { date: t.date } : {}), ...(t.responsibilityRef ? { responsibilityRef: t.responsibilityRef } : {}) });
  }
  for (const r of holder.references ?? []) add("reference", r.text, { type: r.type, ...(r.target ? { target: r.target } : {}) });
  if (holder.geographicalUsage) add("geographicalUsage", holder.geographicalUsage);
  if (holder.termLocation) add("termLocation", holder.termLocation);
  return rows;
}

const pushTo = <T>(list: T[] | undefined, value: T): T[] => [...(list ?? []), value];

/** Puts rows (sorted by position) back on their holder. */
export function applyDetailRows(holder: Holder, rows: Row[]): void {
  for (const row of [...rows].sort((a, b) => a.position - b.position || a.id - b.id)) {
    const data = (row.data ?? {}) as Record<string, unknown>;
    switch (row.kind) {
      case "definition":
      case "context": {
        const d: Described = { text: row.text };
        if (Array.isArray(data.sources)) d.sources = data.sources as string[];
        if (Array.isArray(data.notes)) d.notes = data.notes as string[];
        if (row.kind === "definition") holder.definitions = pushTo(holder.definitions, d);
        else holder.contexts = pushTo(holder.contexts, d);
        break;
      }
      case "source":
        holder.sources = pushTo(holder.sources, row.text);
        break;
      case "customerSubset":
        holder.customerSubsets = pushTo(holder.customerSubsets, row.text);
        break;
      case "projectSubset":
        holder.projectSubsets = pushTo(holder.projectSubsets, row.text);
        break;
      case "transaction": {
        const t: Transaction = { type: String(data.type ?? "modification") };
        if (row.text) t.responsibility = row.text;
        if (typeof data.responsibilityRef === "string") t.responsibilityRef = data.responsibilityRef;
        if (typeof data.date === "string") t.date = data.date;
        holder.transactions = pushTo(holder.transactions, t);
        break;
      }
      case "reference": {
        const r: Reference = { type: data.type as Reference["type"], text: row.text };
        if (typeof data.target === "string") r.target = data.target;
        holder.references = pushTo(holder.references, r);
        break;
      }
      case "geographicalUsage":
        holder.geographicalUsage = row.text;
        break;
      case "termLocation":
        holder.termLocation = row.text;
        break;
    }
  }
}

export type { ConceptDoc, LanguageSection, TermDoc };
