//! Corrections (`worklog edit`): one verb per kind of record that rewrites the columns a
//! user may correct, the history a correction keeps (a task's rescheduling, reassignment
//! and replanning in `task_changes`, a fact's earlier values in `fact_history`), and the
//! fingerprint `edit` compares to see that a record did not change while its text was
//! being typed (the text is read before the write transaction opens).

use super::Db;
use super::Result;
use super::documents::NewDocument;
use super::entries::set_links;
use super::facts::NewFact;
use super::tasks::NewTask;
use super::{RecordKind, WriteTx, records};
use crate::model::{FactVersion, Remedy, TaskChange, TimelineItem, UnitKind};
use crate::text::doc_key;
use chrono::NaiveDate;
use rusqlite::params;
use rusqlite::types::ValueRef;

/// Everything stored about record `id` — its row and the units, tags and document numbers
/// linked to it — as one text: equal before and after means nothing changed it.
pub fn fingerprint(Db(conn): Db<'_>, kind: RecordKind, id: i64) -> Result<String> {
    let mut out = String::new();
    let queries = [
        format!("SELECT * FROM {} WHERE id = ?1", records::table(kind)),
        "SELECT unit_id FROM record_units WHERE record_id = ?1 ORDER BY unit_id".to_string(),
        "SELECT tag FROM record_tags WHERE record_id = ?1 ORDER BY tag".to_string(),
        "SELECT number FROM record_docs WHERE record_id = ?1 ORDER BY number".to_string(),
    ];
    for sql in queries {
        let mut st = conn.prepare(&sql)?;
        let n = st.column_count();
        let mut rows = st.query([id])?;
        while let Some(r) = rows.next()? {
            for i in 0..n {
                let v = match r.get_ref(i)? {
                    ValueRef::Null => "N".to_string(),
                    ValueRef::Integer(x) => format!("I{x}"),
                    ValueRef::Real(x) => format!("R{x}"),
                    ValueRef::Text(t) => format!("T{}:{}", t.len(), String::from_utf8_lossy(t)),
                    ValueRef::Blob(b) => format!("B{}:{:?}", b.len(), b),
                };
                out.push_str(&v);
                out.push('\u{1f}');
            }
            out.push('\u{1e}');
        }
        out.push('\u{1d}');
    }
    Ok(out)
}

