//! Taskwarrior's `task export` (the JSON array, or one JSON object per line) → tasks:
//! title = description; due, entry, start and end stamps (UTC) become Vietnam dates
//! (UTC+7); pending/waiting → todo, a started one → doing from its `start` date,
//! completed → done on its `end` date; deleted tasks and recurring templates are skipped
//! and counted; priority H/M/L → high/normal/low (worklog has no "no priority": none is
//! normal, and the summary says so); tags kept; the project becomes a tag
//! `project:<name>` (lower case, for `-t`) and, with its case, a note; `wait`,
//! `scheduled`, `until`, `recur` and `depends` go into that note too (a dependency by the
//! worklog id of the task it names when that task is in the file); the uuid is the
//! import's provenance (`import_items.source_key` = `taskwarrior:<uuid>`). Annotations
//! become notes on the task's timeline, on their own dates.

use super::{Summary, array_of, at, clean_tag, tags_of, text_of};
use crate::error::{Error, Result};
use crate::i18n::{M, t};
use crate::model::Priority;
use chrono::{FixedOffset, NaiveDate, NaiveDateTime};
use serde_json::Value;

/// One taskwarrior task, checked, ready to insert.
#[derive(Debug, Clone)]
pub struct TwTask {
    pub title: String,
    pub due: Option<NaiveDate>,
    /// high | normal | low
    pub priority: Priority,
    pub tags: Vec<String>,
    pub assigned: NaiveDate,
    pub done_on: Option<NaiveDate>,
    /// Started and not completed: `doing` from this date.
    pub started: Option<NaiveDate>,
    pub notes: Vec<(NaiveDate, String)>,
    /// The uuid (empty when the file has none).
    pub uuid: String,
    /// What taskwarrior knows and worklog has no field for, kept as a note on the
    /// assignment date: (key, value) in the file's order; `depends` values are uuids.
    pub extra: Vec<(String, String)>,
    pub depends: Vec<String>,
}

/// What a taskwarrior file holds: the tasks to import and how many were skipped.
#[derive(Debug, Default)]
pub struct TwFile {
    pub tasks: Vec<TwTask>,
    pub skipped: usize,
    pub summary: Summary,
}

/// `20221219T083000Z` (UTC) → the date in Vietnam (UTC+7).
pub fn tw_date(s: &str) -> Option<NaiveDate> {
    let utc = NaiveDateTime::parse_from_str(s.trim(), "%Y%m%dT%H%M%SZ").ok()?;
    let vn = FixedOffset::east_opt(7 * 3600)?;
    Some(utc.and_utc().with_timezone(&vn).date_naive())
}

/// A taskwarrior export (a JSON array, or one object per line) → tasks.
pub fn read(bytes: &[u8], shown: &str, today: NaiveDate) -> Result<TwFile> {
    let text = std::str::from_utf8(bytes).map_err(|_| Error::input(M::ExportNotJson, &[&shown, &"UTF-8"]))?;
    let text = text.trim_start_matches('\u{feff}');
    let mut out = TwFile::default();
    for (pos, v) in items(text, shown)? {
        if !v.is_object() {
            return Err(at(shown, &pos, "-", &t(M::ImportNotObject, &[])));
        }
        match kept_status(&v, shown, &pos)? {
            Some(completed) => out.tasks.push(task(&v, completed, shown, &pos, today)?),
            None => {
                out.skipped += 1;
                let status = text_of(&v, "status").unwrap_or_default();
                out.summary
                    .drop(&format!("status = {status}"), 1, M::ImportTwSkipped);
            }
        }
        count(&v, &mut out.summary);
    }
    Ok(out)
}

/// The fields taskwarrior computes or keeps for itself, which worklog does not keep.
const INTERNAL: &[&str] = &["id", "urgency", "modified", "mask", "imask", "parent", "rtype"];

/// Counts what one item maps to.
fn count(v: &Value, s: &mut Summary) {
    let Some(obj) = v.as_object() else { return };
    let kept = !matches!(text_of(v, "status").as_deref(), Some("deleted" | "recurring"));
    if !kept {
        return;
    }
    let started = obj.contains_key("start") && text_of(v, "status").as_deref() != Some("completed");
    for key in obj.keys() {
        let to = match key.as_str() {
            "description" => "title",
            "entry" => "assigned",
            "due" => "due",
            "end" => "closed_on",
            "start" if started => "status = doing",
            "start" => continue,
            "status" => "status",
            "tags" => "tags",
            "project" => "tags project:…, note",
            "annotations" => "notes",
            "uuid" => "import provenance",
            "wait" | "scheduled" | "until" | "recur" | "depends" => "note",
            "priority" => continue,
            k if INTERNAL.contains(&k) => {
                s.drop(k, 1, M::ImportTwInternal);
                continue;
            }
            k => {
                s.drop(k, 1, M::ImportTwUnknown);
                continue;
            }
        };
        s.map(key, to, 1);
    }
    match obj.get("priority").and_then(Value::as_str) {
        Some("H") => s.map("priority H", "priority high", 1),
        Some("M") => s.map("priority M", "priority normal", 1),
        Some("L") => s.map("priority L", "priority low", 1),
        _ => {
            s.map("(no priority)", "priority normal", 1);
            s.drop("(no priority)", 1, M::ImportTwNoPriority);
        }
    }
}

