CREATE TABLE `tm_units` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source_lang` text NOT NULL,
	`target_lang` text NOT NULL,
	`source_text` text NOT NULL,
	`target_text` text NOT NULL,
	`source_markup` text,
	`target_markup` text,
	`prev_source` text,
	`next_source` text,
	`source_tokens` integer,
	`target_tokens` integer,
	`pair_hash` integer NOT NULL,
	`origin` text NOT NULL,
	`article_id` integer,
	`segment_id` integer,
	`author` text,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_by` integer,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`segment_id`) REFERENCES `segments`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tm_units_segment_lang_idx` ON `tm_units` (`segment_id`,`target_lang`);--> statement-breakpoint
CREATE INDEX `tm_units_pair_hash_idx` ON `tm_units` (`pair_hash`);--> statement-breakpoint
CREATE INDEX `tm_units_unindexed_idx` ON `tm_units` (`id`) WHERE source_tokens IS NULL;