/// A task's corrections as timeline lines (no id of their own), oldest first.
pub fn task_changes(Db(conn): Db<'_>, task: i64) -> Result<Vec<TimelineItem>> {
    let mut st = conn.prepare_cached(
        "SELECT date, what, old, new, reason FROM task_changes WHERE task_id = ?1 ORDER BY date, id",
    )?;
    let rows = st.query_map([task], |r| {
        let what: TaskChange = super::keyed(r, 1, "task_changes", "what")?;
        Ok(TimelineItem {
            id: None,
            date: r.get(0)?,
            event: what.event(),
            text: r.get(4)?,
            from_plan: None,
            to_plan: None,
            from: r.get(2)?,
            to: r.get(3)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// A fact's earlier values, oldest first.
pub fn fact_history(Db(conn): Db<'_>, fact: i64) -> Result<Vec<FactVersion>> {
    let mut st = conn.prepare_cached(
        "SELECT value, source, as_of, replaced_at FROM fact_history WHERE fact_id = ?1 ORDER BY id",
    )?;
    let rows = st.query_map([fact], |r| {
        Ok(FactVersion {
            value: r.get(0)?,
            source: r.get(1)?,
            as_of: r.get(2)?,
            replaced_at: r.get(3)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The old and new value of a corrected task field, and why.
pub struct Change<'a> {
    pub what: TaskChange,
    pub old: Option<String>,
    pub new: Option<String>,
    pub reason: Option<&'a str>,
}

impl WriteTx<'_> {
    /// Rewrites a task's title, due date, priority, plan, unit, major mark and field; its
    /// tags, mentioned units and cited documents are replaced by `mentions`, `t.tags`
    /// and `t.docs`. Status and dates of the status stay.
    pub fn update_task(&self, id: i64, t: &NewTask, mentions: &[i64]) -> Result<()> {
        let conn = self.conn();
        conn.execute(
            "UPDATE tasks SET title = ?2, due = ?3, priority = ?4, plan = ?5, unit_id = ?6, major = ?7,
                field = ?8, updated_at = ?9 WHERE id = ?1",
            params![
                id,
                t.title,
                t.due,
                t.priority.as_str(),
                t.plan,
                t.unit,
                t.major,
                t.field,
                self.stamp()
            ],
        )?;
        set_links(conn, id, mentions, &t.tags, &t.docs)
    }

    /// Opens a done or dropped task again (`todo`, or `doing` when it had been started).
    pub fn reopen_task(&self, id: i64, to: crate::model::TaskStatus) -> Result<()> {
        self.conn().execute(
            "UPDATE tasks SET status = ?2, closed_on = NULL, updated_at = ?3 WHERE id = ?1",
            params![id, to.as_str(), self.stamp()],
        )?;
        Ok(())
    }

    /// Links the units a new task's title mentions (not its responsible unit).
    pub fn mention_units(&self, task: i64, units: &[i64]) -> Result<()> {
        let mut st = self
            .conn()
            .prepare_cached("INSERT OR IGNORE INTO record_units(record_id, unit_id) VALUES (?1, ?2)")?;
        for u in units {
            st.execute(params![task, u])?;
        }
        Ok(())
    }

    /// Records on a task's timeline that `c.what` changed on `date`.
    pub fn add_task_change(&self, task: i64, date: NaiveDate, c: &Change<'_>) -> Result<()> {
        self.conn().execute(
            "INSERT INTO task_changes(task_id, date, what, old, new, reason, created_at)
             VALUES (?1,?2,?3,?4,?5,?6,?7)",
            params![task, date, c.what.as_str(), c.old, c.new, c.reason, self.stamp()],
        )?;
        Ok(())
    }

    /// Rewrites a document's number, title, issuer, level, field, due date and drafting
    /// unit (its status and issue date stay: `doc issue` changes those). A corrected
    /// number is corrected in the records citing it too.
    pub fn update_document(&self, id: i64, d: &NewDocument) -> Result<()> {
        let conn = self.conn();
        let old_key: Option<String> =
            conn.query_row("SELECT number_key FROM documents WHERE id = ?1", [id], |r| {
                r.get(0)
            })?;
        if let (Some(old), Some(new)) = (old_key, d.number.as_deref()) {
            if old != doc_key(new) {
                conn.execute(
                    "UPDATE OR IGNORE record_docs SET number = ?2, number_key = ?3 WHERE number_key = ?1",
                    params![old, new, doc_key(new)],
                )?;
            }
        }
        conn.execute(
            "UPDATE documents SET number = ?2, number_key = ?3, title = ?4, issuer = ?5, level = ?6, field = ?7,
                due = ?8, drafting_unit_id = ?9, updated_at = ?10 WHERE id = ?1",
            params![
                id,
                d.number,
                d.number.as_deref().map(doc_key),
                d.title,
                d.issuer,
                d.level.as_str(),
                d.field,
                d.due,
                d.drafting_unit,
                self.stamp()
            ],
        )?;
        Ok(())
    }

    /// Rewrites a fact. When its value, source or as-of date changes, the earlier ones go
    /// to its history first.
    pub fn update_fact(&self, id: i64, f: &NewFact) -> Result<()> {
        let conn = self.conn();
        let now = self.stamp();
        conn.execute(
            "INSERT INTO fact_history(fact_id, value, source, as_of, replaced_at)
             SELECT id, value, source, as_of, ?5 FROM facts
              WHERE id = ?1 AND (value IS NOT ?2 OR source IS NOT ?3 OR as_of IS NOT ?4)",
            params![id, f.value, f.source, f.as_of, now],
        )?;
        conn.execute(
            "UPDATE facts SET text = ?2, value = ?3, source = ?4, as_of = ?5, field = ?6, updated_at = ?7
             WHERE id = ?1",
            params![id, f.text, f.value, f.source, f.as_of, f.field, now],
        )?;
        Ok(())
    }

    pub fn update_unit(&self, id: i64, name: &str, kind: UnitKind) -> Result<()> {
        self.conn().execute(
            "UPDATE units SET name = ?2, kind = ?3, updated_at = ?4 WHERE id = ?1",
            params![id, name, kind.as_str(), self.stamp()],
        )?;
        Ok(())
    }

    pub fn update_field(&self, id: i64, name: &str) -> Result<()> {
        self.conn().execute(
            "UPDATE fields SET name = ?2, updated_at = ?3 WHERE id = ?1",
            params![id, name, self.stamp()],
        )?;
        Ok(())
    }

    pub fn update_blocker(
        &self,
        id: i64,
        text: &str,
        proposal: Option<&str>,
        remedy: Option<Remedy>,
    ) -> Result<()> {
        self.conn().execute(
            "UPDATE blockers SET text = ?2, proposal = ?3, remedy = ?4, updated_at = ?5 WHERE id = ?1",
            params![id, text, proposal, remedy.map(Remedy::as_str), self.stamp()],
        )?;
        Ok(())
    }

    pub fn update_contingency(&self, id: i64, situation: &str, response: &str) -> Result<()> {
        self.conn().execute(
            "UPDATE contingencies SET situation = ?2, response = ?3, updated_at = ?4 WHERE id = ?1",
            params![id, situation, response, self.stamp()],
        )?;
        Ok(())
    }

    pub fn update_goal(&self, id: i64, text: &str) -> Result<()> {
        self.conn().execute(
            "UPDATE goals SET text = ?2, updated_at = ?3 WHERE id = ?1",
            params![id, text, self.stamp()],
        )?;
        Ok(())
    }

    /// Corrects the text of a consultation (`edit`).
    pub fn update_consultation_text(&self, id: i64, text: &str) -> Result<()> {
        self.conn().execute(
            "UPDATE consultations SET text = ?2, updated_at = ?3 WHERE id = ?1",
            params![id, text, self.stamp()],
        )?;
        Ok(())
    }

    /// Corrects the text and the reason of a proposal (`edit`).
    pub fn update_proposal(&self, id: i64, text: &str, reason: Option<&str>) -> Result<()> {
        self.conn().execute(
            "UPDATE proposals SET text = ?2, reason = ?3, updated_at = ?4 WHERE id = ?1",
            params![id, text, reason, self.stamp()],
        )?;
        Ok(())
    }

    /// Marks a plan goal achieved (`plan goal done`).
    pub fn set_goal_achieved(&self, id: i64, achieved: bool) -> Result<()> {
        self.conn().execute(
            "UPDATE goals SET achieved = ?2, updated_at = ?3 WHERE id = ?1",
            params![id, achieved, self.stamp()],
        )?;
        Ok(())
    }
}

/// The unit a task is assigned to, by id (its successor chain is not followed).
pub fn task_unit_id(Db(conn): Db<'_>, task: i64) -> Result<Option<i64>> {
    Ok(conn.query_row("SELECT unit_id FROM tasks WHERE id = ?1", [task], |r| r.get(0))?)
}

/// The unit drafting a required document, by id.
pub fn drafting_unit_id(Db(conn): Db<'_>, doc: i64) -> Result<Option<i64>> {
    Ok(conn.query_row(
        "SELECT drafting_unit_id FROM documents WHERE id = ?1",
        [doc],
        |r| r.get(0),
    )?)
}
