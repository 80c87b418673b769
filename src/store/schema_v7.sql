-- worklog schema, version 7: corrections that keep what they correct (issue 13).
--
-- task_changes: a task's due date, responsible unit or plan changed by `edit`, with the
-- old and new value as stored then (an ISO date, a unit alias, a plan label) and the
-- reason given. The task's timeline shows them ("hạn 20/12 → 22/12: Sở xin lùi hạn").
-- fact_history: a fact's earlier value, source and as-of date, kept when `edit` changes
-- any of them, so the sector brief can show how a figure moved.
-- Neither takes an id from the shared sequence: they are parts of their record, never
-- cited on their own.

CREATE TABLE task_changes (
    id INTEGER PRIMARY KEY,
    task_id INTEGER NOT NULL REFERENCES tasks(id),
    date TEXT NOT NULL,
    what TEXT NOT NULL CHECK (what IN ('due','unit','plan')),
    old TEXT,
    new TEXT,
    reason TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX task_changes_task ON task_changes(task_id, date);

CREATE TABLE fact_history (
    id INTEGER PRIMARY KEY,
    fact_id INTEGER NOT NULL REFERENCES facts(id),
    value TEXT,
    source TEXT,
    as_of TEXT,
    replaced_at TEXT NOT NULL
);
CREATE INDEX fact_history_fact ON fact_history(fact_id, id);
