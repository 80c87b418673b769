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
    #[arg(value_parser = crate::input::parse_id)]
    pub id: i64,
}

pub fn run(ctx: &Ctx, a: Args) -> Result<View> {
    let store = ctx.store_ro()?;
    let conn = store.db();
    let (kind, _deleted) = kind_of(conn, a.id)?;
    let json = match kind {
        RecordKind::Entry => with_lunar(to_json(&store::entries::get_entry(conn, a.id)?)?),
        RecordKind::Unit => to_json(&store::units::get_unit(conn, a.id)?)?,
        RecordKind::Field => to_json(&store::units::get_field(conn, a.id)?)?,
        RecordKind::Task => {
            let task = store::tasks::get_task(conn, a.id, super::task::asof(ctx))?;
            let (timeline, items) = super::task::timeline_listing(conn, &task)?;
            let mut json = with_lunar(to_json(&task)?);
            json["timeline"] = to_json(&items)?;
            let mut details = details_listing(ctx, kind, a.id, &json);
            details.json = json.clone();
            let mut sections = vec![details];
            if !task.blockers.is_empty() {
                sections.push(task_blockers(conn, &task, ctx.today())?);
            }
            sections.push(timeline);
            return Ok(View::Sections { sections, json });
        }
        RecordKind::Document => {
            let doc = store::documents::get_document(conn, a.id)?;
            let json = to_json(&doc)?;
            let key = doc.number.as_deref().map(crate::text::doc_key);
            let cites = match key {
                Some(k) => store::documents::citations(conn, &k)?,
                None => Vec::new(),
            };
            let rows = cites
                .iter()
                .map(|c| {
                    let kind = RecordKind::parse(c.record)
                        .map(crate::render::labels::record_kind_label)
                        .unwrap_or(c.record);
                    vec![format!("#{}", c.id), kind.to_string(), c.text.clone()]
                })
                .collect();
            let mut cited = Listing::new(
                vec![
                    s(M::LId).to_string(),
                    s(M::LType).to_string(),
                    s(M::LText).to_string(),
                ],
                rows,
                &cites,
            )?;
            cited.title = Some(s(M::LCitedBy).to_string());
            cited.empty = Some(s(M::DocNotCited).to_string());
            return Ok(View::Sections {
                sections: vec![details_listing(ctx, kind, a.id, &json), cited],
                json,
            });
        }
        RecordKind::Blocker => to_json(&store::blockers::get_blocker(conn, a.id, ctx.today())?)?,
        RecordKind::Fact => to_json(&store::facts::get_fact(conn, a.id, super::fact::asof(ctx))?)?,
        other => store::records::raw_row(conn, other, a.id)?,
    };
    Ok(View::Listing(details_listing(ctx, kind, a.id, &json)))
}

