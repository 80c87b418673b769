-- worklog schema, version 8 (issue 15): an entry's time of day (`HH:MM`, when the source had one —
-- jrnl keeps the minute of every entry), and where imported records came from, so that
-- a file or a record is never imported twice.
ALTER TABLE entries ADD COLUMN time TEXT;

-- One row per import: the file's name as given, its format, and a digest of its bytes.
CREATE TABLE imports (
    id INTEGER PRIMARY KEY,
    format TEXT NOT NULL,
    file TEXT NOT NULL,
    digest TEXT NOT NULL,
    imported_at TEXT NOT NULL
);
CREATE INDEX imports_digest ON imports(digest);

-- The records an import made, each with the key it had in its source (a taskwarrior
-- uuid; for entries the date and a digest of the text).
CREATE TABLE import_items (
    import_id INTEGER NOT NULL REFERENCES imports(id),
    record_id INTEGER NOT NULL REFERENCES records(id),
    source_key TEXT NOT NULL
);
CREATE INDEX import_items_key ON import_items(source_key);
