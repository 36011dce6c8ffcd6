CREATE TABLE `xliff_segment_refs` (
	`segment_id` integer PRIMARY KEY NOT NULL,
	`article_id` integer NOT NULL,
	`external_id` text NOT NULL,
	FOREIGN KEY (`segment_id`) REFERENCES `segments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `xliff_segment_refs_article_external_idx` ON `xliff_segment_refs` (`article_id`,`external_id`);