/// The export's objects, each with its position ("item 3", "line 3") for messages.
fn items(text: &str, shown: &str) -> Result<Vec<(String, Value)>> {
    if text.trim_start().starts_with('[') {
        let v: Vec<Value> = serde_json::from_str(text)
            .map_err(|e| Error::input(M::ExportNotJson, &[&shown, &e]).hint(M::ImportOtherHint, &[]))?;
        return Ok(v
            .into_iter()
            .enumerate()
            .map(|(i, v)| (t(M::ImportAtItem, &[&(i + 1)]), v))
            .collect());
    }
    let mut v = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let pos = t(M::ImportAtLine, &[&(i + 1)]);
        let obj: Value = serde_json::from_str(line).map_err(|e| at(shown, &pos, "-", &e.to_string()))?;
        v.push((pos, obj));
    }
    Ok(v)
}

/// Whether the task is imported: `Some(completed)` for pending, waiting and completed
/// tasks, `None` for the deleted ones and recurring templates (skipped).
fn kept_status(v: &Value, shown: &str, pos: &str) -> Result<Option<bool>> {
    let status = text_of(v, "status").unwrap_or_default();
    match status.as_str() {
        "pending" | "waiting" => Ok(Some(false)),
        "completed" => Ok(Some(true)),
        "deleted" | "recurring" => Ok(None),
        other => Err(at(
            shown,
            pos,
            "status",
            &t(
                M::ImportBadValue,
                &[&other, &"pending|waiting|completed|deleted|recurring"],
            ),
        )),
    }
}

/// One kept task: its title, dates, priority, tags and notes.
fn task(v: &Value, completed: bool, shown: &str, pos: &str, today: NaiveDate) -> Result<TwTask> {
    let title = crate::input::user_text(&text_of(v, "description").unwrap_or_default())
        .map_err(|e| at(shown, pos, "description", &e.to_string()))?;
    let assigned = stamp(v, "entry", shown, pos)?.unwrap_or(today);
    let due = stamp(v, "due", shown, pos)?;
    let done_on = if completed {
        let end = stamp(v, "end", shown, pos)?
            .or(stamp(v, "modified", shown, pos)?)
            .unwrap_or(assigned);
        Some(end.max(assigned))
    } else {
        None
    };
    let started = match (completed, stamp(v, "start", shown, pos)?) {
        (false, Some(d)) => Some(d.max(assigned)),
        _ => None,
    };
    let mut extra = Vec::new();
    if let Some(p) = text_of(v, "project")
        .map(|p| crate::text::clean(p.trim()))
        .filter(|p| !p.is_empty())
    {
        extra.push(("project".to_string(), p));
    }
    for key in ["scheduled", "wait", "until"] {
        if let Some(d) = stamp(v, key, shown, pos)? {
            extra.push((key.to_string(), d.to_string()));
        }
    }
    if let Some(r) = text_of(v, "recur") {
        extra.push(("recur".to_string(), crate::text::clean(&r)));
    }
    let depends = depends(v, shown, pos)?;
    Ok(TwTask {
        title,
        due,
        priority: priority(v, shown, pos)?,
        tags: tags(v, shown, pos)?,
        assigned,
        done_on,
        started,
        notes: notes(v, shown, pos, assigned)?,
        uuid: text_of(v, "uuid")
            .map(|u| u.trim().to_string())
            .unwrap_or_default(),
        extra,
        depends,
    })
}

/// The uuids a task depends on: an array (taskwarrior 2.6) or a comma-separated string
/// (older versions).
fn depends(v: &Value, shown: &str, pos: &str) -> Result<Vec<String>> {
    match v.get("depends") {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::String(s)) => Ok(s
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect()),
        Some(Value::Array(list)) => list
            .iter()
            .map(|u| {
                u.as_str()
                    .map(|s| s.trim().to_string())
                    .ok_or_else(|| at(shown, pos, "depends", &t(M::ImportBadValue, &[u, &"[\"uuid\"]"])))
            })
            .collect(),
        Some(other) => Err(at(
            shown,
            pos,
            "depends",
            &t(M::ImportBadValue, &[other, &"[\"uuid\"]"]),
        )),
    }
}

