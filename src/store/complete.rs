//! The look-ups shell completion makes (`crate::complete`): unit aliases, field keys,
//! tags, document numbers and record ids with their text, read while the user presses
//! Tab. The file is opened read-only and never migrated or created; a missing, empty,
//! damaged, newer or busy file gives no `Lookup` or empty lists, never an error, so a
//! completion can only ever offer less.

use super::RecordKind;
use rusqlite::Connection;
use std::path::Path;

/// An open, read-only database to complete from.
pub struct Lookup {
    conn: Connection,
}

/// A unit as completion offers it.
pub struct UnitName {
    pub alias: String,
    pub name: String,
    /// The day it stopped, when it has been retired.
    pub retired: Option<chrono::NaiveDate>,
}

/// A record id with what it says, for the candidate's help.
pub struct IdText {
    pub id: i64,
    pub kind: RecordKind,
    pub text: String,
}

/// Which records an id argument takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdSet {
    /// Any live record (`show`, `rm`).
    Any,
    /// The records `edit` corrects.
    Editable,
    /// Tasks not done or dropped.
    OpenTasks,
    /// Tasks done or dropped (`task reopen`).
    ClosedTasks,
    /// Every live task, open ones first (`--task`).
    Tasks,
    /// Blockers not yet resolved.
    OpenBlockers,
    /// Contingencies not closed.
    OpenContingencies,
    /// Consultations without the leader's opinion.
    OpenConsultations,
    /// Required documents not yet issued.
    RequiredDocuments,
    /// Proposals not yet accepted or rejected.
    PendingProposals,
    /// Facts (`propose add --fact`).
    Facts,
    /// Goals not yet achieved (`plan goal done ID`).
    OpenGoals,
}

/// How long a completion waits for a database another program keeps busy.
const BUSY: std::time::Duration = std::time::Duration::from_millis(200);

impl Lookup {
    /// Opens `path` for reading; `None` when there is nothing (usable) to read.
    pub fn open(path: &Path) -> Option<Lookup> {
        if !path.is_file() {
            return None;
        }
        let conn = super::open_for_reading(path, true).ok()?;
        conn.busy_timeout(BUSY).ok()?;
        // An uninitialised file has no tables to read.
        if super::migrate::version(&conn).ok()? == 0 {
            return None;
        }
        Some(Lookup { conn })
    }

    /// Live units, by alias.
    pub fn units(&self) -> Vec<UnitName> {
        self.rows(
            "SELECT alias, name, valid_to FROM units WHERE deleted_at IS NULL ORDER BY alias",
            [],
            |r| {
                Ok(UnitName {
                    alias: r.get(0)?,
                    name: r.get(1)?,
                    retired: r.get(2).ok().flatten(),
                })
            },
        )
    }

