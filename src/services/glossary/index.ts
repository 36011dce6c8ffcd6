export * from "./crud";
export * from "./files";
export * from "./import";
export * from "./queries";
export { MATCH_RULES, type ConceptOutcome, type MatchRule } from "./import-plan";
export { termbaseVersion, toConceptDoc, type ConceptView, type TermView } from "./shared";
