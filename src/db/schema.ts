/**
 * Every table of Glossa. Timestamps are ISO-8601 strings (UTC) so they read the same in SQLite
 * and in a later PostgreSQL dialect; JSON columns hold arrays of short strings.
 */
import { sql } from "drizzle-orm";
import { blob, index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import type { InlineCode } from "../domain/inline-codes";
import type { DocStructure } from "../formats/doc-structure";
import type { HtmlSkeleton } from "../formats/html-blocks";

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;
const createdAt = () => text("created_at").notNull().default(now);

// ---------------------------------------------------------------- users and access

export const users = sqliteTable("users", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  username: text("username").notNull().unique(),
  displayName: text("display_name").notNull().default(""),
  passwordHash: text("password_hash").notNull(),
  /** JSON array of roles: translator, reviewer, terminologist, publisher, admin */
  roles: text("roles", { mode: "json" }).$type<string[]>().notNull().default(sql`'[]'`),
  /** JSON array of language codes the user may write */
  languages: text("languages", { mode: "json" }).$type<string[]>().notNull().default(sql`'[]'`),
  uiLanguage: text("ui_language"),
  disabled: integer("disabled", { mode: "boolean" }).notNull().default(false),
  createdAt: createdAt(),
});

export const sessions = sqliteTable(
  "sessions",
  {
    /** SHA-256 of the cookie value; the cookie itself is never stored */
    idHash: text("id_hash").primaryKey(),
    userId: integer("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    csrfToken: text("csrf_token").notNull(),
    createdAt: createdAt(),
    expiresAt: text("expires_at").notNull(),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

export const apiTokens = sqliteTable("api_tokens", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  userId: integer("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
  name: text("name").notNull(),
  /** SHA-256 of the token */
  tokenHash: text("token_hash").notNull().unique(),
  /** user: made by its owner; env: GLOSSA_ADMIN_TOKEN, replaced or removed at every start */
  kind: text("kind").notNull().default("user"),
  createdAt: createdAt(),
  lastUsedAt: text("last_used_at"),
});

// ---------------------------------------------------------------- articles and segments

export const articles = sqliteTable("articles", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  title: text("title").notNull(),
  sourceLang: text("source_lang").notNull(),
  version: integer("version").notNull().default(1),
  createdBy: integer("created_by").references(() => users.id),
  createdAt: createdAt(),
  updatedAt: text("updated_at").notNull().default(now),
});

export const segments = sqliteTable(
  "segments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    articleId: integer("article_id").notNull().references(() => articles.id, { onDelete: "cascade" }),
    /** order in the article, 0-based */
    position: integer("position").notNull(),
    /** paragraph index; segments of one paragraph share it */
    paragraph: integer("paragraph").notNull(),
    /** title | heading | paragraph | caption */
    kind: text("kind").notNull(),
    source: text("source").notNull(),
    /** the text between this segment and the next one of its paragraph (spaces), kept for lossless joins */
    separator: text("separator").notNull().default(""),
    /** the inline codes (markup) whose placeholder characters occur in `source` (domain/inline-codes) */
    codes: text("codes", { mode: "json" }).$type<InlineCode[]>().notNull().default(sql`'[]'`),
    sourceVersion: integer("source_version").notNull().default(1),
    updatedAt: text("updated_at").notNull().default(now),
  },
  (t) => [uniqueIndex("segments_article_position_idx").on(t.articleId, t.position)],
);

export const sourceRevisions = sqliteTable(
  "source_revisions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    segmentId: integer("segment_id").notNull().references(() => segments.id, { onDelete: "cascade" }),
    text: text("text").notNull(),
    version: integer("version").notNull(),
    /** how this text came about: import (the original), edit (a correction), split, merge */
    change: text("change").notNull().default("edit"),
    authorId: integer("author_id").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index("source_revisions_segment_idx").on(t.segmentId)],
);

