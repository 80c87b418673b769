//! Consultations (xin ý kiến): the `consultations` rows, the records they concern and
//! the tasks their opinion created (`consultation_links`), their documents in
//! `record_docs`.

use super::{Db, Error, Result, WriteTx, records};
use crate::model::{ConsultStatus, Consultation, RecordKind};
use chrono::NaiveDate;
use rusqlite::{Connection, Row, params};

/// A consultation to write down.
#[derive(Debug, Clone, Default)]
pub struct NewConsultation {
    pub text: String,
    pub leader: String,
    pub leader_name: String,
    pub for_date: Option<NaiveDate>,
    pub concerns: Vec<i64>,
    pub docs: Vec<String>,
}

/// Which consultations a listing wants.
#[derive(Debug, Clone, Copy, Default)]
pub struct ConsultFilter {
    pub open: bool,
    pub for_date: Option<NaiveDate>,
    /// Only those whose meeting day falls in this range (inclusive).
    pub for_between: Option<(NaiveDate, NaiveDate)>,
}

const SELECT: &str = "SELECT id, text, leader, leader_name, for_date, verdict, opinion, answered_on,
    created_at, updated_at FROM consultations";

fn row(r: &Row) -> rusqlite::Result<Consultation> {
    let verdict: Option<String> = r.get(5)?;
    Ok(Consultation {
        id: r.get(0)?,
        record: RecordKind::Consultation,
        text: r.get(1)?,
        leader: r.get(2)?,
        leader_name: r.get(3)?,
        for_date: r.get(4)?,
        status: verdict
            .as_deref()
            .and_then(ConsultStatus::parse)
            .unwrap_or(ConsultStatus::Open),
        opinion: r.get(6)?,
        answered_on: r.get(7)?,
        concerns: Vec::new(),
        docs: Vec::new(),
        created_tasks: Vec::new(),
        created_at: r.get(8)?,
        updated_at: r.get(9)?,
    })
}

