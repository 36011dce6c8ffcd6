-- The translation memory index (written and read by src/db/tm-index.ts only): for every index
-- term (language pair + folded token, e.g. "frhu_commission") and length bucket of the text
-- that holds it, the ascending ids of the tm_units holding it, in chunks of up to 2,048 ids
-- stored as little-endian 32-bit integers. WITHOUT ROWID keeps each chunk inside the primary
-- key's b-tree, so one range read returns a term's chunks in the buckets a lookup may use.
CREATE TABLE `tm_postings` (
	`term` text NOT NULL,
	`bucket` integer NOT NULL,
	`first_id` integer NOT NULL,
	`n` integer NOT NULL,
	`ids` blob NOT NULL,
	PRIMARY KEY (`term`, `bucket`, `first_id`)
) WITHOUT ROWID;
