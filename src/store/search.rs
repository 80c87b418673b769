//! Full-text search over the FTS5 index of schema v2 (`search_idx`, kept in step by
//! triggers). This file turns any user text into a safe MATCH expression and runs the
//! ranked query; it never lets raw input reach the FTS5 query syntax.

use crate::error::Result;
use crate::text::fold;
use chrono::NaiveDate;
use rusqlite::Connection;
use serde::Serialize;

/// What a search looks in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Entries,
    /// Task titles and the notes on their timelines.
    Tasks,
    Docs,
    Facts,
    All,
}

#[derive(Debug, Clone, Default)]
pub struct SearchQuery {
    /// The FTS5 expression from `match_expr`.
    pub expr: String,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    /// 0 = no limit.
    pub limit: usize,
}

/// One hit: the record, its date, its ORIGINAL text (not the folded one) and its bm25
/// rank (lower is better).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Hit {
    pub id: i64,
    #[serde(rename = "type")]
    pub record: String,
    pub date: Option<NaiveDate>,
    pub text: String,
    /// For a task note: the task it belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub task: Option<i64>,
    pub rank: f64,
}

/// The words of a query, folded: split on white space, words without a letter or digit
/// dropped (FTS5 would find no token in them). Each word is later searched as a quoted
/// phrase, so `qd-ubnd` is the phrase "qd ubnd" on both the text and the query side.
pub fn query_words(query: &str) -> Vec<String> {
    fold(query)
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .map(str::to_string)
        .collect()
}

/// An FTS5 MATCH expression from folded words: each one double-quoted (inner quotes
/// doubled) and all of them ANDed. Quoting makes `NOT`, `(`, `*`, `:` and `"` plain text.
pub fn match_expr(words: &[String]) -> String {
    words
        .iter()
        .map(|w| format!("\"{}\"", w.replace('"', "\"\"")))
        .collect::<Vec<_>>()
        .join(" AND ")
}

/// How one record type joins the hits and shows itself: the LEFT JOINs that find a live
/// record of that type by the hit's rowid, the test that one was found, and its
/// columns as listings show them.
struct Part {
    joins: &'static str,
    found: &'static str,
    kind: &'static str,
    date: &'static str,
    text: &'static str,
    task: &'static str,
}

const ENTRY: Part = Part {
    joins: "LEFT JOIN entries e ON e.id = h.rowid AND e.deleted_at IS NULL",
    found: "e.id IS NOT NULL",
    kind: "'entry'",
    date: "e.date",
    text: "e.text",
    task: "NULL",
};
const TASK: Part = Part {
    joins: "LEFT JOIN tasks t ON t.id = h.rowid AND t.deleted_at IS NULL",
    found: "t.id IS NOT NULL",
    kind: "'task'",
    date: "coalesce(t.due, t.assigned)",
    text: "t.title",
    task: "NULL",
};
/// A task note counts only while its task is live too.
const NOTE: Part = Part {
    joins: "LEFT JOIN task_events n ON n.id = h.rowid AND n.kind = 'note' AND n.deleted_at IS NULL
        LEFT JOIN tasks nt ON nt.id = n.task_id AND nt.deleted_at IS NULL",
    found: "nt.id IS NOT NULL",
    kind: "'note'",
    date: "n.date",
    text: "n.text",
    task: "n.task_id",
};
const DOC: Part = Part {
    joins: "LEFT JOIN documents d ON d.id = h.rowid AND d.deleted_at IS NULL",
    found: "d.id IS NOT NULL",
    kind: "'document'",
    date: "coalesce(d.issued_on, d.due, substr(d.created_at, 1, 10))",
    text: "concat_ws(' · ', d.number, d.title, d.issuer)",
    task: "NULL",
};
const FACT: Part = Part {
    joins: "LEFT JOIN facts f ON f.id = h.rowid AND f.deleted_at IS NULL",
    found: "f.id IS NOT NULL",
    kind: "'fact'",
    date: "coalesce(f.as_of, substr(f.created_at, 1, 10))",
    text: "concat_ws(' · ', f.text, f.value, f.source)",
    task: "NULL",
};

fn parts(scope: Scope) -> &'static [Part] {
    match scope {
        Scope::Entries => &[ENTRY],
        Scope::Tasks => &[TASK, NOTE],
        Scope::Docs => &[DOC],
        Scope::Facts => &[FACT],
        Scope::All => &[ENTRY, TASK, NOTE, DOC, FACT],
    }
}

/// `CASE WHEN found THEN column … END` over the parts (NULL when no part found one).
fn case(parts: &[Part], column: impl Fn(&Part) -> &'static str) -> String {
    let mut sql = String::from("CASE");
    for p in parts {
        sql.push_str(&format!(" WHEN {} THEN {}", p.found, column(p)));
    }
    sql.push_str(" END");
    sql
}

