CREATE TABLE `concept_details` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`concept_id` integer NOT NULL,
	`lang` text,
	`term_id` integer,
	`kind` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`text` text NOT NULL,
	`data` text,
	FOREIGN KEY (`concept_id`) REFERENCES `concepts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`term_id`) REFERENCES `terms`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `concept_details_concept_idx` ON `concept_details` (`concept_id`);--> statement-breakpoint
CREATE INDEX `concept_details_term_idx` ON `concept_details` (`term_id`);--> statement-breakpoint
CREATE TABLE `glossary_import_journal` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`run_id` integer NOT NULL,
	`concept_id` integer NOT NULL,
	`action` text NOT NULL,
	`before` text,
	FOREIGN KEY (`run_id`) REFERENCES `glossary_import_runs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `glossary_import_journal_run_idx` ON `glossary_import_journal` (`run_id`);--> statement-breakpoint
CREATE TABLE `glossary_import_runs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`origin_id` integer,
	`actor_id` integer,
	`status` text DEFAULT 'running' NOT NULL,
	`started_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`finished_at` text,
	`report` text,
	FOREIGN KEY (`origin_id`) REFERENCES `termbase_origins`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `termbase_origins` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`ref_objects` text DEFAULT '[]' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `termbase_origins_name_unique` ON `termbase_origins` (`name`);--> statement-breakpoint
DROP INDEX `concepts_external_id_unique`;--> statement-breakpoint
ALTER TABLE `concepts` ADD `origin_id` integer REFERENCES termbase_origins(id);--> statement-breakpoint
CREATE UNIQUE INDEX `concepts_origin_external_idx` ON `concepts` (`origin_id`,`external_id`);