-- worklog schema, version 2: full-text search (SPEC §7, DOMAIN.md §f 4 and 6).
--
-- One contentless FTS5 table whose rowid IS the record id (ids come from one sequence
-- for every kind, so they never collide). Contentless: the folded text is only in the
-- inverted index, not stored a second time; the original text is read from the source
-- table for display. `contentless_delete=1` lets a row be deleted by rowid alone.
--
-- The indexed text is wl_fold(original): NFD, marks dropped, đ→d, lowercase (the Rust
-- function text::fold, registered on every connection). FTS5's own remove_diacritics
-- does not fold đ, so the application folds both the text and the query.
--
-- Every name here starts with `search`: the undo journal skips such tables, and undo
-- restores the base rows, whose triggers below then put the index back in step.

CREATE VIRTUAL TABLE search_idx USING fts5(
    body,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2'
);

-- What each live record contributes to the index, unfolded. Entries and tasks add the
-- document numbers they cite, so `QD-UBND` finds an entry logged with --doc.
CREATE VIEW search_source(id, body) AS
    SELECT e.id, e.text || coalesce(' ' || (SELECT group_concat(d.number, ' ')
        FROM record_docs d WHERE d.record_id = e.id), '')
      FROM entries e WHERE e.deleted_at IS NULL
    UNION ALL
    SELECT t.id, t.title || coalesce(' ' || (SELECT group_concat(d.number, ' ')
        FROM record_docs d WHERE d.record_id = t.id), '')
      FROM tasks t WHERE t.deleted_at IS NULL
    UNION ALL
    SELECT n.id, n.text FROM task_events n
     WHERE n.kind = 'note' AND n.text IS NOT NULL AND n.deleted_at IS NULL
    UNION ALL
    SELECT d.id, concat_ws(' ', d.number, d.title, d.issuer)
      FROM documents d WHERE d.deleted_at IS NULL
    UNION ALL
    SELECT f.id, concat_ws(' ', f.text, f.value, f.source)
      FROM facts f WHERE f.deleted_at IS NULL;

-- Rows that exist before this migration.
INSERT INTO search_idx(rowid, body) SELECT id, wl_fold(body) FROM search_source;

-- Keeping step: every change to a source row re-derives that one row's index entry
-- (delete by rowid, then insert it again if the record is live). A soft delete
-- (deleted_at set) therefore drops the row; clearing deleted_at (undo) restores it.

CREATE TRIGGER search_entries_ins AFTER INSERT ON entries BEGIN
    DELETE FROM search_idx WHERE rowid = new.id;
    INSERT INTO search_idx(rowid, body) SELECT id, wl_fold(body) FROM search_source WHERE id = new.id;
END;
CREATE TRIGGER search_entries_upd AFTER UPDATE OF text, deleted_at ON entries BEGIN
    DELETE FROM search_idx WHERE rowid = old.id;
    INSERT INTO search_idx(rowid, body) SELECT id, wl_fold(body) FROM search_source WHERE id = new.id;
END;
CREATE TRIGGER search_entries_del AFTER DELETE ON entries BEGIN
    DELETE FROM search_idx WHERE rowid = old.id;
END;

CREATE TRIGGER search_tasks_ins AFTER INSERT ON tasks BEGIN
    DELETE FROM search_idx WHERE rowid = new.id;
    INSERT INTO search_idx(rowid, body) SELECT id, wl_fold(body) FROM search_source WHERE id = new.id;
END;
CREATE TRIGGER search_tasks_upd AFTER UPDATE OF title, deleted_at ON tasks BEGIN
    DELETE FROM search_idx WHERE rowid = old.id;
    INSERT INTO search_idx(rowid, body) SELECT id, wl_fold(body) FROM search_source WHERE id = new.id;
END;
CREATE TRIGGER search_tasks_del AFTER DELETE ON tasks BEGIN
    DELETE FROM search_idx WHERE rowid = old.id;
END;

CREATE TRIGGER search_notes_ins AFTER INSERT ON task_events BEGIN
    DELETE FROM search_idx WHERE rowid = new.id;
    INSERT INTO search_idx(rowid, body) SELECT id, wl_fold(body) FROM search_source WHERE id = new.id;
END;
CREATE TRIGGER search_notes_upd AFTER UPDATE OF kind, text, deleted_at ON task_events BEGIN
    DELETE FROM search_idx WHERE rowid = old.id;
    INSERT INTO search_idx(rowid, body) SELECT id, wl_fold(body) FROM search_source WHERE id = new.id;
END;
CREATE TRIGGER search_notes_del AFTER DELETE ON task_events BEGIN
    DELETE FROM search_idx WHERE rowid = old.id;
END;

CREATE TRIGGER search_documents_ins AFTER INSERT ON documents BEGIN
    DELETE FROM search_idx WHERE rowid = new.id;
    INSERT INTO search_idx(rowid, body) SELECT id, wl_fold(body) FROM search_source WHERE id = new.id;
END;
CREATE TRIGGER search_documents_upd AFTER UPDATE OF number, title, issuer, deleted_at ON documents BEGIN
    DELETE FROM search_idx WHERE rowid = old.id;
    INSERT INTO search_idx(rowid, body) SELECT id, wl_fold(body) FROM search_source WHERE id = new.id;
END;
CREATE TRIGGER search_documents_del AFTER DELETE ON documents BEGIN
    DELETE FROM search_idx WHERE rowid = old.id;
END;

CREATE TRIGGER search_facts_ins AFTER INSERT ON facts BEGIN
    DELETE FROM search_idx WHERE rowid = new.id;
    INSERT INTO search_idx(rowid, body) SELECT id, wl_fold(body) FROM search_source WHERE id = new.id;
END;
CREATE TRIGGER search_facts_upd AFTER UPDATE OF text, value, source, deleted_at ON facts BEGIN
    DELETE FROM search_idx WHERE rowid = old.id;
    INSERT INTO search_idx(rowid, body) SELECT id, wl_fold(body) FROM search_source WHERE id = new.id;
END;
CREATE TRIGGER search_facts_del AFTER DELETE ON facts BEGIN
    DELETE FROM search_idx WHERE rowid = old.id;
END;

-- Cited document numbers are part of an entry's or a task's indexed text.
CREATE TRIGGER search_record_docs_ins AFTER INSERT ON record_docs BEGIN
    DELETE FROM search_idx WHERE rowid = new.record_id
       AND EXISTS (SELECT 1 FROM search_source WHERE id = new.record_id);
    INSERT INTO search_idx(rowid, body) SELECT id, wl_fold(body) FROM search_source WHERE id = new.record_id;
END;
CREATE TRIGGER search_record_docs_del AFTER DELETE ON record_docs BEGIN
    DELETE FROM search_idx WHERE rowid = old.record_id
       AND EXISTS (SELECT 1 FROM search_source WHERE id = old.record_id);
    INSERT INTO search_idx(rowid, body) SELECT id, wl_fold(body) FROM search_source WHERE id = old.record_id;
END;