/// The hits of a query in the FTS index's rowid order, newest record first (record ids
/// grow with time: they come from one sequence), each joined to its live record of the
/// scope and filtered by date, with its bm25 rank. SQLite walks the index's doclist
/// backwards and stops at `LIMIT`: the cost follows the rows returned, not all the hits.
fn newest_hits_sql(scope: Scope, limit: Option<usize>) -> String {
    let parts = parts(scope);
    let date = case(parts, |p| p.date);
    let found = parts
        .iter()
        .map(|p| p.found)
        .collect::<Vec<_>>()
        .join(" OR ");
    let mut sql = format!(
        "SELECT h.rowid, {kind}, {date}, {text}, {task}, bm25(search_idx)
           FROM search_idx h {joins}
          WHERE search_idx MATCH ?1 AND ({found})
            AND (?2 IS NULL OR {date} >= ?2) AND (?3 IS NULL OR {date} <= ?3)
          ORDER BY h.rowid DESC",
        kind = case(parts, |p| p.kind),
        text = case(parts, |p| p.text),
        task = case(parts, |p| p.task),
        joins = parts.iter().map(|p| p.joins).collect::<Vec<_>>().join("\n"),
    );
    if let Some(n) = limit {
        sql.push_str(&format!(" LIMIT {n}"));
    }
    sql
}

/// What a search found.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Found {
    /// Best (lowest bm25) first, then by id; at most `limit`.
    pub hits: Vec<Hit>,
    /// More hits matched than the ranking window: `hits` are the best of the newest
    /// `window` only.
    pub more: bool,
}

/// Runs a search: best (lowest bm25) first, then by id. Every hit is ranked.
pub fn search(conn: &Connection, scope: Scope, q: &SearchQuery) -> Result<Vec<Hit>> {
    Ok(search_window(conn, scope, q, 0)?.hits)
}

/// Runs a search ranking at most the newest `window` hits (0 = every hit). A common
/// word in a large store matches tens of thousands of records, and ranking each one
/// (bm25 reads every hit's document size) grows with the store; a window keeps the
/// cost bounded. When the hits fit the window the result is the same as ranking all.
pub fn search_window(conn: &Connection, scope: Scope, q: &SearchQuery, window: usize) -> Result<Found> {
    if q.expr.is_empty() {
        return Ok(Found::default());
    }
    // One row past the window tells that there are more.
    let sql = newest_hits_sql(scope, (window > 0).then(|| window + 1));
    let mut st = conn.prepare(&sql)?;
    let rows = st.query_map(rusqlite::params![q.expr, q.from, q.to], |r| {
        let date: Option<String> = r.get(2)?;
        Ok(Hit {
            id: r.get(0)?,
            record: r.get(1)?,
            date: date.and_then(|d| NaiveDate::parse_from_str(d.get(..10).unwrap_or(&d), "%Y-%m-%d").ok()),
            text: r.get(3)?,
            task: r.get(4)?,
            rank: r.get(5)?,
        })
    })?;
    let mut hits = rows.collect::<rusqlite::Result<Vec<_>>>()?;
    let more = window > 0 && hits.len() > window;
    hits.truncate(if more { window } else { hits.len() });
    // As SQLite orders REALs (bm25 is never NaN), then by id.
    hits.sort_by(|a, b| a.rank.partial_cmp(&b.rank).unwrap_or(std::cmp::Ordering::Equal).then(a.id.cmp(&b.id)));
    if q.limit > 0 {
        hits.truncate(q.limit);
    }
    Ok(Found { hits, more })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::Clock;
    use crate::store::{NewEntry, Store};

    fn store() -> Store {
        Store::in_memory(Clock::fixed(NaiveDate::from_ymd_opt(2022, 12, 21).unwrap())).unwrap()
    }

    fn find(store: &Store, q: &str) -> Vec<i64> {
        let words = query_words(q);
        let q = SearchQuery {
            expr: match_expr(&words),
            ..SearchQuery::default()
        };
        search(store.conn(), Scope::All, &q)
            .unwrap()
            .into_iter()
            .map(|h| h.id)
            .collect()
    }

    #[test]
    fn hostile_queries_are_plain_words() {
        let mut s = store();
        let tx = s.begin_write().unwrap();
        tx.insert_entry(&NewEntry {
            text: "Họp giao ban: UBND-Sở (NOT) \"x\" a*b".into(),
            kind: "meeting".into(),
            ..NewEntry::default()
        })
        .unwrap();
        tx.finish("x", false).unwrap();
        for q in [
            "ubnd-so",
            "NOT",
            "(họp",
            "\"",
            "*",
            "giao ban:",
            "a*b",
            "\"x\"",
            "½",
            "-",
            "OR AND",
        ] {
            let _ = find(&s, q); // must not fail
        }
        assert_eq!(find(&s, "ubnd-so").len(), 1);
        assert_eq!(find(&s, "(họp").len(), 1);
        assert_eq!(find(&s, "NOT").len(), 1);
        assert_eq!(find(&s, "giao ban:").len(), 1);
        assert!(find(&s, "*").is_empty());
    }

    #[test]
    fn match_expr_quotes_and_doubles_quotes() {
        let w = query_words("Họp \"giao\" NOT");
        assert_eq!(w, vec!["hop", "\"giao\"", "not"]);
        assert_eq!(match_expr(&w), "\"hop\" AND \"\"\"giao\"\"\" AND \"not\"");
        assert!(query_words(" * \" : ").is_empty());
    }
}
