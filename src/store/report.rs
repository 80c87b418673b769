//! The rows reports read. Entries come through the date index for the period only, so a
//! longer history does not make a month's report slower; tasks, blockers, contingencies
//! and documents are few and read whole.

use super::Db;
use super::Result;
use super::Store;
use crate::report::classify::PlanHistory;
use crate::report::input::{ContentDoc, ContentEntry};
use crate::report::month::{
    BlockerRow, ContingencyRow, DayTally, DocRow, EntryTotals, Tally, TaskDayTally, TaskRow,
};
use chrono::NaiveDate;
use rusqlite::types::ValueRef;
use std::collections::{BTreeMap, HashMap};

/// The period's entries as the report counts them: day, kind, field, linked task and
/// minutes. The covering `entries_report` index holds exactly these columns for the live
/// entries, by date: SQLite reads the period's slice of it and nothing else — no table
/// row, no sort, never the history outside the period (SPEC §10 P2, P3) — and the rows
/// are counted as they stream by, so nothing per entry is held (P5). (A GROUP BY on these
/// columns costs more than the counting: it copies each row's text into its group
/// registers.)
const ENTRY_ROWS: &str = "SELECT date, kind, field, task_id, coalesce(minutes, 0)
  FROM entries WHERE date BETWEEN ?1 AND ?2 AND deleted_at IS NULL ORDER BY date";
/// The period's entries per unit and per tag, counted in SQL over the link index
/// (`report_links`, its index by link, then date): for each link in turn — found by a skip
/// scan, one index search each — SQLite counts its slice of the period and nothing else,
/// whatever the history (SPEC §10 P2, P3). The link is a unit's id or a tag; its count
/// and minutes come as one text, "count minutes", so that the slice is read once (a link
/// without entries in the period comes back with a count of 0).
const LINK_COUNTS: &str = "WITH RECURSIVE l(link) AS (
    SELECT (SELECT link FROM report_links ORDER BY link LIMIT 1)
    UNION ALL
    SELECT (SELECT link FROM report_links WHERE link > l.link ORDER BY link LIMIT 1) FROM l
     WHERE l.link IS NOT NULL)
  SELECT link,
    (SELECT count(*) || ' ' || coalesce(sum(minutes), 0) FROM report_links r
      WHERE r.link = l.link AND r.date BETWEEN ?1 AND ?2)
  FROM l WHERE link IS NOT NULL";
/// The units' aliases (few rows; retired and deleted units too, as links keep them).
const UNIT_ALIASES: &str = "SELECT id, alias FROM units";
/// The period's entry ids, for a submission's fingerprints.
const ENTRY_IDS: &str = "SELECT id FROM entries
  WHERE date BETWEEN ?1 AND ?2 AND deleted_at IS NULL ORDER BY date, id";

/// Every query that reads the period's entries, for the test that they search an index.
#[cfg(test)]
const ENTRY_QUERIES: [&str; 3] = [ENTRY_ROWS, ENTRY_IDS, CITED_DOCS];

/// Counts per key, allocating a key only the first time it is seen (the rows stream by
/// as borrowed bytes; a key's text is checked once, when it is new).
#[derive(Default)]
struct Counter {
    // A few keys (kinds, fields, tags): comparing bytes in a list beats a map.
    keys: Vec<(String, i64, i64)>,
    none: Option<(i64, i64)>,
}

impl Counter {
    /// Adds to `key`, the column `i` of the row it comes from (for the error on a text
    /// that is not UTF-8).
    fn add(&mut self, key: Option<&[u8]>, i: usize, count: i64, minutes: i64) -> rusqlite::Result<()> {
        let (c, m) = match key {
            None => {
                let (c, m) = self.none.get_or_insert((0, 0));
                (c, m)
            }
            Some(k) => {
                let at = match self.keys.iter().position(|(have, ..)| have.as_bytes() == k) {
                    Some(at) => at,
                    None => {
                        let k = std::str::from_utf8(k).map_err(|e| {
                            rusqlite::Error::FromSqlConversionFailure(
                                i,
                                rusqlite::types::Type::Text,
                                Box::new(e),
                            )
                        })?;
                        self.keys.push((k.to_string(), 0, 0));
                        self.keys.len() - 1
                    }
                };
                let (_, c, m) = &mut self.keys[at];
                (c, m)
            }
        };
        *c += count;
        *m += minutes;
        Ok(())
    }

