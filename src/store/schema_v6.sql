-- worklog schema, version 6: the reports' covering index (SPEC §10 P2, P5). A month or year
-- report counts its entries by day, kind, field and linked task; with every column it
-- reads in one index over the live entries, in that order, it reads only the period's
-- slice of this index — no table row, no sort — like the yardstick's index on day.
-- `deleted_at` (always NULL here) is a column too: without it SQLite does not take the
-- index as covering a query that says `deleted_at IS NULL`.
CREATE INDEX entries_report ON entries(date, kind, field, task_id, minutes, deleted_at)
    WHERE deleted_at IS NULL;
