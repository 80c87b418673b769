//! `import FILE --from jrnl|taskwarrior`: other tools' exports, all or nothing in one
//! transaction (so `--dry-run` and `undo` work as for `--from csv`).
//!
//! - jrnl: the JSON of `jrnl --export json` → log entries: text = title, then the body on
//!   the next line when there is one; jrnl's `@tags` → tags without the `@`; the date as
//!   is; kind `other`. jrnl's plain-text export (and its journal file) is read too: a
//!   line `2022-12-19 08:30 Title` (or `[2022-12-19 08:30] Title`) starts an entry, the
//!   lines after it are its body, and its `@words` are its tags — the way jrnl itself
//!   reads its journal, so a body line that starts with a date and a time starts a new
//!   entry there as well.
//! - taskwarrior: the JSON array of `task export`, or one JSON object per line → tasks:
//!   title = description; due, entry and end stamps (UTC) become Vietnam dates (UTC+7);
//!   pending/waiting → todo, completed → done on its `end` date; deleted tasks and
//!   recurring templates are skipped and counted; priority H/M/L → high/normal/low;
//!   tags kept; the project becomes a tag `project:<name>`; annotations become notes on
//!   the task's timeline, on their own dates.
//!
//! Every item is checked before anything is written; the first bad one is reported with
//! its position (item or line) and field.

use crate::app::Ctx;
use crate::error::{Error, Result};
use crate::i18n::{M, t};
use crate::render::View;
use crate::store::{NewEntry, WriteTx, tasks::NewTask};
use chrono::{FixedOffset, NaiveDate, NaiveDateTime};
use serde_json::Value;

/// Where a bad value is: `item 3` of a JSON array, or `line 3` of a one-object-per-line file.
fn at(shown: &str, pos: &str, field: &str, what: &str) -> Error {
    Error::input(M::ImportItemError, &[&shown, &pos, &field, &what]).hint(M::ImportOtherHint, &[])
}

fn text_of(v: &Value, key: &str) -> Option<String> {
    v.get(key).and_then(Value::as_str).map(str::to_string)
}

/// The array under `key` (empty when absent); anything else is an error naming the field.
fn array_of<'a>(v: &'a Value, key: &str, shown: &str, pos: &str, expected: &str) -> Result<&'a [Value]> {
    match v.get(key) {
        None => Ok(&[]),
        Some(Value::Array(list)) => Ok(list),
        Some(other) => Err(at(shown, pos, key, &t(M::ImportBadValue, &[other, &expected]))),
    }
}

/// The `tags` array of an item, cleaned and without repeats; `example` is one tag as the
/// tool writes it (for the error message).
fn tags_of(v: &Value, shown: &str, pos: &str, example: &str) -> Result<Vec<String>> {
    let mut tags: Vec<String> = Vec::new();
    for tag in array_of(v, "tags", shown, pos, &format!("[\"{example}\"]"))? {
        let s = tag.as_str().ok_or_else(|| {
            at(
                shown,
                pos,
                "tags",
                &t(M::ImportBadValue, &[tag, &format!("\"{example}\"")]),
            )
        })?;
        let s = clean_tag(s);
        if !s.is_empty() && !tags.contains(&s) {
            tags.push(s);
        }
    }
    Ok(tags)
}

fn clean_tag(s: &str) -> String {
    crate::text::tag(s.trim().trim_start_matches('@'))
}

/// `2022-12-19 08:30 Title` or `[2022-12-19 08:30] Title` → (date, title).
fn jrnl_header(line: &str) -> Option<(NaiveDate, &str)> {
    let (bracket, rest) = match line.strip_prefix('[') {
        Some(r) => (true, r),
        None => (false, line),
    };
    let date = NaiveDate::parse_from_str(rest.get(..10)?, "%Y-%m-%d").ok()?;
    let rest = rest.get(10..)?.strip_prefix(' ')?;
    chrono::NaiveTime::parse_from_str(rest.get(..5)?, "%H:%M").ok()?;
    let mut rest = rest.get(5..)?;
    if bracket {
        rest = rest.strip_prefix(']')?;
    }
    if !(rest.is_empty() || rest.starts_with(' ')) {
        return None;
    }
    Some((date, rest.trim()))
}

