ALTER TABLE `api_tokens` ADD `kind` text DEFAULT 'user' NOT NULL;--> statement-breakpoint
ALTER TABLE `translation_revisions` ADD `diff` text;