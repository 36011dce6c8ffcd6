-- Publications are immutable: what was published stays exactly as it was published.
-- SQLite refuses any change to a publication or its rendered files, whatever the caller.
CREATE TRIGGER `publications_no_update` BEFORE UPDATE ON `publications`
BEGIN
  SELECT RAISE(ABORT, 'publications are immutable');
END;
--> statement-breakpoint
CREATE TRIGGER `publications_no_delete` BEFORE DELETE ON `publications`
BEGIN
  SELECT RAISE(ABORT, 'publications are immutable');
END;
--> statement-breakpoint
CREATE TRIGGER `publication_files_no_update` BEFORE UPDATE ON `publication_files`
BEGIN
  SELECT RAISE(ABORT, 'publications are immutable');
END;
--> statement-breakpoint
CREATE TRIGGER `publication_files_no_delete` BEFORE DELETE ON `publication_files`
BEGIN
  SELECT RAISE(ABORT, 'publications are immutable');
END;