    /// Live fields: (key, name), by key.
    pub fn fields(&self) -> Vec<(String, String)> {
        self.rows(
            "SELECT key, name FROM fields WHERE deleted_at IS NULL ORDER BY key",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
    }

    /// Tags in use: (tag, how many records carry it), the most used first.
    pub fn tags(&self) -> Vec<(String, i64)> {
        self.rows(
            "SELECT tag, COUNT(*) FROM record_tags GROUP BY tag ORDER BY COUNT(*) DESC, tag LIMIT 500",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
    }

    /// Numbers of live documents: (number, title), the latest issued first.
    pub fn doc_numbers(&self) -> Vec<(String, String)> {
        self.rows(
            "SELECT number, title FROM documents WHERE deleted_at IS NULL AND number IS NOT NULL
             ORDER BY issued_on DESC, id DESC LIMIT 500",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
    }

    /// The plans made: (period label, first day, last day), the latest first.
    pub fn plans(&self) -> Vec<(String, chrono::NaiveDate, chrono::NaiveDate)> {
        self.rows(
            "SELECT period, date_from, date_to FROM plans WHERE deleted_at IS NULL
             ORDER BY date_from DESC LIMIT 30",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
    }

    /// The kind of live record `id`.
    pub fn kind_of(&self, id: i64) -> Option<RecordKind> {
        let kind = super::records::live_kind(super::Db(&self.conn), id).ok()?;
        Some(kind)
    }

    /// Up to `limit` ids of `set` whose digits start with `prefix`, the newest first
    /// (open tasks before closed ones for `IdSet::Tasks`).
    pub fn ids(&self, set: IdSet, prefix: &str, limit: usize) -> Vec<IdText> {
        let Some(ranges) = self.ranges(prefix) else {
            return Vec::new();
        };
        let open_tasks = "status IN ('todo','doing')";
        let (kind, sql) = match set {
            IdSet::Any | IdSet::Editable => return self.any_ids(set, &ranges, limit),
            IdSet::Tasks => {
                let mut v = self.typed(
                    RecordKind::Task,
                    &format!("SELECT id, title FROM tasks WHERE deleted_at IS NULL AND {open_tasks}"),
                    &ranges,
                    limit,
                );
                let rest = limit - v.len();
                v.extend(self.typed(
                    RecordKind::Task,
                    &format!("SELECT id, title FROM tasks WHERE deleted_at IS NULL AND NOT {open_tasks}"),
                    &ranges,
                    rest,
                ));
                return v;
            }
            IdSet::OpenTasks => (
                RecordKind::Task,
                format!("SELECT id, title FROM tasks WHERE deleted_at IS NULL AND {open_tasks}"),
            ),
            IdSet::ClosedTasks => (
                RecordKind::Task,
                format!("SELECT id, title FROM tasks WHERE deleted_at IS NULL AND NOT {open_tasks}"),
            ),
            IdSet::OpenBlockers => (
                RecordKind::Blocker,
                "SELECT id, text FROM blockers WHERE deleted_at IS NULL AND resolved_on IS NULL".to_string(),
            ),
            IdSet::OpenContingencies => (
                RecordKind::Contingency,
                "SELECT id, situation FROM contingencies WHERE deleted_at IS NULL AND status <> 'closed'"
                    .to_string(),
            ),
            IdSet::OpenConsultations => (
                RecordKind::Consultation,
                "SELECT id, text FROM consultations WHERE deleted_at IS NULL AND opinion IS NULL".to_string(),
            ),
            IdSet::OpenGoals => (
                RecordKind::Goal,
                "SELECT id, text FROM goals WHERE deleted_at IS NULL AND coalesce(achieved, 0) = 0"
                    .to_string(),
            ),
            IdSet::PendingProposals => (
                RecordKind::Proposal,
                "SELECT id, text FROM proposals WHERE deleted_at IS NULL AND status = 'pending'".to_string(),
            ),
            IdSet::Facts => (
                RecordKind::Fact,
                "SELECT id, text FROM facts WHERE deleted_at IS NULL".to_string(),
            ),
            IdSet::RequiredDocuments => (
                RecordKind::Document,
                "SELECT id, title FROM documents WHERE deleted_at IS NULL AND status = 'required'"
                    .to_string(),
            ),
        };
        self.typed(kind, &sql, &ranges, limit)
    }

    /// `prefix_ranges` up to the largest id given.
    fn ranges(&self, prefix: &str) -> Option<Vec<(i64, i64)>> {
        let max: i64 = self
            .conn
            .query_row("SELECT coalesce(max(id), 0) FROM records", [], |r| r.get(0))
            .ok()?;
        prefix_ranges(prefix, max)
    }

    /// Rows `(id, text)` of one table's `sql` in `ranges`, the newest first.
    fn typed(&self, kind: RecordKind, sql: &str, ranges: &[(i64, i64)], limit: usize) -> Vec<IdText> {
        let sql = format!("{sql} AND id BETWEEN ?1 AND ?2 ORDER BY id DESC LIMIT ?3");
        let mut out = Vec::new();
        for &(lo, hi) in ranges {
            if out.len() >= limit {
                break;
            }
            let left = (limit - out.len()) as i64;
            out.extend(self.rows(&sql, rusqlite::params![lo, hi, left], |r| {
                Ok(IdText {
                    id: r.get(0)?,
                    kind,
                    text: r.get::<_, Option<String>>(1)?.unwrap_or_default(),
                })
            }));
        }
        out
    }

    /// Records of any kind (or the kinds `edit` takes), newest first: the shared id
    /// sequence walked down, each record's text read from its own table.
    fn any_ids(&self, set: IdSet, ranges: &[(i64, i64)], limit: usize) -> Vec<IdText> {
        let Ok(mut st) = self
            .conn
            .prepare("SELECT id, kind FROM records WHERE id BETWEEN ?1 AND ?2 ORDER BY id DESC")
        else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for &(lo, hi) in ranges {
            let Ok(mut rows) = st.query([lo, hi]) else {
                return out;
            };
            while let Ok(Some(r)) = rows.next() {
                if out.len() >= limit {
                    return out;
                }
                let (Ok(id), Ok(kind)) = (r.get::<_, i64>(0), r.get::<_, String>(1)) else {
                    continue;
                };
                let Some(kind) = RecordKind::parse(&kind) else {
                    continue;
                };
                if set == IdSet::Editable && !editable(kind) {
                    continue;
                }
                if let Some(text) = self.text_of(kind, id) {
                    out.push(IdText { id, kind, text });
                }
            }
        }
        out
    }

    /// What a live record says (`None`: deleted or unreadable).
    fn text_of(&self, kind: RecordKind, id: i64) -> Option<String> {
        let text = match kind {
            RecordKind::Entry | RecordKind::Goal | RecordKind::Blocker | RecordKind::Fact => "text",
            RecordKind::Consultation | RecordKind::Proposal => "text",
            // A task's status changes are rows of its timeline, not notes to offer.
            RecordKind::Note => "CASE WHEN kind = 'note' THEN text END",
            RecordKind::Task => "title",
            RecordKind::Plan => "period",
            RecordKind::Contingency => "situation",
            RecordKind::Document => "coalesce(number || ' · ', '') || title",
            RecordKind::Unit => "alias || ' · ' || name",
            RecordKind::Field => "key || ' · ' || name",
            RecordKind::Submission => "report || ' ' || period",
        };
        let sql = format!(
            "SELECT {text} FROM {} WHERE id = ?1 AND deleted_at IS NULL",
            super::records::table(kind)
        );
        let text = self
            .conn
            .prepare_cached(&sql)
            .ok()?
            .query_row([id], |r| r.get::<_, Option<String>>(0))
            .ok()?;
        match kind {
            RecordKind::Note => text,
            _ => Some(text.unwrap_or_default()),
        }
    }

    /// The rows of a query; none when it cannot run (an older or foreign schema).
    fn rows<T, P: rusqlite::Params>(
        &self,
        sql: &str,
        params: P,
        f: impl FnMut(&rusqlite::Row) -> rusqlite::Result<T>,
    ) -> Vec<T> {
        let Ok(mut st) = self.conn.prepare(sql) else {
            return Vec::new();
        };
        st.query_map(params, f)
            .map(|rows| rows.filter_map(|r| r.ok()).collect())
            .unwrap_or_default()
    }
}

/// The id ranges whose numbers start with the digits `prefix` (`12` → 12, 120–129,
/// 1200–1299…) up to `max`, the highest first: each is a range scan of the primary key,
/// so a prefix costs the rows it offers, not the table. `None`: not digits.
fn prefix_ranges(prefix: &str, max: i64) -> Option<Vec<(i64, i64)>> {
    if !prefix.bytes().all(|b| b.is_ascii_digit()) || prefix.len() > 18 {
        return None;
    }
    if prefix.is_empty() {
        return Some(vec![(1, max)]);
    }
    let p: i64 = prefix.parse().ok()?;
    let mut out = Vec::new();
    let (mut lo, mut hi) = (p, p);
    while lo <= max && lo > 0 {
        out.push((lo, hi.min(max)));
        let Some(l) = lo.checked_mul(10) else {
            break;
        };
        let h = hi
            .checked_mul(10)
            .and_then(|h| h.checked_add(9))
            .unwrap_or(i64::MAX);
        (lo, hi) = (l, h);
    }
    out.reverse();
    Some(out)
}

/// The records `edit` corrects (SPEC §3).
fn editable(kind: RecordKind) -> bool {
    matches!(
        kind,
        RecordKind::Entry
            | RecordKind::Task
            | RecordKind::Document
            | RecordKind::Fact
            | RecordKind::Unit
            | RecordKind::Field
            | RecordKind::Blocker
            | RecordKind::Contingency
            | RecordKind::Goal
            | RecordKind::Consultation
            | RecordKind::Proposal
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::Clock;
    use crate::model::UnitKind;
    use crate::store::Store;

    fn db() -> (tempfile::TempDir, std::path::PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("w.db");
        let clock = Clock::fixed(chrono::NaiveDate::from_ymd_opt(2022, 12, 21).unwrap());
        let mut store = Store::open(&path, true, clock).unwrap();
        let tx = store.begin_write().unwrap();
        tx.add_unit("snv", "Sở Nội vụ", UnitKind::Department).unwrap();
        tx.add_unit("ldtbxh", "Sở Lao động", UnitKind::Department)
            .unwrap();
        tx.add_field("laodong", "Lao động, việc làm").unwrap();
        tx.finish("test", false).unwrap();
        drop(store);
        (dir, path)
    }

    #[test]
    fn reads_units_fields_and_ids_of_a_file() {
        let (_dir, path) = db();
        let l = Lookup::open(&path).expect("opens");
        let units: Vec<String> = l.units().into_iter().map(|u| u.alias).collect();
        assert_eq!(units, ["ldtbxh", "snv"]);
        assert_eq!(
            l.fields(),
            [("laodong".to_string(), "Lao động, việc làm".to_string())]
        );
        let ids: Vec<(i64, String)> = l
            .ids(IdSet::Any, "", 10)
            .into_iter()
            .map(|i| (i.id, i.text))
            .collect();
        assert_eq!(
            ids,
            [
                (3, "laodong · Lao động, việc làm".to_string()),
                (2, "ldtbxh · Sở Lao động".to_string()),
                (1, "snv · Sở Nội vụ".to_string()),
            ]
        );
        assert_eq!(l.ids(IdSet::Any, "2", 10).len(), 1);
        assert!(l.ids(IdSet::Any, "x", 10).is_empty());
        assert!(l.ids(IdSet::OpenTasks, "", 10).is_empty());
        assert_eq!(l.ids(IdSet::Any, "", 2).len(), 2);
    }

    #[test]
    fn a_prefix_is_ranges_of_ids() {
        assert_eq!(
            prefix_ranges("1", 1234),
            Some(vec![(1000, 1234), (100, 199), (10, 19), (1, 1)])
        );
        assert_eq!(prefix_ranges("12", 50), Some(vec![(12, 12)]));
        assert_eq!(prefix_ranges("7", 5), Some(vec![]));
        assert_eq!(prefix_ranges("", 9), Some(vec![(1, 9)]));
        assert_eq!(prefix_ranges("1x", 9), None);
        assert_eq!(prefix_ranges("0", 9), Some(vec![]));
        let huge = prefix_ranges("9", i64::MAX).unwrap();
        assert_eq!(huge.len(), 19);
    }

    #[test]
    fn nothing_to_read_is_no_lookup_and_nothing_is_written() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("none.db");
        assert!(Lookup::open(&missing).is_none());
        assert!(!missing.exists());
        let empty = dir.path().join("empty.db");
        std::fs::write(&empty, b"").unwrap();
        assert!(Lookup::open(&empty).is_none());
        assert_eq!(std::fs::read(&empty).unwrap(), b"");
        let junk = dir.path().join("junk.db");
        std::fs::write(&junk, b"not a database at all, just text").unwrap();
        assert!(Lookup::open(&junk).is_none());
    }
}