/// jrnl's plain text → entries; tags are the `@words` of the text.
fn read_jrnl_text(text: &str, shown: &str) -> Result<Vec<NewEntry>> {
    let mut raw: Vec<(usize, NaiveDate, String, Vec<&str>)> = Vec::new();
    for (i, line) in text.lines().enumerate() {
        match jrnl_header(line) {
            Some((date, title)) => raw.push((i + 1, date, title.to_string(), Vec::new())),
            None if raw.is_empty() && !line.trim().is_empty() => {
                let pos = t(M::ImportAtLine, &[&(i + 1)]);
                return Err(at(
                    shown,
                    &pos,
                    "date",
                    &t(M::ImportBadValue, &[&line.trim(), &"2022-12-19 08:30 …"]),
                ));
            }
            None => {
                if let Some(last) = raw.last_mut() {
                    last.3.push(line);
                }
            }
        }
    }
    let mut out = Vec::new();
    for (line, date, title, body) in raw {
        let body = body.join("\n");
        let joined = if body.trim().is_empty() {
            title.clone()
        } else {
            format!("{title}\n{}", body.trim())
        };
        let pos = t(M::ImportAtLine, &[&line]);
        let text = crate::input::user_text(&joined).map_err(|e| at(shown, &pos, "title", &e.to_string()))?;
        let mut tags: Vec<String> = Vec::new();
        for w in text.split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '(' | ')')) {
            if let Some(tag) = w.strip_prefix('@') {
                let tag = clean_tag(tag.trim_end_matches(['.', ':', '!', '?']));
                if !tag.is_empty() && !tags.contains(&tag) {
                    tags.push(tag);
                }
            }
        }
        out.push(NewEntry {
            date: Some(date),
            text,
            kind: "other".into(),
            tags,
            ..NewEntry::default()
        });
    }
    Ok(out)
}

/// A jrnl export (JSON, or plain text) → entries.
pub fn read_jrnl(bytes: &[u8], shown: &str) -> Result<Vec<NewEntry>> {
    let text = std::str::from_utf8(bytes).map_err(|_| Error::input(M::ExportNotJson, &[&shown, &"UTF-8"]))?;
    let text = text.trim_start_matches('\u{feff}');
    if !text.trim_start().starts_with('{') {
        return read_jrnl_text(text, shown);
    }
    let v: Value = serde_json::from_slice(bytes)
        .map_err(|e| Error::input(M::ExportNotJson, &[&shown, &e]).hint(M::ImportOtherHint, &[]))?;
    let Some(items) = v.get("entries").and_then(Value::as_array) else {
        return Err(at(shown, "-", "entries", &t(M::ImportMissingField, &[])));
    };
    let mut out = Vec::new();
    for (i, e) in items.iter().enumerate() {
        let pos = t(M::ImportAtItem, &[&(i + 1)]);
        let title = text_of(e, "title").unwrap_or_default();
        let body = text_of(e, "body").unwrap_or_default();
        let joined = if body.trim().is_empty() {
            title.trim().to_string()
        } else if title.trim().is_empty() {
            body.trim().to_string()
        } else {
            format!("{}\n{}", title.trim(), body.trim())
        };
        let text = crate::input::user_text(&joined).map_err(|e| at(shown, &pos, "title", &e.to_string()))?;
        let date_s = text_of(e, "date").unwrap_or_default();
        let date = NaiveDate::parse_from_str(date_s.trim(), "%Y-%m-%d").map_err(|_| {
            at(
                shown,
                &pos,
                "date",
                &t(M::ImportBadValue, &[&date_s, &"2022-12-19"]),
            )
        })?;
        let tags = tags_of(e, shown, &pos, "@tag")?;
        out.push(NewEntry {
            date: Some(date),
            text,
            kind: "other".into(),
            tags,
            ..NewEntry::default()
        });
    }
    Ok(out)
}

