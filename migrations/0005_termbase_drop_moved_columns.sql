ALTER TABLE `concept_languages` DROP COLUMN `definition`;--> statement-breakpoint
ALTER TABLE `concepts` DROP COLUMN `source`;--> statement-breakpoint
ALTER TABLE `terms` DROP COLUMN `context`;