export const translations = sqliteTable(
  "translations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    segmentId: integer("segment_id").notNull().references(() => segments.id, { onDelete: "cascade" }),
    lang: text("lang").notNull(),
    text: text("text").notNull(),
    /** initial | translated | reviewed | final (XLIFF 2 states) */
    status: text("status").notNull().default("initial"),
    /** human | mt:<provider> | tm:<score> */
    origin: text("origin").notNull().default("human"),
    /** the machine output this translation started from, for post-editing diffs */
    mtText: text("mt_text"),
    version: integer("version").notNull().default(1),
    /** the segment's source version this translation was made against */
    sourceVersion: integer("source_version").notNull().default(1),
    needsReview: integer("needs_review", { mode: "boolean" }).notNull().default(false),
    updatedBy: integer("updated_by").references(() => users.id),
    updatedAt: text("updated_at").notNull().default(now),
  },
  (t) => [uniqueIndex("translations_segment_lang_idx").on(t.segmentId, t.lang)],
);

export const translationRevisions = sqliteTable(
  "translation_revisions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    translationId: integer("translation_id").notNull().references(() => translations.id, { onDelete: "cascade" }),
    text: text("text").notNull(),
    status: text("status").notNull(),
    origin: text("origin").notNull(),
    version: integer("version").notNull(),
    authorId: integer("author_id").references(() => users.id),
    /** editor time behind this revision (review UI: focus to save), for post-editing effort; null when unknown */
    timeSpentMs: integer("time_spent_ms"),
    createdAt: createdAt(),
    /**
     * What besides an edit this revision records (publishing area): "source-corrected" (the
     * source changed; a reviewed or approved translation went back to translated),
     * "confirmed-unchanged" (kept as it was after a source correction), "flags-overridden"
     * (approved over open critical/major flags).
     */
    events: text("events", { mode: "json" }).$type<string[]>().notNull().default(sql`'[]'`),
    /** the reason given with the revision, e.g. why open flags were overridden */
    note: text("note"),
    /** JSON DiffPart[] against the revision before, stored at save so history never recomputes it (null: not yet computed) */
    diff: text("diff", { mode: "json" }).$type<{ op: "equal" | "insert" | "delete"; text: string }[]>(),
  },
  (t) => [index("translation_revisions_translation_idx").on(t.translationId)],
);

// ---------------------------------------------------------------- flags (QA and manual)

export const flags = sqliteTable(
  "flags",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    segmentId: integer("segment_id").notNull().references(() => segments.id, { onDelete: "cascade" }),
    lang: text("lang").notNull(),
    /** source | target */
    side: text("side").notNull(),
    start: integer("start").notNull(),
    end: integer("end").notNull(),
    /** the flagged span as it was when flagged */
    text: text("text").notNull(),
    /** the whole source or target text when flagged; a later change to the span resolves the flag */
    contextText: text("context_text").notNull().default(""),
    category: text("category").notNull(),
    severity: text("severity").notNull(),
    /** QA check id, or "manual" */
    check: text("check").notNull(),
    message: text("message").notNull().default(""),
    suggestions: text("suggestions", { mode: "json" }).$type<string[]>().notNull().default(sql`'[]'`),
    comment: text("comment"),
    /** open | resolved | dismissed */
    status: text("status").notNull().default("open"),
    /** why it was closed, e.g. "text changed" when resolved automatically */
    resolution: text("resolution"),
    createdBy: integer("created_by").references(() => users.id),
    createdAt: createdAt(),
    resolvedBy: integer("resolved_by").references(() => users.id),
    resolvedAt: text("resolved_at"),
  },
  (t) => [index("flags_segment_idx").on(t.segmentId, t.lang, t.side), index("flags_status_idx").on(t.status)],
);

// ---------------------------------------------------------------- audit

export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id").references(() => users.id),
    /** e.g. translation.save, segment.correct, user.create */
    action: text("action").notNull(),
    entity: text("entity").notNull(),
    entityId: text("entity_id").notNull(),
    before: text("before", { mode: "json" }),
    after: text("after", { mode: "json" }),
    at: createdAt(),
  },
  (t) => [index("audit_entity_idx").on(t.entity, t.entityId)],
);

// ---------------------------------------------------------------- termbase (TBX v3 concept model)

