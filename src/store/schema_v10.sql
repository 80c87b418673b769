-- worklog schema, version 10 (issue 12): consultations and proposals.
--
-- records: two new kinds share the one id sequence. SQLite cannot alter a CHECK, and
-- rebuilding `records` would touch every table that references it; widening the list
-- of accepted kinds only loosens the constraint (every existing row still passes), so
-- the table's stored definition is edited in place, as SQLite's documentation allows
-- for loosening a constraint (https://sqlite.org/lang_altertable.html#otheralter);
-- RESET turns schema writing off and makes this connection read the new definition.
-- consultations: an item the official clears with a leader before presenting it: the
-- leader's alias and name as they were, the meeting or day it is for, then the
-- leader's opinion, verdict and date.
-- consultation_links: the tasks and entries it concerns ('concerns') and the tasks the
-- opinion created ('created'). Documents it concerns are in record_docs.
-- proposals: a proposed directive, assignment or scheme (Đề án), its units in
-- record_units, its documents in record_docs, the facts it rests on and the tasks its
-- acceptance created in proposal_links.
PRAGMA writable_schema = ON;
UPDATE sqlite_master
   SET sql = replace(sql, '''field'',''submission'')', '''field'',''submission'',''consultation'',''proposal'')')
 WHERE type = 'table' AND name = 'records';
PRAGMA writable_schema = RESET;

CREATE TABLE consultations (
    id INTEGER PRIMARY KEY REFERENCES records(id),
    text TEXT NOT NULL,
    leader TEXT NOT NULL,
    leader_name TEXT NOT NULL,
    for_date TEXT,
    opinion TEXT,
    verdict TEXT CHECK (verdict IN ('agreed','not_agreed','revise')),
    answered_on TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX consultations_for ON consultations(for_date);

CREATE TABLE consultation_links (
    consultation_id INTEGER NOT NULL REFERENCES consultations(id),
    record_id INTEGER NOT NULL REFERENCES records(id),
    role TEXT NOT NULL CHECK (role IN ('concerns','created')),
    UNIQUE (consultation_id, record_id, role)
);
CREATE INDEX consultation_links_record ON consultation_links(record_id);

CREATE TABLE proposals (
    id INTEGER PRIMARY KEY REFERENCES records(id),
    text TEXT NOT NULL,
    scheme INTEGER NOT NULL DEFAULT 0,
    reason TEXT,
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','accepted','rejected')),
    decided_on TEXT,
    note TEXT,
    proposed_on TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);

CREATE TABLE proposal_links (
    proposal_id INTEGER NOT NULL REFERENCES proposals(id),
    record_id INTEGER NOT NULL REFERENCES records(id),
    role TEXT NOT NULL CHECK (role IN ('fact','created')),
    UNIQUE (proposal_id, record_id, role)
);
CREATE INDEX proposal_links_record ON proposal_links(record_id);
