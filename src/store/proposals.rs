//! Proposals (đề xuất): the `proposals` rows, their units in `record_units`, their
//! documents in `record_docs`, the facts they rest on and the tasks their acceptance
//! created in `proposal_links`.

use super::{Db, Error, Result, WriteTx, records};
use crate::model::{Proposal, ProposalStatus, RecordKind};
use chrono::NaiveDate;
use rusqlite::{Connection, Row, params};

/// A proposal to write down.
#[derive(Debug, Clone, Default)]
pub struct NewProposal {
    pub text: String,
    /// Unit ids.
    pub units: Vec<i64>,
    pub scheme: bool,
    pub reason: Option<String>,
    pub docs: Vec<String>,
    pub facts: Vec<i64>,
    pub proposed_on: Option<NaiveDate>,
}

const SELECT: &str = "SELECT p.id, p.text, p.scheme, p.reason, p.status, p.proposed_on, p.decided_on, p.note,
    p.created_at, p.updated_at,
    (SELECT group_concat(u.alias, char(31)) FROM record_units ru JOIN units u ON u.id = ru.unit_id WHERE ru.record_id = p.id)
  FROM proposals p";

fn row(r: &Row) -> rusqlite::Result<Proposal> {
    let status: String = r.get(4)?;
    let units: Option<String> = r.get(10)?;
    let mut units: Vec<String> = units
        .map(|s| s.split('\u{1f}').map(str::to_string).collect())
        .unwrap_or_default();
    units.sort();
    Ok(Proposal {
        id: r.get(0)?,
        record: RecordKind::Proposal,
        text: r.get(1)?,
        units,
        scheme: r.get(2)?,
        reason: r.get(3)?,
        status: ProposalStatus::parse(&status).unwrap_or(ProposalStatus::Pending),
        proposed_on: r.get(5)?,
        decided_on: r.get(6)?,
        note: r.get(7)?,
        docs: Vec::new(),
        facts: Vec::new(),
        created_tasks: Vec::new(),
        created_at: r.get(8)?,
        updated_at: r.get(9)?,
    })
}

fn fill_links(conn: &Connection, p: &mut Proposal) -> Result<()> {
    let mut st = conn.prepare_cached(
        "SELECT record_id, role FROM proposal_links WHERE proposal_id = ?1 ORDER BY record_id",
    )?;
    for link in st.query_map([p.id], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))? {
        let (id, role) = link?;
        if role == "created" {
            p.created_tasks.push(id);
        } else {
            p.facts.push(id);
        }
    }
    let mut st =
        conn.prepare_cached("SELECT number FROM record_docs WHERE record_id = ?1 ORDER BY number")?;
    p.docs = st
        .query_map([p.id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(())
}

pub fn get_proposal(Db(conn): Db<'_>, id: i64) -> Result<Proposal> {
    let mut p = conn.query_row(&format!("{SELECT} WHERE p.id = ?1"), [id], row)?;
    fill_links(conn, &mut p)?;
    Ok(p)
}

/// Proposal `id`, live; any other record is an input error.
pub fn live_proposal(Db(conn): Db<'_>, id: i64) -> Result<Proposal> {
    let kind = records::live_kind(Db(conn), id)?;
    if kind != RecordKind::Proposal {
        return Err(Error::WrongKind {
            id,
            expected: RecordKind::Proposal,
            found: kind,
        });
    }
    get_proposal(Db(conn), id)
}

/// Live proposals (only the pending ones with `pending`), oldest first.
pub fn proposals(Db(conn): Db<'_>, pending: bool) -> Result<Vec<Proposal>> {
    let mut sql = format!("{SELECT} WHERE p.deleted_at IS NULL");
    if pending {
        sql.push_str(" AND p.status = 'pending'");
    }
    sql.push_str(" ORDER BY p.proposed_on, p.id");
    let mut st = conn.prepare(&sql)?;
    let mut v: Vec<Proposal> = st.query_map([], row)?.collect::<rusqlite::Result<_>>()?;
    for p in &mut v {
        fill_links(conn, p)?;
    }
    Ok(v)
}

impl WriteTx<'_> {
    pub fn insert_proposal(&self, p: &NewProposal) -> Result<i64> {
        let conn = self.conn();
        let id = records::next_id(Db(conn), RecordKind::Proposal)?;
        let now = self.stamp();
        let on = p.proposed_on.unwrap_or_else(|| self.clock().today());
        conn.execute(
            "INSERT INTO proposals(id, text, scheme, reason, proposed_on, created_at, updated_at)
             VALUES (?1,?2,?3,?4,?5,?6,?6)",
            params![id, p.text, p.scheme, p.reason, on, now],
        )?;
        for f in &p.facts {
            self.link_proposal(id, *f, "fact")?;
        }
        super::entries::add_links(conn, id, &p.units, &[], &p.docs)?;
        Ok(id)
    }

    /// Records the proposal's fate (accepted or not accepted) on `date`.
    pub fn decide_proposal(
        &self,
        id: i64,
        status: ProposalStatus,
        note: Option<&str>,
        date: NaiveDate,
    ) -> Result<()> {
        self.conn().execute(
            "UPDATE proposals SET status = ?2, note = ?3, decided_on = ?4, updated_at = ?5 WHERE id = ?1",
            params![id, status.as_str(), note, date, self.stamp()],
        )?;
        Ok(())
    }

    /// Links record `record` to proposal `id` (`fact` or `created`).
    pub fn link_proposal(&self, id: i64, record: i64, role: &str) -> Result<()> {
        self.conn().execute(
            "INSERT OR IGNORE INTO proposal_links(proposal_id, record_id, role) VALUES (?1,?2,?3)",
            params![id, record, role],
        )?;
        Ok(())
    }
}
