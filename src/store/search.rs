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

/// One SELECT per record type over the hits (each names its columns, as any may come
/// first in the UNION); the outer query filters, ranks and limits.
fn arm(scope: Scope) -> &'static [&'static str] {
    const ENTRY: &str = "SELECT h.id, 'entry' AS type, e.date AS date, e.text AS text, NULL AS task, h.rank
        FROM hits h JOIN entries e ON e.id = h.id WHERE e.deleted_at IS NULL";
    const TASK: &str = "SELECT h.id, 'task' AS type, coalesce(t.due, t.assigned) AS date, t.title AS text, NULL AS task, h.rank
        FROM hits h JOIN tasks t ON t.id = h.id WHERE t.deleted_at IS NULL";
    const NOTE: &str =
        "SELECT h.id, 'note' AS type, n.date AS date, n.text AS text, n.task_id AS task, h.rank
        FROM hits h JOIN task_events n ON n.id = h.id JOIN tasks t ON t.id = n.task_id
        WHERE n.deleted_at IS NULL AND n.kind = 'note' AND t.deleted_at IS NULL";
    const DOC: &str =
        "SELECT h.id, 'document' AS type, coalesce(d.issued_on, d.due, substr(d.created_at, 1, 10)) AS date,
        concat_ws(' · ', d.number, d.title, d.issuer) AS text, NULL AS task, h.rank
        FROM hits h JOIN documents d ON d.id = h.id WHERE d.deleted_at IS NULL";
    const FACT: &str = "SELECT h.id, 'fact' AS type, coalesce(f.as_of, substr(f.created_at, 1, 10)) AS date,
        concat_ws(' · ', f.text, f.value, f.source) AS text, NULL AS task, h.rank
        FROM hits h JOIN facts f ON f.id = h.id WHERE f.deleted_at IS NULL";
    match scope {
        Scope::Entries => &[ENTRY],
        Scope::Tasks => &[TASK, NOTE],
        Scope::Docs => &[DOC],
        Scope::Facts => &[FACT],
        Scope::All => &[ENTRY, TASK, NOTE, DOC, FACT],
    }
}

/// Runs a search: best (lowest bm25) first, then by id.
pub fn search(conn: &Connection, scope: Scope, q: &SearchQuery) -> Result<Vec<Hit>> {
    if q.expr.is_empty() {
        return Ok(Vec::new());
    }
    let arms = arm(scope);
    // The first arm names the columns of the UNION for the outer query.
    let mut sql = String::from(
        "WITH hits AS MATERIALIZED (SELECT rowid AS id, bm25(search_idx) AS rank
           FROM search_idx WHERE search_idx MATCH ?1)
         SELECT id, type, date, text, task, rank FROM (",
    );
    sql.push_str(&arms.join(" UNION ALL "));
    sql.push_str(") WHERE (?2 IS NULL OR date >= ?2) AND (?3 IS NULL OR date <= ?3) ORDER BY rank, id");
    if q.limit > 0 {
        sql.push_str(&format!(" LIMIT {}", q.limit));
    }
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
    Ok(rows.collect::<rusqlite::Result<_>>()?)
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
