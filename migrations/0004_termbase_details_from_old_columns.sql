-- Concepts imported before origins existed keep their ids under one origin of their own, so a
-- file imported now (under its own name) never matches them by id alone.
INSERT INTO `termbase_origins` (`name`) SELECT 'earlier imports' WHERE EXISTS (SELECT 1 FROM `concepts` WHERE `external_id` IS NOT NULL);--> statement-breakpoint
UPDATE `concepts` SET `origin_id` = (SELECT `id` FROM `termbase_origins` WHERE `name` = 'earlier imports') WHERE `external_id` IS NOT NULL AND `origin_id` IS NULL;--> statement-breakpoint
-- The single source, definition and context columns move to concept_details, at their level.
INSERT INTO `concept_details` (`concept_id`, `lang`, `term_id`, `kind`, `position`, `text`) SELECT `id`, NULL, NULL, 'source', 0, `source` FROM `concepts` WHERE `source` IS NOT NULL AND `source` <> '';--> statement-breakpoint
INSERT INTO `concept_details` (`concept_id`, `lang`, `term_id`, `kind`, `position`, `text`) SELECT `concept_id`, `lang`, NULL, 'definition', 0, `definition` FROM `concept_languages` WHERE `definition` IS NOT NULL AND `definition` <> '';--> statement-breakpoint
INSERT INTO `concept_details` (`concept_id`, `lang`, `term_id`, `kind`, `position`, `text`) SELECT `concept_id`, `lang`, `id`, 'context', 0, `context` FROM `terms` WHERE `context` IS NOT NULL AND `context` <> '';
