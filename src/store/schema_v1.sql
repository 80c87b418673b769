-- worklog schema, version 1. Every record kind of SPEC §2 has its table now, so later
-- commands fill tables rather than migrate them. Ids come from one sequence (records):
-- AUTOINCREMENT never reuses an id, even after an undo deletes the newest record.
-- Dates are ISO 'YYYY-MM-DD' text; time stamps RFC 3339 text.

CREATE TABLE records (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL CHECK (kind IN ('entry','task','note','plan','goal','contingency',
        'blocker','document','fact','unit','field','submission'))
);

CREATE TABLE units (
    id INTEGER PRIMARY KEY REFERENCES records(id),
    alias TEXT NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'other' CHECK (kind IN ('department','commune','province','other')),
    valid_to TEXT,
    replaced_by INTEGER REFERENCES units(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE UNIQUE INDEX units_alias ON units(alias);

CREATE TABLE fields (
    id INTEGER PRIMARY KEY REFERENCES records(id),
    key TEXT NOT NULL,
    name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE UNIQUE INDEX fields_key ON fields(key);

CREATE TABLE plans (
    id INTEGER PRIMARY KEY REFERENCES records(id),
    kind TEXT NOT NULL CHECK (kind IN ('week','month')),
    period TEXT NOT NULL,
    date_from TEXT NOT NULL,
    date_to TEXT NOT NULL,
    closed_on TEXT,
    close_note TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE UNIQUE INDEX plans_period ON plans(period);

CREATE TABLE goals (
    id INTEGER PRIMARY KEY REFERENCES records(id),
    plan_id INTEGER NOT NULL REFERENCES plans(id),
    text TEXT NOT NULL,
    achieved INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX goals_plan ON goals(plan_id);

CREATE TABLE tasks (
    id INTEGER PRIMARY KEY REFERENCES records(id),
    title TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'todo' CHECK (status IN ('todo','doing','done','dropped')),
    priority TEXT NOT NULL DEFAULT 'normal' CHECK (priority IN ('high','normal','low')),
    due TEXT,
    plan TEXT,
    unit_id INTEGER REFERENCES units(id),
    major INTEGER NOT NULL DEFAULT 0,
    field TEXT,
    assigned TEXT NOT NULL,
    started_on TEXT,
    closed_on TEXT,
    carried INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX tasks_status ON tasks(status);
CREATE INDEX tasks_plan ON tasks(plan);
CREATE INDEX tasks_due ON tasks(due);
CREATE INDEX tasks_unit ON tasks(unit_id);

-- A task's timeline: creation, status changes, notes, moves between plans.
CREATE TABLE task_events (
    id INTEGER PRIMARY KEY REFERENCES records(id),
    task_id INTEGER NOT NULL REFERENCES tasks(id),
    date TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('created','start','done','drop','reopen','note','move','plan','close_review')),
    text TEXT,
    from_plan TEXT,
    to_plan TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX task_events_task ON task_events(task_id, date);

CREATE TABLE entries (
    id INTEGER PRIMARY KEY REFERENCES records(id),
    date TEXT NOT NULL,
    text TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'other',
    field TEXT,
    minutes INTEGER,
    task_id INTEGER REFERENCES tasks(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX entries_date ON entries(date);
CREATE INDEX entries_task ON entries(task_id);

-- Units an entry (or other record) concerns; tags; cited document numbers.
CREATE TABLE record_units (
    record_id INTEGER NOT NULL REFERENCES records(id),
    unit_id INTEGER NOT NULL REFERENCES units(id),
    UNIQUE (record_id, unit_id)
);
CREATE INDEX record_units_unit ON record_units(unit_id);

CREATE TABLE record_tags (
    record_id INTEGER NOT NULL REFERENCES records(id),
    tag TEXT NOT NULL,
    UNIQUE (record_id, tag)
);
CREATE INDEX record_tags_tag ON record_tags(tag);

CREATE TABLE record_docs (
    record_id INTEGER NOT NULL REFERENCES records(id),
    number TEXT NOT NULL,
    number_key TEXT NOT NULL,
    UNIQUE (record_id, number_key)
);
CREATE INDEX record_docs_key ON record_docs(number_key);

CREATE TABLE contingencies (
    id INTEGER PRIMARY KEY REFERENCES records(id),
    plan_id INTEGER REFERENCES plans(id),
    task_id INTEGER REFERENCES tasks(id),
    situation TEXT NOT NULL,
    response TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','triggered','closed')),
    triggered_on TEXT,
    outcome TEXT,
    closed_on TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    CHECK (plan_id IS NOT NULL OR task_id IS NOT NULL)
);

CREATE TABLE blockers (
    id INTEGER PRIMARY KEY REFERENCES records(id),
    unit_id INTEGER NOT NULL REFERENCES units(id),
    task_id INTEGER REFERENCES tasks(id),
    text TEXT NOT NULL,
    proposal TEXT,
    remedy TEXT CHECK (remedy IN ('directive','meeting','other')),
    raised_on TEXT NOT NULL,
    resolved_on TEXT,
    resolve_note TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX blockers_unit ON blockers(unit_id);
CREATE INDEX blockers_task ON blockers(task_id);

CREATE TABLE documents (
    id INTEGER PRIMARY KEY REFERENCES records(id),
    number TEXT,
    number_key TEXT,
    title TEXT NOT NULL,
    issuer TEXT,
    level TEXT NOT NULL DEFAULT 'province' CHECK (level IN ('central','province','other')),
    field TEXT,
    status TEXT NOT NULL CHECK (status IN ('issued','required')),
    issued_on TEXT,
    due TEXT,
    drafting_unit_id INTEGER REFERENCES units(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX documents_key ON documents(number_key);

CREATE TABLE facts (
    id INTEGER PRIMARY KEY REFERENCES records(id),
    text TEXT NOT NULL,
    value TEXT,
    source TEXT,
    as_of TEXT,
    field TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);

-- Frozen copies of submitted reports (report month --submit).
CREATE TABLE submissions (
    id INTEGER PRIMARY KEY REFERENCES records(id),
    report TEXT NOT NULL,
    period TEXT NOT NULL,
    content TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX submissions_period ON submissions(report, period);

-- The undo journal: one row per writing command, and the SQL that reverts each row it
-- changed (written by temporary triggers, see store/undo.rs).
CREATE TABLE undo_commands (
    id INTEGER PRIMARY KEY,
    summary TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE TABLE undo_log (
    seq INTEGER PRIMARY KEY,
    command_id INTEGER NOT NULL,
    stmt TEXT NOT NULL
);
CREATE INDEX undo_log_command ON undo_log(command_id);
