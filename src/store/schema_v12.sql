-- worklog schema, version 12 (issue 17): the report's link index. A month report counts
-- the period's entries per unit and per tag; read through the links (one index search per
-- entry) that was most of its instructions (SPEC §10 P2). `report_links` holds one row per
-- (live entry, unit or tag), keyed by the link, then the date: the report reads, for each
-- unit and tag, only its slice of the period. `link` is a unit's id (an integer) or a tag
-- (text): no declared type, so each keeps its own type. Like the search index, it is
-- derived data, kept in step at each commit (store/index.rs), never journaled for undo
-- nor exported.
CREATE TABLE report_links (
    link NOT NULL,
    date TEXT NOT NULL,
    entry_id INTEGER NOT NULL,
    minutes INTEGER NOT NULL,
    PRIMARY KEY (link, date, entry_id)
) WITHOUT ROWID;
CREATE INDEX report_links_entry ON report_links(entry_id);
INSERT INTO report_links(link, date, entry_id, minutes)
    SELECT ru.unit_id, e.date, e.id, coalesce(e.minutes, 0)
      FROM entries e JOIN record_units ru ON ru.record_id = e.id WHERE e.deleted_at IS NULL
    UNION ALL
    SELECT rt.tag, e.date, e.id, coalesce(e.minutes, 0)
      FROM entries e JOIN record_tags rt ON rt.record_id = e.id WHERE e.deleted_at IS NULL;
