-- worklog schema, version 12 (issue 17): the report's link index. A month report counts
-- the period's entries per unit and per tag; read through the links (one index search per
-- entry) that was most of its instructions (SPEC §10 P2). `report_links` holds one row per
-- (live entry, unit or tag), keyed by the entry (new entries append at the end of the
-- table; an entry's rows are found to be re-derived); its index by link, then date,
-- covers the report: for each unit and tag it reads only its slice of the period.
-- `link` is a unit's id (an integer) or a tag (text): no declared type, so each keeps
-- its own type. Like the search index, it is derived data, kept in step at each commit
-- (store/index.rs), never journaled for undo nor exported.
CREATE TABLE report_links (
    entry_id INTEGER NOT NULL,
    link NOT NULL,
    date TEXT NOT NULL,
    minutes INTEGER NOT NULL,
    PRIMARY KEY (entry_id, link)
) WITHOUT ROWID;
CREATE INDEX report_links_link ON report_links(link, date, minutes);
INSERT INTO report_links(entry_id, link, date, minutes)
    SELECT e.id, ru.unit_id, e.date, coalesce(e.minutes, 0)
      FROM entries e JOIN record_units ru ON ru.record_id = e.id WHERE e.deleted_at IS NULL
    UNION ALL
    SELECT e.id, rt.tag, e.date, coalesce(e.minutes, 0)
      FROM entries e JOIN record_tags rt ON rt.record_id = e.id WHERE e.deleted_at IS NULL
    ORDER BY 1, 2;