    /// The tallies, by key (`None` first).
    fn tallies(mut self) -> Vec<Tally> {
        self.keys.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let none = self.none.map(|(count, minutes)| Tally {
            key: None,
            count,
            minutes,
        });
        none.into_iter()
            .chain(self.keys.into_iter().map(|(k, count, minutes)| Tally {
                key: Some(k),
                count,
                minutes,
            }))
            .collect()
    }
}

/// Bounds SQLite's page cache for a report: it reads each page of its slices once or
/// twice, in order, so a larger cache saves nothing but holds up to 2 MB of a year's
/// index pages (SPEC §10 P5, memory; the operating system keeps the file cached anyway).
pub fn bound_cache(store: &Store) -> Result<()> {
    store.conn().pragma_update(None, "cache_size", -256)?;
    Ok(())
}

/// Column `i` as borrowed bytes of text (`None` for NULL).
fn text<'r>(r: &'r rusqlite::Row, i: usize) -> rusqlite::Result<Option<&'r [u8]>> {
    match r.get_ref(i)? {
        ValueRef::Null => Ok(None),
        ValueRef::Text(t) => Ok(Some(t)),
        v => Err(rusqlite::Error::InvalidColumnType(
            i,
            String::new(),
            v.data_type(),
        )),
    }
}

/// Column `i` as an integer (`None` for NULL).
fn int(r: &rusqlite::Row, i: usize) -> rusqlite::Result<Option<i64>> {
    match r.get_ref(i)? {
        ValueRef::Null => Ok(None),
        ValueRef::Integer(n) => Ok(Some(n)),
        v => Err(rusqlite::Error::InvalidColumnType(
            i,
            String::new(),
            v.data_type(),
        )),
    }
}

/// The entries of `from..=to`, counted per day, kind, field and (day, task) as their rows
/// stream by (see `ENTRY_ROWS`), and per unit and tag in SQL (see `LINK_COUNTS`): nothing
/// per entry is held.
pub fn entry_totals(store: &Store, from: NaiveDate, to: NaiveDate) -> Result<EntryTotals> {
    let conn = store.conn();
    let mut days: Vec<DayTally> = Vec::new();
    let mut kinds = Counter::default();
    let mut fields = Counter::default();
    let mut linked: BTreeMap<(NaiveDate, i64), i64> = BTreeMap::new();
    // The day being counted, as stored: a date is parsed once per day, not per row.
    let mut day_text: Vec<u8> = Vec::new();
    let mut st = conn.prepare_cached(ENTRY_ROWS)?;
    let mut rows = st.query(rusqlite::params![from, to])?;
    while let Some(r) = rows.next()? {
        let date_text = text(r, 0)?.unwrap_or_default();
        let minutes = int(r, 4)?.unwrap_or(0);
        if days.is_empty() || date_text != day_text.as_slice() {
            day_text.clear();
            day_text.extend_from_slice(date_text);
            days.push(DayTally {
                date: r.get(0)?,
                count: 0,
                minutes: 0,
            });
        }
        let Some(day) = days.last_mut() else {
            continue;
        };
        day.count += 1;
        day.minutes += minutes;
        kinds.add(Some(text(r, 1)?.unwrap_or_default()), 1, 1, minutes)?;
        fields.add(text(r, 2)?, 2, 1, minutes)?;
        if let Some(task) = int(r, 3)? {
            *linked.entry((day.date, task)).or_insert(0) += 1;
        }
    }
    drop(rows);
    let aliases: HashMap<i64, String> = conn
        .prepare_cached(UNIT_ALIASES)?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut units = Counter::default();
    let mut tags = Counter::default();
    let mut st = conn.prepare_cached(LINK_COUNTS)?;
    let mut rows = st.query(rusqlite::params![from, to])?;
    while let Some(r) = rows.next()? {
        // "count minutes"
        let counted: String = r.get(1)?;
        let (count, minutes) = counted.split_once(' ').unwrap_or_default();
        let (count, minutes) = (count.parse().unwrap_or(0), minutes.parse().unwrap_or(0));
        if count == 0 {
            continue;
        }
        match r.get_ref(0)? {
            // A link to a unit row that is gone cannot be named.
            ValueRef::Integer(unit) => {
                if let Some(alias) = aliases.get(&unit) {
                    units.add(Some(alias.as_bytes()), 0, count, minutes)?;
                }
            }
            _ => tags.add(text(r, 0)?, 0, count, minutes)?,
        }
    }
    Ok(EntryTotals {
        days,
        kinds: kinds.tallies(),
        fields: fields.tallies(),
        units: units.tallies(),
        tags: tags.tallies(),
        linked: linked
            .into_iter()
            .map(|((date, task), count)| TaskDayTally { date, task, count })
            .collect(),
    })
}