/// One taskwarrior task, checked, ready to insert.
#[derive(Debug, Clone)]
pub struct TwTask {
    pub task: NewTask,
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
pub fn read_taskwarrior(bytes: &[u8], shown: &str, today: NaiveDate) -> Result<TwFile> {
    let text = std::str::from_utf8(bytes).map_err(|_| Error::input(M::ExportNotJson, &[&shown, &"UTF-8"]))?;
    let text = text.trim_start_matches('\u{feff}');
    let items: Vec<(String, Value)> = if text.trim_start().starts_with('[') {
        let v: Vec<Value> = serde_json::from_str(text)
            .map_err(|e| Error::input(M::ExportNotJson, &[&shown, &e]).hint(M::ImportOtherHint, &[]))?;
        v.into_iter()
            .enumerate()
            .map(|(i, v)| (t(M::ImportAtItem, &[&(i + 1)]), v))
            .collect()
    } else {
        let mut v = Vec::new();
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let pos = t(M::ImportAtLine, &[&(i + 1)]);
            let obj: Value = serde_json::from_str(line).map_err(|e| at(shown, &pos, "-", &e.to_string()))?;
            v.push((pos, obj));
        }
        v
    };
    let mut out = TwFile::default();
    for (pos, v) in items {
        if !v.is_object() {
            return Err(at(shown, &pos, "-", &t(M::ImportNotObject, &[])));
        }
        let stamp =
            |key: &str| -> Result<Option<NaiveDate>> {
                match v.get(key) {
                    None | Some(Value::Null) => Ok(None),
                    Some(x) => x.as_str().and_then(tw_date).map(Some).ok_or_else(|| {
                        at(shown, &pos, key, &t(M::ImportBadValue, &[x, &"20221219T083000Z"]))
                    }),
                }
            };
        let status = text_of(&v, "status").unwrap_or_default();
        match status.as_str() {
            "pending" | "waiting" | "completed" => {}
            "deleted" | "recurring" => {
                out.skipped += 1;
                continue;
            }
            other => {
                return Err(at(
                    shown,
                    &pos,
                    "status",
                    &t(
                        M::ImportBadValue,
                        &[&other, &"pending|waiting|completed|deleted|recurring"],
                    ),
                ));
            }
        }
        let title = crate::input::user_text(&text_of(&v, "description").unwrap_or_default())
            .map_err(|e| at(shown, &pos, "description", &e.to_string()))?;
        let assigned = stamp("entry")?.unwrap_or(today);
        let due = stamp("due")?;
        let done_on = if status == "completed" {
            let end = stamp("end")?.or(stamp("modified")?).unwrap_or(assigned);
            Some(end.max(assigned))
        } else {
            None
        };
        let priority = match v.get("priority") {
            None | Some(Value::Null) => "normal",
            Some(p) => match p.as_str() {
                Some("H") => "high",
                Some("M") => "normal",
                Some("L") => "low",
                _ => return Err(at(shown, &pos, "priority", &t(M::ImportBadValue, &[p, &"H|M|L"]))),
            },
        };
        let mut tags = tags_of(&v, shown, &pos, "tag")?;
        if let Some(p) = text_of(&v, "project")
            .map(|p| clean_tag(&p))
            .filter(|p| !p.is_empty())
        {
            tags.push(format!("project:{p}"));
        }
        let mut notes = Vec::new();
        for a in array_of(&v, "annotations", shown, &pos, "[{entry, description}]")? {
            let text = crate::input::user_text(&text_of(a, "description").unwrap_or_default())
                .map_err(|e| at(shown, &pos, "annotations", &e.to_string()))?;
            let date = match a.get("entry").and_then(Value::as_str) {
                None => assigned,
                Some(s) => tw_date(s).ok_or_else(|| {
                    at(
                        shown,
                        &pos,
                        "annotations",
                        &t(M::ImportBadValue, &[&s, &"20221219T083000Z"]),
                    )
                })?,
            };
            notes.push((date, text));
        }
        out.tasks.push(TwTask {
            task: NewTask {
                title,
                due,
                priority: priority.into(),
                tags,
                ..NewTask::default()
            },
            assigned,
            done_on,
            notes,
        });
    }
    Ok(out)
}