export const concepts = sqliteTable(
  "concepts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** the concept id of an imported file (conceptEntry/@id): unique within its origin only */
    externalId: text("external_id"),
    /** the file or termbase the entry was imported from (termbase_origins); null for entries made here */
    originId: integer("origin_id").references(() => termbaseOrigins.id),
    subjectField: text("subject_field"),
    note: text("note"),
    createdBy: integer("created_by").references(() => users.id),
    createdAt: createdAt(),
    modifiedBy: integer("modified_by").references(() => users.id),
    modifiedAt: text("modified_at").notNull().default(now),
  },
  (t) => [uniqueIndex("concepts_origin_external_idx").on(t.originId, t.externalId)],
);

/** The language section of a concept: definition and note per language. */
export const conceptLanguages = sqliteTable(
  "concept_languages",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    conceptId: integer("concept_id").notNull().references(() => concepts.id, { onDelete: "cascade" }),
    lang: text("lang").notNull(),
    note: text("note"),
  },
  (t) => [uniqueIndex("concept_languages_concept_lang_idx").on(t.conceptId, t.lang)],
);

export const terms = sqliteTable(
  "terms",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    conceptId: integer("concept_id").notNull().references(() => concepts.id, { onDelete: "cascade" }),
    /** a language code; imported files may hold languages beyond our four */
    lang: text("lang").notNull(),
    text: text("text").notNull(),
    /** preferred | admitted | deprecated | superseded | forbidden */
    status: text("status").notNull().default("admitted"),
    /** fullForm | acronym | abbreviation | shortForm | properNoun | phrase */
    type: text("type"),
    partOfSpeech: text("part_of_speech"),
    gender: text("gender"),
    caseSensitive: integer("case_sensitive", { mode: "boolean" }).notNull().default(false),
    usageNote: text("usage_note"),
    note: text("note"),
    createdAt: createdAt(),
    modifiedAt: text("modified_at").notNull().default(now),
  },
  (t) => [index("terms_concept_idx").on(t.conceptId), index("terms_lang_text_idx").on(t.lang, t.text)],
);

/** Small key/value state, e.g. the termbase version that invalidates cached automata. */
export const settings = sqliteTable("settings", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});

/** The project dictionary: words added by users ("add to dictionary"), per language. */
export const wordList = sqliteTable(
  "word_list",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    lang: text("lang").notNull(),
    word: text("word").notNull(),
    addedBy: integer("added_by").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("word_list_lang_word_idx").on(t.lang, t.word)],
);

// ---------------------------------------------------------------- translation memory

/**
 * Translation memory units: a text and its translation in two of our languages. A unit answers
 * lookups in both directions (a hu→fr unit serves fr→hu as well). Units come from translations
 * that reached `final` (one per segment and target language, following later edits) and from
 * TMX imports. Their index (posting lists per token) lives in tables of the custom migration
 * tm_index, written by src/db/tm-index.ts.
 */
export const tmUnits = sqliteTable(
  "tm_units",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    sourceLang: text("source_lang").notNull(),
    targetLang: text("target_lang").notNull(),
    /** plain text, as matched and shown: a TMX segment's inline codes are left out */
    sourceText: text("source_text").notNull(),
    targetText: text("target_text").notNull(),
    /** the TMX <seg> content with its inline codes, when it had any (written back on export) */
    sourceMarkup: text("source_markup"),
    targetMarkup: text("target_markup"),
    /** the source segments before and after this one in its article ("" at either end); null when unknown */
    prevSource: text("prev_source"),
    nextSource: text("next_source"),
    /** token counts of each side; null until the unit is indexed */
    sourceTokens: integer("source_tokens"),
    targetTokens: integer("target_tokens"),
    /** a hash of both languages and texts that ignores direction, to find duplicates */
    pairHash: integer("pair_hash").notNull(),
    /** segment | tmx */
    origin: text("origin").notNull(),
    articleId: integer("article_id").references(() => articles.id, { onDelete: "set null" }),
    segmentId: integer("segment_id").references(() => segments.id, { onDelete: "set null" }),
    /** the translator named by an imported file (TMX creationid/changeid) */
    author: text("author"),
    createdBy: integer("created_by").references(() => users.id),
    createdAt: createdAt(),
    updatedBy: integer("updated_by").references(() => users.id),
    updatedAt: text("updated_at").notNull().default(now),
  },
  (t) => [
    uniqueIndex("tm_units_segment_lang_idx").on(t.segmentId, t.targetLang),
    index("tm_units_pair_hash_idx").on(t.pairHash),
    index("tm_units_unindexed_idx").on(t.id).where(sql`source_tokens IS NULL`),
  ],
);

