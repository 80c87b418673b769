//! Documents (văn bản): the regulations work rests on, issued or still required, and
//! the tasks and entries that cite them. Citations are matched by the folded number key
//! (`text::doc_key`), so `QD-UBND` typed without the Đ finds `QĐ-UBND`.

use super::Db;
use super::{Error, Result};
use super::{WriteTx, records};
use crate::model::{Citation, Document};
use crate::model::{DocLevel, DocStatus, RecordKind};
use crate::text::doc_key;
use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, Row, params};

#[derive(Debug, Clone)]
pub struct NewDocument {
    pub number: Option<String>,
    pub title: String,
    pub issuer: Option<String>,
    pub level: DocLevel,
    pub field: Option<String>,
    pub status: DocStatus,
    pub issued_on: Option<NaiveDate>,
    pub due: Option<NaiveDate>,
    pub drafting_unit: Option<i64>,
}

#[derive(Debug, Clone, Default)]
pub struct DocFilter {
    pub field: Option<String>,
    pub status: Option<DocStatus>,
    pub level: Option<DocLevel>,
}

const DOC_SELECT: &str = "SELECT d.id, d.number, d.title, d.issuer, d.level, d.field, d.status, d.issued_on,
    d.due, u.alias, d.created_at, d.updated_at, d.number_key
  FROM documents d LEFT JOIN units u ON u.id = d.drafting_unit_id";

fn doc_row(r: &Row) -> rusqlite::Result<(Document, Option<String>)> {
    Ok((
        Document {
            id: r.get(0)?,
            record: RecordKind::Document,
            number: r.get(1)?,
            title: r.get(2)?,
            issuer: r.get(3)?,
            level: super::keyed(r, 4, "documents", "level")?,
            field: r.get(5)?,
            status: super::keyed(r, 6, "documents", "status")?,
            issued_on: r.get(7)?,
            due: r.get(8)?,
            drafting_unit: r.get(9)?,
            cited_by: Vec::new(),
            created_at: r.get(10)?,
            updated_at: r.get(11)?,
        },
        r.get(12)?,
    ))
}

/// The live tasks and entries citing a number key, by id.
pub fn citations(Db(conn): Db<'_>, key: &str) -> Result<Vec<Citation>> {
    let mut st = conn.prepare_cached(
        "SELECT rd.record_id, t.title, e.text FROM record_docs rd
         LEFT JOIN tasks t ON t.id = rd.record_id AND t.deleted_at IS NULL
         LEFT JOIN entries e ON e.id = rd.record_id AND e.deleted_at IS NULL
         WHERE rd.number_key = ?1 AND (t.id IS NOT NULL OR e.id IS NOT NULL)
         ORDER BY rd.record_id",
    )?;
    let v = st
        .query_map([key], |r| {
            let title: Option<String> = r.get(1)?;
            let text: Option<String> = r.get(2)?;
            Ok(Citation {
                id: r.get(0)?,
                record: if title.is_some() {
                    RecordKind::Task
                } else {
                    RecordKind::Entry
                },
                text: title.or(text).unwrap_or_default(),
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(v)
}

fn with_citations(conn: &Connection, row: (Document, Option<String>)) -> Result<Document> {
    let (mut d, key) = row;
    if let Some(k) = key {
        d.cited_by = citations(Db(conn), &k)?.into_iter().map(|c| c.id).collect();
    }
    Ok(d)
}

pub fn get_document(Db(conn): Db<'_>, id: i64) -> Result<Document> {
    let sql = format!("{DOC_SELECT} WHERE d.id = ?1");
    let row = conn.query_row(&sql, [id], doc_row)?;
    with_citations(conn, row)
}

/// A live document by id; other kinds are input errors.
pub fn live_document(Db(conn): Db<'_>, id: i64) -> Result<Document> {
    let kind = records::live_kind(Db(conn), id)?;
    if kind != records::RecordKind::Document {
        return Err(Error::WrongKind {
            id,
            expected: records::RecordKind::Document,
            found: kind,
        });
    }
    get_document(Db(conn), id)
}

/// The live document with this number key, if any.
pub fn find_by_key(Db(conn): Db<'_>, key: &str) -> Result<Option<Document>> {
    let id: Option<i64> = conn
        .query_row(
            "SELECT id FROM documents WHERE number_key = ?1 AND deleted_at IS NULL ORDER BY id LIMIT 1",
            [key],
            |r| r.get(0),
        )
        .optional()?;
    id.map(|id| get_document(Db(conn), id)).transpose()
}

/// Documents by field (none last), then level, status and id.
pub fn list_documents(Db(conn): Db<'_>, f: &DocFilter) -> Result<Vec<Document>> {
    let mut sql = format!("{DOC_SELECT} WHERE d.deleted_at IS NULL");
    let mut args: Vec<String> = Vec::new();
    for (col, v) in [
        ("d.field", f.field.as_deref()),
        ("d.status", f.status.map(DocStatus::as_str)),
        ("d.level", f.level.map(DocLevel::as_str)),
    ] {
        if let Some(v) = v {
            args.push(v.to_string());
            sql.push_str(&format!(" AND {col} = ?{}", args.len()));
        }
    }
    sql.push_str(
        " ORDER BY d.field IS NULL, d.field,
          CASE d.level WHEN 'central' THEN 0 WHEN 'province' THEN 1 ELSE 2 END, d.status, d.id",
    );
    let mut st = conn.prepare(&sql)?;
    let rows: Vec<(Document, Option<String>)> = st
        .query_map(rusqlite::params_from_iter(args), doc_row)?
        .collect::<rusqlite::Result<_>>()?;
    rows.into_iter().map(|r| with_citations(conn, r)).collect()
}

impl WriteTx<'_> {
    pub fn insert_document(&self, d: &NewDocument) -> Result<i64> {
        let conn = self.conn();
        let id = records::next_id(Db(conn), records::RecordKind::Document)?;
        let now = self.stamp();
        let key = d.number.as_deref().map(doc_key);
        conn.execute(
            "INSERT INTO documents(id, number, number_key, title, issuer, level, field, status, issued_on, due,
                drafting_unit_id, created_at, updated_at, was_required)
             VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?12, ?8 = 'required')",
            params![
                id,
                d.number,
                key,
                d.title,
                d.issuer,
                d.level.as_str(),
                d.field,
                d.status.as_str(),
                d.issued_on,
                d.due,
                d.drafting_unit,
                now
            ],
        )?;
        Ok(id)
    }

    /// A required document has been issued under `number` on `date`.
    pub fn issue_document(&self, id: i64, number: &str, date: NaiveDate) -> Result<()> {
        let now = self.stamp();
        self.conn().execute(
            "UPDATE documents SET number = ?2, number_key = ?3, status = 'issued', issued_on = ?4, updated_at = ?5
             WHERE id = ?1",
            params![id, number, doc_key(number), date, now],
        )?;
        Ok(())
    }

    /// Links a task to a document number (as `task add --doc` does).
    pub fn cite_document(&self, record: i64, number: &str) -> Result<()> {
        self.conn().execute(
            "INSERT OR IGNORE INTO record_docs(record_id, number, number_key) VALUES (?1, ?2, ?3)",
            params![record, number, doc_key(number)],
        )?;
        Ok(())
    }
}

/// The ids of the live documents that were ever required (pending, or issued since).
pub fn ever_required(Db(conn): Db<'_>) -> Result<std::collections::HashSet<i64>> {
    let mut st = conn.prepare_cached("SELECT id FROM documents WHERE deleted_at IS NULL AND was_required")?;
    let v = st.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
    Ok(v)
}