fn fill_links(conn: &Connection, c: &mut Consultation) -> Result<()> {
    let mut st = conn.prepare_cached(
        "SELECT l.record_id, l.role FROM consultation_links l
         WHERE l.consultation_id = ?1 ORDER BY l.record_id",
    )?;
    for link in st.query_map([c.id], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))? {
        let (id, role) = link?;
        if role == "created" {
            c.created_tasks.push(id);
        } else {
            c.concerns.push(id);
        }
    }
    let mut st =
        conn.prepare_cached("SELECT number FROM record_docs WHERE record_id = ?1 ORDER BY number")?;
    c.docs = st
        .query_map([c.id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(())
}

pub fn get_consultation(Db(conn): Db<'_>, id: i64) -> Result<Consultation> {
    let mut c = conn.query_row(&format!("{SELECT} WHERE id = ?1"), [id], row)?;
    fill_links(conn, &mut c)?;
    Ok(c)
}

/// Consultation `id`, live; any other record is an input error.
pub fn live_consultation(Db(conn): Db<'_>, id: i64) -> Result<Consultation> {
    let kind = records::live_kind(Db(conn), id)?;
    if kind != RecordKind::Consultation {
        return Err(Error::WrongKind {
            id,
            expected: RecordKind::Consultation,
            found: kind,
        });
    }
    get_consultation(Db(conn), id)
}

/// Live consultations, by meeting day (undated last), then id.
pub fn consultations(Db(conn): Db<'_>, f: &ConsultFilter) -> Result<Vec<Consultation>> {
    let mut sql = format!("{SELECT} WHERE deleted_at IS NULL");
    if f.open {
        sql.push_str(" AND verdict IS NULL");
    }
    let mut args: Vec<NaiveDate> = Vec::new();
    if let Some(d) = f.for_date {
        sql.push_str(" AND for_date = ?1");
        args.push(d);
    }
    if let Some((from, to)) = f.for_between {
        let n = args.len();
        sql.push_str(&format!(" AND for_date BETWEEN ?{} AND ?{}", n + 1, n + 2));
        args.push(from);
        args.push(to);
    }
    sql.push_str(" ORDER BY for_date IS NULL, for_date, id");
    let mut st = conn.prepare(&sql)?;
    let mut v: Vec<Consultation> = st
        .query_map(rusqlite::params_from_iter(args), row)?
        .collect::<rusqlite::Result<_>>()?;
    for c in &mut v {
        fill_links(conn, c)?;
    }
    Ok(v)
}

impl WriteTx<'_> {
    pub fn insert_consultation(&self, c: &NewConsultation) -> Result<i64> {
        let conn = self.conn();
        let id = records::next_id(Db(conn), RecordKind::Consultation)?;
        let now = self.stamp();
        conn.execute(
            "INSERT INTO consultations(id, text, leader, leader_name, for_date, created_at, updated_at)
             VALUES (?1,?2,?3,?4,?5,?6,?6)",
            params![id, c.text, c.leader, c.leader_name, c.for_date, now],
        )?;
        for r in &c.concerns {
            self.link_consultation(id, *r, "concerns")?;
        }
        super::entries::add_links(conn, id, &[], &[], &c.docs)?;
        Ok(id)
    }

    /// Records the leader's opinion and verdict on `date`.
    pub fn answer_consultation(
        &self,
        id: i64,
        verdict: ConsultStatus,
        opinion: &str,
        date: NaiveDate,
    ) -> Result<()> {
        self.conn().execute(
            "UPDATE consultations SET verdict = ?2, opinion = ?3, answered_on = ?4, updated_at = ?5 WHERE id = ?1",
            params![id, verdict.as_str(), opinion, date, self.stamp()],
        )?;
        Ok(())
    }

    /// Links record `record` to consultation `id` (`concerns` or `created`).
    pub fn link_consultation(&self, id: i64, record: i64, role: &str) -> Result<()> {
        self.conn().execute(
            "INSERT OR IGNORE INTO consultation_links(consultation_id, record_id, role) VALUES (?1,?2,?3)",
            params![id, record, role],
        )?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use crate::store::migrate::{STEPS, migrate_to};
    use rusqlite::Connection;

    /// The step that widens `records.kind` works on a file of the previous version with
    /// foreign keys on, keeps the id sequence and every row, and leaves a sound file.
    #[test]
    fn widening_record_kinds_keeps_a_sound_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("w.db");
        let mut c = Connection::open(&path).unwrap();
        crate::store::register_functions(&c).unwrap();
        c.pragma_update(None, "foreign_keys", "ON").unwrap();
        let at = STEPS
            .iter()
            .position(|s| s.contains("CREATE TABLE consultations"))
            .unwrap();
        migrate_to(&mut c, Some(&path), &STEPS[..at]).unwrap();
        for _ in 0..3 {
            c.execute("INSERT INTO records(kind) VALUES ('entry')", [])
                .unwrap();
        }
        c.execute("DELETE FROM records WHERE id = 3", []).unwrap();
        assert!(
            c.execute("INSERT INTO records(kind) VALUES ('consultation')", [])
                .is_err()
        );
        migrate_to(&mut c, Some(&path), STEPS).unwrap();
        // The connection that migrated reads the new definition at once.
        c.execute("INSERT INTO records(kind) VALUES ('proposal')", [])
            .unwrap();
        c.execute("DELETE FROM records WHERE id = 4", []).unwrap();
        drop(c);
        let c = Connection::open(&path).unwrap();
        c.execute("INSERT INTO records(kind) VALUES ('consultation')", [])
            .unwrap();
        assert_eq!(c.last_insert_rowid(), 5, "the sequence never reuses an id");
        c.execute("INSERT INTO records(kind) VALUES ('proposal')", [])
            .unwrap();
        assert!(
            c.execute("INSERT INTO records(kind) VALUES ('nonsense')", [])
                .is_err()
        );
        let ok: String = c.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
        assert_eq!(ok, "ok");
        let n: i64 = c
            .query_row("SELECT count(*) FROM records", [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 4);
    }
}