// ---------------------------------------------------------------- termbase: origins, TBX data, import runs

/**
 * The file or termbase concepts were imported from ("origin"): concept ids are unique within
 * one origin only, so two files that both number their entries c1, c2 … never collide.
 */
export const termbaseOrigins = sqliteTable("termbase_origins", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  name: text("name").notNull().unique(),
  /** the back matter (people, as TBX refObjects) of the files imported under this name; JSON */
  refObjects: text("ref_objects", { mode: "json" }).$type<Array<{ id: string; section: string; items: Array<{ type?: string; text: string }> }>>().notNull().default(sql`'[]'`),
  createdAt: createdAt(),
});

/**
 * What a concept carries besides its terms, each at its level (lang null = the concept; termId
 * set = that term): definitions and contexts (with their own sources and notes in `data`),
 * sources, customer and project subsets, transactions, cross-references, geographical usage
 * and term location. `position` keeps the file's order.
 */
export const conceptDetails = sqliteTable(
  "concept_details",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    conceptId: integer("concept_id").notNull().references(() => concepts.id, { onDelete: "cascade" }),
    lang: text("lang"),
    termId: integer("term_id").references(() => terms.id, { onDelete: "cascade" }),
    /** definition | context | source | customerSubset | projectSubset | transaction | reference | geographicalUsage | termLocation */
    kind: text("kind").notNull(),
    position: integer("position").notNull().default(0),
    text: text("text").notNull(),
    /** definition/context: { sources?, notes? }; transaction: { type, date?, responsibilityRef? }; reference: { type, target? } */
    data: text("data", { mode: "json" }).$type<Record<string, unknown>>(),
  },
  (t) => [index("concept_details_concept_idx").on(t.conceptId), index("concept_details_term_idx").on(t.termId)],
);

/** One import of a termbase file, done in short transactions; `running` ones are undone on restart. */
export const glossaryImportRuns = sqliteTable("glossary_import_runs", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  originId: integer("origin_id").references(() => termbaseOrigins.id),
  actorId: integer("actor_id").references(() => users.id),
  /** running | done | failed | undone */
  status: text("status").notNull().default("running"),
  startedAt: text("started_at").notNull().default(now),
  finishedAt: text("finished_at"),
  /** the counts and per-concept outcomes */
  report: text("report", { mode: "json" }),
});

/** What each batch of an import changed, to undo a run that fails part way. */
export const glossaryImportJournal = sqliteTable(
  "glossary_import_journal",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    runId: integer("run_id").notNull().references(() => glossaryImportRuns.id, { onDelete: "cascade" }),
    conceptId: integer("concept_id").notNull(),
    /** create | update */
    action: text("action").notNull(),
    /** the concept before an update (as an interchange document with its origin and id) */
    before: text("before", { mode: "json" }),
  },
  (t) => [index("glossary_import_journal_run_idx").on(t.runId)],
);

// ---------------------------------------------------------------- publishing (publications, overrides)
// Publications and overrides are append-only: a custom migration (publications_immutable) makes
// SQLite refuse any UPDATE or DELETE of their rows, and no service offers one.

/** An approved version of an article in one language, frozen when it was published. */
export const publications = sqliteTable(
  "publications",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    articleId: integer("article_id").notNull().references(() => articles.id),
    lang: text("lang").notNull(),
    /** 1, 2, … per article and language */
    version: integer("version").notNull(),
    publishedBy: integer("published_by").references(() => users.id),
    /** the publisher's name at the time (a CLI run without --user is "cli:<os user>") */
    publishedByName: text("published_by_name").notNull(),
    publishedAt: text("published_at").notNull().default(now),
    /** SHA-256 (hex) of `content` */
    contentHash: text("content_hash").notNull(),
    /** the frozen content in its canonical JSON form (title, languages, segments with source, target, kind, paragraph, separator) */
    content: text("content").notNull(),
    /** why the publisher published over open critical or major flags; null when none were open */
    overrideReason: text("override_reason"),
  },
  (t) => [uniqueIndex("publications_article_lang_version_idx").on(t.articleId, t.lang, t.version)],
);