/// The ids of the live entries of `from..=to`, by date.
pub fn entry_ids(store: &Store, from: NaiveDate, to: NaiveDate) -> Result<Vec<i64>> {
    let mut st = store.conn().prepare_cached(ENTRY_IDS)?;
    let v = st
        .query_map(rusqlite::params![from, to], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(v)
}

/// Every live task assigned by `to`, with its plan history and its last touch on or
/// before `asof`. A follow-up's unit is the one responsible now: work of a retired unit
/// counts under its successor.
pub fn task_rows(store: &Store, to: NaiveDate, asof: NaiveDate) -> Result<Vec<TaskRow>> {
    let conn = store.conn();
    let graph = super::unit_history::UnitGraph::load(Db(conn))?.as_of(asof);
    let mut moves = super::plans::moves_where(conn, "1", [])?;
    let mut st = conn.prepare_cached(
        "SELECT t.id, t.title, t.status, t.due, t.plan, t.unit_id, t.major, t.assigned, t.closed_on,
            max(t.assigned,
                coalesce((SELECT max(date) FROM task_events WHERE task_id = t.id AND deleted_at IS NULL AND date <= ?2), ''),
                coalesce((SELECT max(date) FROM entries WHERE task_id = t.id AND deleted_at IS NULL AND date <= ?2), ''))
         FROM tasks t WHERE t.deleted_at IS NULL AND t.assigned <= ?1 ORDER BY t.id",
    )?;
    let rows = st.query_map(rusqlite::params![to, asof], |r| {
        let assigned: NaiveDate = r.get(7)?;
        let touched: String = r.get(9)?;
        Ok((
            TaskRow {
                id: r.get(0)?,
                title: r.get(1)?,
                status: super::keyed(r, 2, "tasks", "status")?,
                due: r.get(3)?,
                unit: r
                    .get::<_, Option<i64>>(5)?
                    .and_then(|u| graph.alias(graph.current(u)).map(str::to_string)),
                major: r.get(6)?,
                assigned,
                closed_on: r.get(8)?,
                touched: NaiveDate::parse_from_str(&touched, "%Y-%m-%d").unwrap_or(assigned),
                history: PlanHistory {
                    assigned,
                    current: None,
                    moves: Vec::new(),
                },
            },
            r.get::<_, Option<String>>(4)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (mut t, current) = row?;
        t.history.current = current;
        t.history.moves = moves.remove(&t.id).unwrap_or_default();
        out.push(t);
    }
    Ok(out)
}

pub fn blocker_rows(store: &Store) -> Result<Vec<BlockerRow>> {
    let mut st = store.conn().prepare(
        "SELECT b.id, b.text, u.alias, b.task_id, b.proposal, b.remedy, b.raised_on, b.resolved_on
         FROM blockers b JOIN units u ON u.id = b.unit_id WHERE b.deleted_at IS NULL ORDER BY b.raised_on, b.id",
    )?;
    let v = st
        .query_map([], |r| {
            Ok(BlockerRow {
                id: r.get(0)?,
                text: r.get(1)?,
                unit: r.get(2)?,
                task: r.get(3)?,
                proposal: r.get(4)?,
                remedy: super::keyed_opt(r, 5, "blockers", "remedy")?,
                raised_on: r.get(6)?,
                resolved_on: r.get(7)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(v)
}

pub fn contingency_rows(store: &Store) -> Result<Vec<ContingencyRow>> {
    let mut st = store.conn().prepare(
        "SELECT c.id, c.situation, c.response, c.status, substr(c.created_at, 1, 10), p.period, c.triggered_on, c.outcome
         FROM contingencies c LEFT JOIN plans p ON p.id = c.plan_id WHERE c.deleted_at IS NULL ORDER BY c.id",
    )?;
    let v = st
        .query_map([], |r| {
            Ok(ContingencyRow {
                id: r.get(0)?,
                situation: r.get(1)?,
                response: r.get(2)?,
                status: super::keyed(r, 3, "contingencies", "status")?,
                created_on: r.get(4)?,
                plan: r.get(5)?,
                triggered_on: r.get(6)?,
                outcome: r.get(7)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(v)
}

pub fn doc_rows(store: &Store) -> Result<Vec<DocRow>> {
    let mut st = store.conn().prepare(
        "SELECT status, issued_on, substr(created_at, 1, 10) FROM documents WHERE deleted_at IS NULL",
    )?;
    let v = st
        .query_map([], |r| {
            Ok(DocRow {
                status: super::keyed(r, 0, "documents", "status")?,
                issued_on: r.get(1)?,
                created_on: r.get(2)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(v)
}

/// The main entries of each kind of `from..=to` (the longest `per_kind`, by date), with
/// the names of their units; and how many more each kind has.
const MAIN_ENTRIES: &str = "SELECT e.date, e.kind, e.text, coalesce(e.minutes, 0),
    (SELECT group_concat(u.name, char(10)) FROM record_units ru JOIN units u ON u.id = ru.unit_id
      WHERE ru.record_id = e.id), e.n
  FROM (SELECT id, date, kind, text, minutes,
          row_number() OVER (PARTITION BY kind ORDER BY coalesce(minutes, 0) DESC, date, id) AS rn,
          count(*) OVER (PARTITION BY kind) AS n
        FROM entries WHERE date BETWEEN ?1 AND ?2 AND deleted_at IS NULL) e
  WHERE e.rn <= ?3 ORDER BY e.kind, e.date, e.id";
/// The documents the entries of `from..=to` cite, by number, each once.
/// (The period's entries first, whatever the planner guesses: `CROSS JOIN`.)
const CITED_DOCS: &str = "SELECT coalesce(d.number, rd.number), rd.number_key, d.title, d.issued_on
  FROM entries e CROSS JOIN record_docs rd ON rd.record_id = e.id
  LEFT JOIN documents d ON d.number_key = rd.number_key AND d.deleted_at IS NULL
  WHERE e.date BETWEEN ?1 AND ?2 AND e.deleted_at IS NULL";
const ISSUED_DOCS: &str = "SELECT number, title, issued_on FROM documents
  WHERE deleted_at IS NULL AND status = 'issued' AND issued_on BETWEEN ?1 AND ?2 ORDER BY issued_on, id";

/// The main entries of each kind (see `MAIN_ENTRIES`), and the count of the others per kind.
pub fn main_entries(
    store: &Store,
    from: NaiveDate,
    to: NaiveDate,
    per_kind: usize,
) -> Result<(Vec<ContentEntry>, BTreeMap<String, i64>)> {
    let mut st = store.conn().prepare_cached(MAIN_ENTRIES)?;
    let mut rows = st.query(rusqlite::params![from, to, per_kind as i64])?;
    let mut entries = Vec::new();
    let mut more = BTreeMap::new();
    while let Some(r) = rows.next()? {
        let kind: String = r.get(1)?;
        let n: i64 = r.get(5)?;
        let units: Option<String> = r.get(4)?;
        more.insert(kind.clone(), (n - per_kind as i64).max(0));
        entries.push(ContentEntry {
            date: r.get(0)?,
            kind,
            text: r.get(2)?,
            units: units
                .map(|u| u.split('\n').map(str::to_string).collect())
                .unwrap_or_default(),
            minutes: r.get(3)?,
        });
    }
    Ok((entries, more))
}

/// The documents issued in `from..=to`, then those its entries cite (each once).
pub fn period_documents(store: &Store, from: NaiveDate, to: NaiveDate) -> Result<Vec<ContentDoc>> {
    let conn = store.conn();
    let mut st = conn.prepare_cached(ISSUED_DOCS)?;
    let mut docs: Vec<ContentDoc> = st
        .query_map(rusqlite::params![from, to], |r| {
            Ok(ContentDoc {
                number: r.get(0)?,
                title: r.get(1)?,
                issued_on: r.get(2)?,
                issued_in_period: true,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut st = conn.prepare_cached(CITED_DOCS)?;
    let mut rows = st.query(rusqlite::params![from, to])?;
    let mut seen = std::collections::HashSet::new();
    let mut cited = Vec::new();
    while let Some(r) = rows.next()? {
        let number: String = r.get(0)?;
        let key: String = r.get(1)?;
        let known = docs
            .iter()
            .any(|d| d.number.as_deref().map(crate::text::doc_key).as_deref() == Some(key.as_str()));
        if known || !seen.insert(key.clone()) {
            continue;
        }
        cited.push((
            key,
            ContentDoc {
                number: Some(number),
                title: r.get::<_, Option<String>>(2)?.unwrap_or_default(),
                issued_on: r.get(3)?,
                issued_in_period: false,
            },
        ));
    }
    cited.sort_by(|a, b| a.0.cmp(&b.0));
    docs.extend(cited.into_iter().map(|(_, d)| d));
    Ok(docs)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::Clock;
    use crate::report::month::per_row;
    use chrono::Datelike;
    use std::collections::HashMap;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    /// The month report reads entries through the date index, never by scanning the
    /// table: a longer history must not make a month slower. Every entry query counts.
    #[test]
    fn entry_queries_search_the_date_index() {
        let store = Store::in_memory(Clock::fixed(d("2022-12-21"))).unwrap();
        for sql in ENTRY_QUERIES {
            let plan: Vec<String> = store
                .conn()
                .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
                .unwrap()
                .query_map(rusqlite::params![d("2022-12-01"), d("2022-12-31")], |r| {
                    r.get::<_, String>(3)
                })
                .unwrap()
                .collect::<rusqlite::Result<_>>()
                .unwrap();
            let table = |l: &String| l.split_whitespace().nth(1).unwrap_or_default().to_string();
            let on_entries: Vec<&String> = plan
                .iter()
                .filter(|l| table(l) == "e" || table(l) == "entries")
                .collect();
            assert!(!on_entries.is_empty(), "{sql}: {plan:?}");
            for l in &on_entries {
                // The date range of an index on date first: the covering report index,
                // or the plain date index for the ids.
                assert!(
                    l.starts_with("SEARCH")
                        && (l.contains("USING COVERING INDEX entries_report (date>? AND date<?)")
                            || l.contains("USING INDEX entries_date (date>? AND date<?)")),
                    "entries not read through a date index: {sql}: {plan:?}"
                );
            }
            // The counts are made as the index is read: no table row, no sort.
            if sql != ENTRY_IDS {
                assert!(
                    on_entries
                        .iter()
                        .all(|l| l.contains("COVERING INDEX entries_report")),
                    "{sql}: {plan:?}"
                );
                assert!(!plan.iter().any(|l| l.contains("TEMP B-TREE")), "{sql}: {plan:?}");
            }
            // The joined link tables are searched by the entry's id, never scanned.
            for l in plan
                .iter()
                .filter(|l| ["ru", "rt", "u"].contains(&table(l).as_str()))
            {
                assert!(l.starts_with("SEARCH"), "{sql}: {plan:?}");
            }
        }
        // The link counts: each link's slice of the period through the link index's key,
        // the next link by one search of it; never a scan, a sort or the links' tables.
        let plan: Vec<String> = store
            .conn()
            .prepare(&format!("EXPLAIN QUERY PLAN {LINK_COUNTS}"))
            .unwrap()
            .query_map(rusqlite::params![d("2022-12-01"), d("2022-12-31")], |r| {
                r.get::<_, String>(3)
            })
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        let on_links: Vec<&String> = plan
            .iter()
            .filter(|l| l.contains("report_links") || l.contains(" r "))
            .collect();
        assert!(
            on_links
                .iter()
                .filter(|l| l.contains("(link=? AND date>? AND date<?)"))
                .count()
                == 1
                && on_links
                    .iter()
                    .any(|l| l.contains("USING COVERING INDEX report_links_link (link>?)"))
                && on_links
                    .iter()
                    .filter(|l| l.contains("(link=? AND date>? AND date<?)"))
                    .all(|l| l.contains("USING COVERING INDEX report_links_link"))
                && !plan
                    .iter()
                    .any(|l| l.contains("TEMP B-TREE") || l.contains("record_")),
            "{plan:?}"
        );
        // And the counts come back (an empty period is fine).
        assert_eq!(
            entry_totals(&store, d("2022-12-01"), d("2022-12-31")).unwrap(),
            EntryTotals::default()
        );
    }

    /// The report's entries as they were read before the counting moved into SQL: one row
    /// per entry, its units and tags concatenated (the reference for the test below).
    const ENTRY_ROWS: &str = "SELECT e.id, e.date, e.kind, e.field, e.minutes, e.task_id,
        (SELECT group_concat(u.alias, char(31)) FROM record_units ru JOIN units u ON u.id = ru.unit_id WHERE ru.record_id = e.id),
        (SELECT group_concat(tag, char(31)) FROM record_tags WHERE record_id = e.id)
      FROM entries e WHERE e.date BETWEEN ?1 AND ?2 AND e.deleted_at IS NULL ORDER BY e.date, e.id";

    fn entry_rows(store: &Store, from: NaiveDate, to: NaiveDate) -> Vec<per_row::PerRowEntry> {
        let split = |s: Option<String>| -> Vec<String> {
            let mut v: Vec<String> = s
                .map(|s| s.split('\u{1f}').map(str::to_string).collect())
                .unwrap_or_default();
            v.sort();
            v
        };
        let mut st = store.conn().prepare(ENTRY_ROWS).unwrap();
        st.query_map(rusqlite::params![from, to], |r| {
            Ok(per_row::PerRowEntry {
                id: r.get(0)?,
                date: r.get(1)?,
                kind: r.get(2)?,
                field: r.get(3)?,
                minutes: r.get::<_, Option<i64>>(4)?.unwrap_or(0),
                task: r.get(5)?,
                units: split(r.get(6)?),
                tags: split(r.get(7)?),
            })
        })
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap()
    }

    /// A fixed, generated store: 3,000 entries over four months with every shape the
    /// report counts (no field, an empty field, no minutes, deleted entries, zero to three
    /// units and tags, links to planned, unplanned and unknown tasks), plus units and tags
    /// of other records that must not count.
    fn generated_store() -> Store {
        let mut store = Store::in_memory(Clock::fixed(d("2022-12-21"))).unwrap();
        store.conn().execute_batch("PRAGMA foreign_keys = OFF").unwrap();
        // Written in one command, so the link index is kept in step as by any command.
        let tx = store.begin_write().unwrap();
        let c = tx.conn();
        let now = "2022-12-21T00:00:00+07:00";
        for (id, alias) in [(1, "ldtbxh"), (2, "yte"), (3, "cu")] {
            c.execute(
                "INSERT INTO units(id, alias, name, created_at, updated_at, deleted_at) VALUES (?1, ?2, ?2, ?3, ?3, CASE WHEN ?1 = 3 THEN ?3 END)",
                rusqlite::params![id, alias, now],
            )
            .unwrap();
        }
        // A small deterministic generator (no crate, the same data on every run).
        let mut x: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = |n: u64| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x % n
        };
        let kinds = ["advice", "draft", "meeting", "other", "inspection"];
        let fields: [Option<&str>; 5] = [None, Some(""), Some("laodong"), Some("yte"), Some("giaoduc")];
        let tags = ["a", "b", "cải cách", "z"];
        let start = d("2022-10-01");
        for id in 1000..4000i64 {
            let date = start + chrono::Days::new(next(123));
            let minutes: Option<i64> = if next(5) == 0 {
                None
            } else {
                Some(next(240) as i64)
            };
            let task: Option<i64> = [None, None, Some(100), Some(101), Some(102)][next(5) as usize];
            let deleted = (next(10) == 0).then_some(now);
            c.execute(
                "INSERT INTO entries(id, date, text, kind, field, minutes, task_id, created_at, updated_at, deleted_at)
                 VALUES (?1, ?2, 'x', ?3, ?4, ?5, ?6, ?7, ?7, ?8)",
                rusqlite::params![
                    id,
                    date,
                    kinds[next(5) as usize],
                    fields[next(5) as usize],
                    minutes,
                    task,
                    now,
                    deleted
                ],
            )
            .unwrap();
            for unit in 1..=3 {
                if next(3) == 0 {
                    c.execute("INSERT INTO record_units VALUES (?1, ?2)", [id, unit])
                        .unwrap();
                }
            }
            for tag in tags {
                if next(4) == 0 {
                    c.execute(
                        "INSERT INTO record_tags VALUES (?1, ?2)",
                        rusqlite::params![id, tag],
                    )
                    .unwrap();
                }
            }
        }
        // Links of records that are not entries (a task) must not count.
        c.execute("INSERT INTO record_units VALUES (100, 1)", []).unwrap();
        c.execute("INSERT INTO record_tags VALUES (100, 'a')", [])
            .unwrap();
        tx.finish("generate", false).unwrap();
        store
    }

    /// The SQL counts equal counting the rows one by one, and so does the report made
    /// from them (entries, breakdowns, planned and arising, daily), for a month, a
    /// cut-off month, a quarter and an empty span.
    #[test]
    fn entry_totals_equal_the_per_row_computation() {
        use crate::report::classify::{Move, PlanHistory};
        use crate::report::month::{Input, Labels, compute};
        let store = generated_store();
        let task = |id: i64, history: PlanHistory| TaskRow {
            id,
            title: "t".into(),
            status: crate::model::TaskStatus::Doing,
            due: None,
            unit: None,
            major: false,
            assigned: history.assigned,
            closed_on: None,
            touched: history.assigned,
            history,
        };
        // 100: planned from the start; 101: unplanned until 15/11, then planned; 102: no
        // task of the report.
        let tasks = [
            task(
                100,
                PlanHistory {
                    assigned: d("2022-09-01"),
                    current: Some("2022-10".into()),
                    moves: vec![],
                },
            ),
            task(
                101,
                PlanHistory {
                    assigned: d("2022-10-20"),
                    current: Some("2022-11".into()),
                    moves: vec![Move {
                        date: d("2022-11-15"),
                        from: None,
                        to: Some("2022-11".into()),
                    }],
                },
            ),
        ];
        let mut labels = Labels {
            none: "(none)".into(),
            ..Labels::default()
        };
        labels.units.insert("yte".into(), "Sở Y tế".into());
        labels.kinds.insert("advice".into(), "Tham mưu".into());
        labels.fields.insert("laodong".into(), "Lao động".into());
        let plan_starts = HashMap::new();
        let periods = [
            crate::dates::Period::month(2022, 12).unwrap(),
            crate::dates::Period::range(d("2022-11-15"), d("2022-12-14")),
            crate::dates::Period::range(d("2022-10-01"), d("2022-12-31")),
            crate::dates::Period::range(d("2023-03-01"), d("2023-03-31")),
        ];
        for p in &periods {
            let rows = entry_rows(&store, p.from, p.to);
            let mut totals = entry_totals(&store, p.from, p.to).unwrap();
            let mut expected = per_row::tallies(&rows);
            for t in [&mut totals, &mut expected] {
                t.days.sort();
                t.kinds.sort();
                t.fields.sort();
                t.units.sort();
                t.tags.sort();
                t.linked.sort();
            }
            assert_eq!(totals, expected, "{p:?}");
            let working: Vec<(NaiveDate, bool)> = p.days().map(|d| (d, d.day0() % 7 != 0)).collect();
            let input = Input {
                period: p,
                asof: p.to,
                stale_days: 14,
                working: &working,
                entries: &totals,
                tasks: &tasks,
                blockers: &[],
                contingencies: &[],
                docs: &[],
                plan_starts: &plan_starts,
                labels: &labels,
            };
            let body = compute(&input);
            let (entries, daily) = per_row::entries(&input, &rows);
            assert_eq!(body.entries, entries, "{p:?}");
            assert_eq!(body.daily, daily, "{p:?}");
            // The ids the fingerprints read are the rows'.
            let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
            assert_eq!(entry_ids(&store, p.from, p.to).unwrap(), ids);
        }
        // The data has every shape the test is about.
        let q = periods[2].clone();
        let rows = entry_rows(&store, q.from, q.to);
        assert!(rows.len() > 2000);
        assert!(rows.iter().any(|r| r.units.len() >= 2) && rows.iter().any(|r| r.tags.len() >= 2));
        assert!(
            rows.iter().any(|r| r.field.is_none()) && rows.iter().any(|r| r.field.as_deref() == Some(""))
        );
        let body = {
            let totals = entry_totals(&store, q.from, q.to).unwrap();
            let working: Vec<(NaiveDate, bool)> = q.days().map(|d| (d, true)).collect();
            compute(&Input {
                period: &q,
                asof: q.to,
                stale_days: 14,
                working: &working,
                entries: &totals,
                tasks: &tasks,
                blockers: &[],
                contingencies: &[],
                docs: &[],
                plan_starts: &plan_starts,
                labels: &labels,
            })
        };
        let c = &body.entries.counts;
        assert!(c.planned > 0 && c.arising > c.planned, "{c:?}");
    }
}
