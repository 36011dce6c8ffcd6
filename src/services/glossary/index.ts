export * from "./crud";
export * from "./import";
export * from "./queries";
export { termbaseVersion, type ConceptView, type TermView } from "./shared";
