export * from "./crud";
export * from "./import";
export * from "./queries";
export { termbaseVersion, toConceptDoc, type ConceptView, type TermView } from "./shared";
