-- worklog schema, version 11 (issue 17): the search index is kept in step in Rust (store/index.rs) instead of by
-- triggers and a view that every process parsed when it opened the database.
DROP TRIGGER IF EXISTS search_entries_ins;
DROP TRIGGER IF EXISTS search_entries_upd;
DROP TRIGGER IF EXISTS search_entries_del;
DROP TRIGGER IF EXISTS search_tasks_ins;
DROP TRIGGER IF EXISTS search_tasks_upd;
DROP TRIGGER IF EXISTS search_tasks_del;
DROP TRIGGER IF EXISTS search_notes_ins;
DROP TRIGGER IF EXISTS search_notes_upd;
DROP TRIGGER IF EXISTS search_notes_del;
DROP TRIGGER IF EXISTS search_documents_ins;
DROP TRIGGER IF EXISTS search_documents_upd;
DROP TRIGGER IF EXISTS search_documents_del;
DROP TRIGGER IF EXISTS search_facts_ins;
DROP TRIGGER IF EXISTS search_facts_upd;
DROP TRIGGER IF EXISTS search_facts_del;
DROP TRIGGER IF EXISTS search_record_docs_ins;
DROP TRIGGER IF EXISTS search_record_docs_del;
DROP VIEW IF EXISTS search_source;