fn insert_tasks(tx: &WriteTx, tasks: &[TwTask]) -> Result<()> {
    for tw in tasks {
        let id = tx.insert_task(&tw.task, tw.assigned)?;
        for (date, text) in &tw.notes {
            tx.add_task_event(id, *date, "note", Some(text), (None, None))?;
        }
        if let Some(d) = tw.done_on {
            tx.set_task_status(id, "done", d)?;
            tx.add_task_event(id, d, "done", None, (None, None))?;
        }
    }
    Ok(())
}

/// `--from jrnl` and `--from taskwarrior`.
pub fn run(ctx: &Ctx, bytes: &[u8], shown: &str, taskwarrior: bool) -> Result<View> {
    let mut store = ctx.store_rw()?;
    if taskwarrior {
        let file = read_taskwarrior(bytes, shown, ctx.today())?;
        let tx = store.begin_write()?;
        insert_tasks(&tx, &file.tasks)?;
        let n = file.tasks.len();
        tx.finish(&t(M::UndoImportTasks, &[&n, &shown]), ctx.dry_run)?;
        let m = if ctx.dry_run {
            M::ImportTasksWould
        } else {
            M::ImportedTasks
        };
        return Ok(View::Message {
            lines: vec![t(m, &[&n, &shown, &file.skipped])],
            json: serde_json::json!({"imported": if ctx.dry_run { 0 } else { n }, "tasks": n, "skipped": file.skipped, "file": shown, "dry_run": ctx.dry_run}),
        });
    }
    let entries = read_jrnl(bytes, shown)?;
    let mut tx = store.begin_write()?;
    tx.bulk_inserts()?;
    let n = tx.insert_entries_bulk(&entries)?;
    tx.finish(&t(M::UndoImport, &[&n, &shown]), ctx.dry_run)?;
    let m = if ctx.dry_run {
        M::ImportWouldAdd
    } else {
        M::Imported
    };
    Ok(View::Message {
        lines: vec![t(m, &[&n, &shown])],
        json: serde_json::json!({"imported": if ctx.dry_run { 0 } else { n }, "rows": n, "file": shown, "dry_run": ctx.dry_run}),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2022, m, day).unwrap()
    }

    #[test]
    fn jrnl_plain_text_entries_and_tags() {
        let text = "2022-12-19 08:30 Họp giao ban @giaoban\nThống nhất với @yte.\n\n[2022-12-20 14:00] Soạn công văn\n";
        let v = read_jrnl(text.as_bytes(), "x").unwrap();
        assert_eq!(v.len(), 2);
        assert_eq!(v[0].date, Some(d(12, 19)));
        assert_eq!(v[0].text, "Họp giao ban @giaoban\nThống nhất với @yte.");
        assert_eq!(v[0].tags, vec!["giaoban".to_string(), "yte".to_string()]);
        assert_eq!(
            (v[1].date, v[1].text.as_str()),
            (Some(d(12, 20)), "Soạn công văn")
        );
        assert!(jrnl_header("2022-12-19 8:30 x").is_none());
        assert!(jrnl_header("2022-12-19 08:30x").is_none());
        assert!(read_jrnl(b"hello\n2022-12-19 08:30 x", "x").is_err());
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
        let f = read_taskwarrior(text.as_bytes(), "x", d(12, 21)).unwrap();
        assert_eq!(f.skipped, 1);
        assert_eq!(f.tasks.len(), 2);
        let a = &f.tasks[0];
        assert_eq!((a.assigned, a.done_on), (d(12, 1), Some(d(12, 6))));
        assert_eq!(a.task.priority, "high");
        assert_eq!(
            a.task.tags,
            vec!["urgent".to_string(), "project:văn phòng".to_string()]
        );
        assert_eq!(a.notes, vec![(d(12, 2), "đã gọi".to_string())]);
        assert_eq!(f.tasks[1].task.due, Some(d(12, 31)));
        assert_eq!(f.tasks[1].done_on, None);
        let bad = r#"[{"description":"x","status":"pending","due":"tomorrow"}]"#;
        assert!(read_taskwarrior(bad.as_bytes(), "x", d(12, 21)).is_err());
    }
}
