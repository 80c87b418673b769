//! `worklog show ID`: any record by id, whatever its kind.

use crate::app::Ctx;
use crate::error::Result;
use crate::i18n::{M, s};
use crate::render::{Listing, View, to_json};
use crate::store::records::{RecordKind, kind_of};
use crate::store::{self};
use serde_json::{Map, Value};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The record's id (12 or #12)
    #[arg(value_parser = super::parse_id)]
    pub id: i64,
}

pub fn run(ctx: &Ctx, a: Args) -> Result<View> {
    let store = ctx.store_ro()?;
    let conn = store.conn();
    let (kind, _deleted) = kind_of(conn, a.id)?;
    let json = match kind {
        RecordKind::Entry => with_lunar(to_json(&store::entries::get_entry(conn, a.id)?)?),
        RecordKind::Unit => to_json(&store::units::get_unit(conn, a.id)?)?,
        RecordKind::Field => to_json(&store::units::get_field(conn, a.id)?)?,
        other => raw_row(conn, other, a.id)?,
    };
    let mut rows = Vec::new();
    if let Value::Object(map) = &json {
        for (k, v) in map {
            let label = field_label(k).map(str::to_string).unwrap_or_else(|| k.clone());
            let value = match (k.as_str(), v) {
                ("kind", Value::String(key)) if kind == RecordKind::Entry => super::kind_label(ctx, key),
                ("date", Value::String(d)) => chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d")
                    .map(crate::i18n::day)
                    .unwrap_or_else(|_| d.clone()),
                ("lunar", Value::Object(_)) => lunar_text(&json).unwrap_or_default(),
                _ => display(v),
            };
            rows.push(vec![label, value]);
        }
    }
    let mut l = Listing {
        title: Some(format!("#{} · {}", a.id, kind.label())),
        headers: vec![String::new(), String::new()],
        rows,
        json,
        ..Listing::default()
    };
    l.headers = vec![s(M::LField).to_string(), s(M::LText).to_string()];
    Ok(View::Listing(l))
}

fn field_label(k: &str) -> Option<&'static str> {
    Some(s(match k {
        "id" => M::LId,
        "date" => M::LDate,
        "text" => M::LText,
        "kind" => M::LKind,
        "field" => M::LField,
        "units" => M::LUnits,
        "tags" => M::LTags,
        "docs" => M::LDocs,
        "minutes" => M::LMinutes,
        "task" => M::LTask,
        "alias" => M::LAlias,
        "name" => M::LName,
        "key" => M::LKey,
        "status" => M::LStatus,
        "created_at" => M::LCreated,
        "updated_at" => M::LUpdated,
        "retired" => M::LRetired,
        "replaced_by" => M::LReplacedBy,
        "lunar" => M::LLunar,
        _ => return None,
    }))
}

/// Adds the `lunar` object right after `date` (an entry's day in the lunar calendar).
fn with_lunar(json: Value) -> Value {
    let Value::Object(map) = json else { return json };
    let mut out = Map::new();
    for (k, v) in map {
        let lunar = match (k.as_str(), &v) {
            ("date", Value::String(d)) => chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d")
                .ok()
                .and_then(|d| crate::calendar::solar_to_lunar(d).ok()),
            _ => None,
        };
        out.insert(k, v);
        if let Some(l) = lunar {
            out.insert("lunar".into(), super::lunar::lunar_json(&l));
        }
    }
    Value::Object(out)
}

/// The lunar row of the table: "mùng 5 tháng Giêng năm Quý Mão".
fn lunar_text(json: &Value) -> Option<String> {
    let d = chrono::NaiveDate::parse_from_str(json.get("date")?.as_str()?, "%Y-%m-%d").ok()?;
    let l = crate::calendar::solar_to_lunar(d).ok()?;
    Some(super::lunar::lunar_phrase(&l, crate::i18n::lang()))
}

fn display(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Array(a) => a.iter().map(display).collect::<Vec<_>>().join(", "),
        other => other.to_string(),
    }
}

/// Records without a dedicated model yet are shown column by column.
fn raw_row(conn: &rusqlite::Connection, kind: RecordKind, id: i64) -> Result<Value> {
    let sql = format!("SELECT * FROM {} WHERE id = ?1", kind.table());
    let mut st = conn.prepare(&sql)?;
    let names: Vec<String> = st.column_names().map(|s| s.to_string()).collect();
    let map = st.query_row([id], |r| {
        let mut m = Map::new();
        m.insert("type".into(), Value::String(kind.as_str().into()));
        for (i, n) in names.iter().enumerate() {
            let v = match r.get_ref(i)? {
                rusqlite::types::ValueRef::Null => Value::Null,
                rusqlite::types::ValueRef::Integer(n) => Value::from(n),
                rusqlite::types::ValueRef::Real(f) => Value::from(f),
                rusqlite::types::ValueRef::Text(t) => Value::String(String::from_utf8_lossy(t).into()),
                rusqlite::types::ValueRef::Blob(_) => Value::Null,
            };
            m.insert(n.clone(), v);
        }
        Ok(m)
    })?;
    Ok(Value::Object(map))
}
