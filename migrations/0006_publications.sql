CREATE TABLE `flag_overrides` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`segment_id` integer NOT NULL,
	`lang` text NOT NULL,
	`flag_id` integer,
	`fingerprint` text NOT NULL,
	`severity` text NOT NULL,
	`scope` text NOT NULL,
	`translation_id` integer,
	`translation_version` integer,
	`publication_id` integer,
	`reason` text NOT NULL,
	`user_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`segment_id`) REFERENCES `segments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`translation_id`) REFERENCES `translations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`publication_id`) REFERENCES `publications`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `flag_overrides_translation_idx` ON `flag_overrides` (`translation_id`,`translation_version`);--> statement-breakpoint
CREATE INDEX `flag_overrides_segment_idx` ON `flag_overrides` (`segment_id`,`lang`);--> statement-breakpoint
CREATE TABLE `publication_files` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`publication_id` integer NOT NULL,
	`format` text NOT NULL,
	`content_type` text NOT NULL,
	`extension` text NOT NULL,
	`body` blob NOT NULL,
	`sha256` text NOT NULL,
	FOREIGN KEY (`publication_id`) REFERENCES `publications`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `publication_files_publication_format_idx` ON `publication_files` (`publication_id`,`format`);--> statement-breakpoint
CREATE TABLE `publications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` integer NOT NULL,
	`lang` text NOT NULL,
	`version` integer NOT NULL,
	`published_by` integer,
	`published_by_name` text NOT NULL,
	`published_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`content_hash` text NOT NULL,
	`content` text NOT NULL,
	`override_reason` text,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`published_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `publications_article_lang_version_idx` ON `publications` (`article_id`,`lang`,`version`);--> statement-breakpoint
ALTER TABLE `translation_revisions` ADD `events` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `translation_revisions` ADD `note` text;