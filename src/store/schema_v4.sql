-- worklog schema, version 4: a lighter schema for a fast start (SPEC §10 P1). Every
-- process parses the whole schema when it opens the database, and a statement that
-- writes a table compiles that table's triggers.
--
-- 1. The undo journal is written from SQLite's preupdate hook (store/undo.rs) instead of
--    triggers. `store::undo::drop_v3_triggers`, which runs after every migration, removes
--    v3's triggers and `undo_old_*` shadow tables and the history that refers to them.
-- 2. The search index's triggers on entries, tasks, notes, documents and facts compute
--    their row's text directly instead of selecting it from the five-way `search_source`
--    view (same text, see schema_v2.sql; the view stays for the record_docs triggers and
--    for rebuilding the index). A new entry or task has no cited documents yet: worklog
--    links them after inserting the row, and the record_docs triggers then re-derive it.

DROP TRIGGER search_entries_ins;
DROP TRIGGER search_entries_upd;
DROP TRIGGER search_tasks_ins;
DROP TRIGGER search_tasks_upd;
DROP TRIGGER search_notes_ins;
DROP TRIGGER search_notes_upd;
DROP TRIGGER search_documents_ins;
DROP TRIGGER search_documents_upd;
DROP TRIGGER search_facts_ins;
DROP TRIGGER search_facts_upd;

CREATE TRIGGER search_entries_ins AFTER INSERT ON entries WHEN new.deleted_at IS NULL BEGIN
    DELETE FROM search_idx WHERE rowid = new.id;
    INSERT INTO search_idx(rowid, body) VALUES (new.id, wl_fold(new.text));
END;
CREATE TRIGGER search_entries_upd AFTER UPDATE OF text, deleted_at ON entries BEGIN
    DELETE FROM search_idx WHERE rowid = old.id;
    INSERT INTO search_idx(rowid, body) SELECT new.id, wl_fold(new.text || coalesce(' ' ||
        (SELECT group_concat(number, ' ') FROM record_docs WHERE record_id = new.id), ''))
     WHERE new.deleted_at IS NULL;
END;

CREATE TRIGGER search_tasks_ins AFTER INSERT ON tasks WHEN new.deleted_at IS NULL BEGIN
    DELETE FROM search_idx WHERE rowid = new.id;
    INSERT INTO search_idx(rowid, body) VALUES (new.id, wl_fold(new.title));
END;
CREATE TRIGGER search_tasks_upd AFTER UPDATE OF title, deleted_at ON tasks BEGIN
    DELETE FROM search_idx WHERE rowid = old.id;
    INSERT INTO search_idx(rowid, body) SELECT new.id, wl_fold(new.title || coalesce(' ' ||
        (SELECT group_concat(number, ' ') FROM record_docs WHERE record_id = new.id), ''))
     WHERE new.deleted_at IS NULL;
END;

CREATE TRIGGER search_notes_ins AFTER INSERT ON task_events
  WHEN new.kind = 'note' AND new.text IS NOT NULL AND new.deleted_at IS NULL BEGIN
    DELETE FROM search_idx WHERE rowid = new.id;
    INSERT INTO search_idx(rowid, body) VALUES (new.id, wl_fold(new.text));
END;
CREATE TRIGGER search_notes_upd AFTER UPDATE OF kind, text, deleted_at ON task_events BEGIN
    DELETE FROM search_idx WHERE rowid = old.id;
    INSERT INTO search_idx(rowid, body) SELECT new.id, wl_fold(new.text)
     WHERE new.kind = 'note' AND new.text IS NOT NULL AND new.deleted_at IS NULL;
END;

CREATE TRIGGER search_documents_ins AFTER INSERT ON documents WHEN new.deleted_at IS NULL BEGIN
    DELETE FROM search_idx WHERE rowid = new.id;
    INSERT INTO search_idx(rowid, body)
    VALUES (new.id, wl_fold(concat_ws(' ', new.number, new.title, new.issuer)));
END;
CREATE TRIGGER search_documents_upd AFTER UPDATE OF number, title, issuer, deleted_at ON documents BEGIN
    DELETE FROM search_idx WHERE rowid = old.id;
    INSERT INTO search_idx(rowid, body)
    SELECT new.id, wl_fold(concat_ws(' ', new.number, new.title, new.issuer)) WHERE new.deleted_at IS NULL;
END;

CREATE TRIGGER search_facts_ins AFTER INSERT ON facts WHEN new.deleted_at IS NULL BEGIN
    DELETE FROM search_idx WHERE rowid = new.id;
    INSERT INTO search_idx(rowid, body) VALUES (new.id, wl_fold(concat_ws(' ', new.text, new.value, new.source)));
END;
CREATE TRIGGER search_facts_upd AFTER UPDATE OF text, value, source, deleted_at ON facts BEGIN
    DELETE FROM search_idx WHERE rowid = old.id;
    INSERT INTO search_idx(rowid, body)
    SELECT new.id, wl_fold(concat_ws(' ', new.text, new.value, new.source)) WHERE new.deleted_at IS NULL;
END;