/** The rendered bytes of every export format at publish time; downloads serve these. */
export const publicationFiles = sqliteTable(
  "publication_files",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    publicationId: integer("publication_id").notNull().references(() => publications.id),
    /** md | html | txt | json | xliff | … (whatever the writers offered at publish time) */
    format: text("format").notNull(),
    contentType: text("content_type").notNull(),
    extension: text("extension").notNull(),
    body: blob("body", { mode: "buffer" }).notNull(),
    /** SHA-256 (hex) of `body` */
    sha256: text("sha256").notNull(),
  },
  (t) => [uniqueIndex("publication_files_publication_format_idx").on(t.publicationId, t.format)],
);

/**
 * A publisher's decision to go ahead despite an open critical or major flag, with the reason:
 * when approving a segment (`scope` approval: the translation version it approved) or when
 * publishing (`scope` publication). A QA run replaces automatic flags with new rows, so the
 * flag is named by its fingerprint (side, language, check, span, text it was raised on), not by id.
 */
export const flagOverrides = sqliteTable(
  "flag_overrides",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    segmentId: integer("segment_id").notNull().references(() => segments.id, { onDelete: "cascade" }),
    lang: text("lang").notNull(),
    /** the flag's id when it was overridden (it may since have been replaced by an identical one) */
    flagId: integer("flag_id"),
    fingerprint: text("fingerprint").notNull(),
    severity: text("severity").notNull(),
    /** approval | publication */
    scope: text("scope").notNull(),
    translationId: integer("translation_id").references(() => translations.id, { onDelete: "cascade" }),
    translationVersion: integer("translation_version"),
    publicationId: integer("publication_id").references(() => publications.id),
    reason: text("reason").notNull(),
    userId: integer("user_id").references(() => users.id),
    at: createdAt(),
  },
  (t) => [index("flag_overrides_translation_idx").on(t.translationId, t.translationVersion), index("flag_overrides_segment_idx").on(t.segmentId, t.lang)],
);

// ---------------------------------------------------------------- interchange: document structure for faithful export

/**
 * How an imported article was built, so that an approved version leaves in the same shape: the
 * structure around its paragraphs (lists, quotes, tables, figures, code blocks), and for the same
 * format a skeleton: the original HTML with the translatable ranges marked, or the original DOCX
 * package whose paragraphs export fills.
 */
export const articleSources = sqliteTable("article_sources", {
  articleId: integer("article_id").primaryKey().references(() => articles.id, { onDelete: "cascade" }),
  /** text | markdown | html | docx */
  format: text("format").notNull(),
  structure: text("structure", { mode: "json" }).$type<DocStructure>().notNull(),
  /** HTML only: the original document and the ranges export fills */
  skeleton: text("skeleton", { mode: "json" }).$type<HtmlSkeleton>(),
  /** DOCX only: the original package */
  original: blob("original", { mode: "buffer" }),
  createdAt: createdAt(),
});

// ---------------------------------------------------------------- xliff

/**
 * The ids a segment had in the XLIFF file its article was created from (unit and segment id), so a
 * later version of that file updates the segment by id. Glossa's own exports need none: their ids
 * are `s<segmentId>`.
 */
export const xliffSegmentRefs = sqliteTable(
  "xliff_segment_refs",
  {
    segmentId: integer("segment_id").primaryKey().references(() => segments.id, { onDelete: "cascade" }),
    articleId: integer("article_id").notNull().references(() => articles.id, { onDelete: "cascade" }),
    /** JSON [unitId, segmentId] as the file wrote them */
    externalId: text("external_id").notNull(),
  },
  (t) => [uniqueIndex("xliff_segment_refs_article_external_idx").on(t.articleId, t.externalId)],
);
// ---- hardening

/**
 * Articles whose import is still being stored in steps (large imports are written a few
 * thousand segments at a time, so the server keeps answering): hidden from readers until the
 * row is removed at the end. Rows left by a crash are discarded, with their article, at start.
 */
export const pendingImports = sqliteTable("pending_imports", {
  articleId: integer("article_id")
    .primaryKey()
    .references(() => articles.id, { onDelete: "cascade" }),
  createdAt: createdAt(),
});
