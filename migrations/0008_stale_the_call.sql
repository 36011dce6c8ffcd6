CREATE TABLE `article_sources` (
	`article_id` integer PRIMARY KEY NOT NULL,
	`format` text NOT NULL,
	`structure` text NOT NULL,
	`skeleton` text,
	`original` blob,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