fn details_listing(ctx: &Ctx, kind: RecordKind, id: i64, json: &Value) -> Listing {
    let mut rows = Vec::new();
    if let Value::Object(map) = json {
        for (k, v) in map {
            if k == "timeline" || k == "blockers" {
                continue;
            }
            let label = field_label(k).map(str::to_string).unwrap_or_else(|| k.clone());
            let value = match (k.as_str(), v) {
                ("kind", Value::String(key)) if kind == RecordKind::Entry => {
                    crate::render::labels::kind_label(&ctx.config, key)
                }
                ("type", Value::String(_)) => crate::render::labels::record_kind_label(kind).to_string(),
                ("status", Value::String(st)) if kind == RecordKind::Task => {
                    crate::render::labels::task_status_label(st).into()
                }
                ("priority", Value::String(p)) if kind == RecordKind::Task => {
                    crate::render::labels::priority_label(p).into()
                }
                ("status", Value::String(st)) if kind == RecordKind::Document => {
                    crate::render::labels::doc_status_label(st).into()
                }
                ("level", Value::String(l)) if kind == RecordKind::Document => {
                    crate::render::labels::level_label(l).into()
                }
                ("remedy", Value::String(r)) if kind == RecordKind::Blocker => {
                    crate::render::labels::remedy_label(r).into()
                }
                ("cited_by", Value::Array(ids)) => {
                    ids.iter().map(|i| format!("#{i}")).collect::<Vec<_>>().join(" ")
                }
                ("date", Value::String(d)) => chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d")
                    .map(crate::i18n::day)
                    .unwrap_or_else(|_| d.clone()),
                ("lunar" | "due_lunar", Value::Object(_)) => lunar_text(v).unwrap_or_default(),
                _ => display(v),
            };
            rows.push(vec![label, value]);
        }
    }
    Listing {
        title: Some(format!(
            "#{} · {}",
            id,
            crate::render::labels::record_kind_label(kind)
        )),
        headers: vec![s(M::LItem).to_string(), s(M::LValue).to_string()],
        rows,
        json: json.clone(),
        ..Listing::default()
    }
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
        "title" => M::LTitle,
        "priority" => M::LPriority,
        "due" => M::LDue,
        "plan" => M::LPlan,
        "unit" => M::LUnit,
        "assigned" => M::LAssigned,
        "type" => M::LType,
        "unit_name" => M::LUnitName,
        "major" => M::LMajor,
        "started_on" => M::LStarted,
        "closed_on" => M::LClosed,
        "last_touched" => M::LLastTouched,
        "overdue" => M::LOverdue,
        "stale" => M::LStale,
        "carried" => M::LCarried,
        "done_on_time" => M::LDoneOnTime,
        "created_at" => M::LCreated,
        "updated_at" => M::LUpdated,
        "retired" => M::LRetired,
        "replaced_by" => M::LReplacedBy,
        "unit_now" => M::LUnitNow,
        "number" => M::LNumber,
        "issuer" => M::LIssuer,
        "level" => M::LLevel,
        "issued_on" => M::LIssuedOn,
        "drafting_unit" => M::LDraftingUnit,
        "cited_by" => M::LCitedBy,
        "proposal" => M::LProposal,
        "remedy" => M::LRemedy,
        "raised_on" => M::LRaised,
        "resolved_on" => M::LResolvedOn,
        "note" => M::LNote,
        "age_days" => M::LAge,
        "value" => M::LValue,
        "source" => M::LSource,
        "as_of" => M::LAsOf,
        "lunar" => M::LLunar,
        "due_lunar" => M::LDueLunar,
        _ => return None,
    }))
}

/// Adds the lunar date right after the solar one: `lunar` after an entry's `date`,
/// `due_lunar` after a task's `due`.
fn with_lunar(json: Value) -> Value {
    let Value::Object(map) = json else { return json };
    let mut out = Map::new();
    for (k, v) in map {
        let lunar = match (k.as_str(), &v) {
            ("date" | "due", Value::String(d)) => chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d")
                .ok()
                .and_then(|d| crate::calendar::solar_to_lunar(d).ok()),
            _ => None,
        };
        let key = if k == "date" { "lunar" } else { "due_lunar" };
        out.insert(k, v);
        if let Some(l) = lunar {
            out.insert(key.into(), crate::render::lunar::lunar_json(&l));
        }
    }
    Value::Object(out)
}

/// The lunar row of the table: "mùng 5 tháng Giêng năm Quý Mão".
fn lunar_text(lunar: &Value) -> Option<String> {
    let l = crate::calendar::LunarDate {
        day: u32::try_from(lunar.get("day")?.as_u64()?).ok()?,
        month: u32::try_from(lunar.get("month")?.as_u64()?).ok()?,
        year: i32::try_from(lunar.get("year")?.as_i64()?).ok()?,
        leap: lunar.get("leap")?.as_bool()?,
    };
    Some(crate::render::lunar::lunar_phrase(&l, crate::i18n::lang()))
}

fn display(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::Bool(b) => s(if *b { M::Yes } else { M::No }).to_string(),
        Value::String(text) => match chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d") {
            Ok(d) if text.len() == 10 => crate::i18n::date(d),
            _ => text.clone(),
        },
        Value::Array(a) => a.iter().map(display).collect::<Vec<_>>().join(", "),
        other => other.to_string(),
    }
}

/// The open blockers of a task, as a section of `show`.
fn task_blockers(
    conn: crate::store::Db<'_>,
    task: &crate::model::Task,
    today: chrono::NaiveDate,
) -> Result<Listing> {
    let all = store::blockers::list_blockers(conn, true, None, today)?;
    let mine: Vec<_> = all.into_iter().filter(|b| b.task == Some(task.id)).collect();
    let mut l = super::blocker::blocker_listing(&mine)?;
    l.title = Some(s(M::LBlockers).to_string());
    l.footer = None;
    Ok(l)
}
