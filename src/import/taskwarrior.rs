//! Taskwarrior's `task export` (the JSON array, or one JSON object per line) → tasks:
//! title = description; due, entry and end stamps (UTC) become Vietnam dates (UTC+7);
//! pending/waiting → todo, completed → done on its `end` date; deleted tasks and
//! recurring templates are skipped and counted; priority H/M/L → high/normal/low; tags
//! kept; the project becomes a tag `project:<name>`; annotations become notes on the
//! task's timeline, on their own dates.

use super::{array_of, at, clean_tag, tags_of, text_of};
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
    pub notes: Vec<(NaiveDate, String)>,
}

/// What a taskwarrior file holds: the tasks to import and how many were skipped.
#[derive(Debug, Default)]
pub struct TwFile {
    pub tasks: Vec<TwTask>,
    pub skipped: usize,
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
            None => out.skipped += 1,
        }
    }
    Ok(out)
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
    Ok(TwTask {
        title,
        due,
        priority: priority(v, shown, pos)?,
        tags: tags(v, shown, pos)?,
        assigned,
        done_on,
        notes: notes(v, shown, pos, assigned)?,
    })
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