/// The stamp under `key` as a Vietnam date; `None` when absent or null.
fn stamp(v: &Value, key: &str, shown: &str, pos: &str) -> Result<Option<NaiveDate>> {
    match v.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(x) => x
            .as_str()
            .and_then(tw_date)
            .map(Some)
            .ok_or_else(|| at(shown, pos, key, &t(M::ImportBadValue, &[x, &"20221219T083000Z"]))),
    }
}

/// H/M/L → high/normal/low; normal when absent.
fn priority(v: &Value, shown: &str, pos: &str) -> Result<Priority> {
    match v.get("priority") {
        None | Some(Value::Null) => Ok(Priority::Normal),
        Some(p) => match p.as_str() {
            Some("H") => Ok(Priority::High),
            Some("M") => Ok(Priority::Normal),
            Some("L") => Ok(Priority::Low),
            _ => Err(at(shown, pos, "priority", &t(M::ImportBadValue, &[p, &"H|M|L"]))),
        },
    }
}

/// The task's tags, and its project as the tag `project:<name>`.
fn tags(v: &Value, shown: &str, pos: &str) -> Result<Vec<String>> {
    let mut tags = tags_of(v, shown, pos, "tag")?;
    if let Some(p) = text_of(v, "project")
        .map(|p| clean_tag(&p))
        .filter(|p| !p.is_empty())
    {
        tags.push(format!("project:{p}"));
    }
    Ok(tags)
}

/// The annotations as notes, each on its own date (`assigned` when it has none).
fn notes(v: &Value, shown: &str, pos: &str, assigned: NaiveDate) -> Result<Vec<(NaiveDate, String)>> {
    let mut notes = Vec::new();
    for a in array_of(v, "annotations", shown, pos, "[{entry, description}]")? {
        let text = crate::input::user_text(&text_of(a, "description").unwrap_or_default())
            .map_err(|e| at(shown, pos, "annotations", &e.to_string()))?;
        let date = match a.get("entry").and_then(Value::as_str) {
            None => assigned,
            Some(s) => tw_date(s).ok_or_else(|| {
                at(
                    shown,
                    pos,
                    "annotations",
                    &t(M::ImportBadValue, &[&s, &"20221219T083000Z"]),
                )
            })?,
        };
        notes.push((date, text));
    }
    Ok(notes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2022, m, day).unwrap()
    }

    #[test]
    fn taskwarrior_stamps_become_vietnam_dates() {
        assert_eq!(tw_date("20221219T083000Z"), Some(d(12, 19)));
        // 17:30 UTC is already the next day in Vietnam.
        assert_eq!(tw_date("20221219T173000Z"), Some(d(12, 20)));
        assert_eq!(tw_date("2022-12-19"), None);
    }

    #[test]
    fn taskwarrior_lines_map_status_priority_tags_and_notes() {
        let text = r#"{"uuid":"a","description":"Báo cáo","status":"completed","entry":"20221201T010000Z","end":"20221205T200000Z","priority":"H","project":"Văn Phòng","tags":["urgent"],"annotations":[{"entry":"20221202T020000Z","description":"đã gọi"}]}
{"uuid":"b","description":"Xoá","status":"deleted","entry":"20221201T010000Z"}

{"uuid":"c","description":"Họp","status":"waiting","entry":"20221203T010000Z","due":"20221230T170000Z"}"#;
        let f = read(text.as_bytes(), "x", d(12, 21)).unwrap();
        assert_eq!(f.skipped, 1);
        assert_eq!(f.tasks.len(), 2);
        let a = &f.tasks[0];
        assert_eq!((a.assigned, a.done_on), (d(12, 1), Some(d(12, 6))));
        assert_eq!(a.priority, Priority::High);
        assert_eq!(
            a.tags,
            vec!["urgent".to_string(), "project:văn phòng".to_string()]
        );
        assert_eq!(a.notes, vec![(d(12, 2), "đã gọi".to_string())]);
        assert_eq!(f.tasks[1].due, Some(d(12, 31)));
        assert_eq!(f.tasks[1].done_on, None);
        let bad = r#"[{"description":"x","status":"pending","due":"tomorrow"}]"#;
        assert!(read(bad.as_bytes(), "x", d(12, 21)).is_err());
    }
}
