//! One file per top-level command; this match is the program's index. Commands turn
//! arguments into store calls and hand a `View` to the output: they never print.

pub mod add;
pub mod backup;
pub mod blocker;
pub mod cal;
pub mod check;
pub mod completions;
pub mod contingency;
pub mod doc;
pub mod edit;
pub mod export;
pub mod fact;
pub mod field;
pub mod import;
pub mod import_other;
pub mod init;
pub mod log;
pub mod lunar;
pub mod plan;
pub mod report;
pub mod report_doc;
pub mod report_followups;
pub mod report_merge;
pub mod report_month;
pub mod report_review;
pub mod rm;
pub mod search;
pub mod show;
pub mod status;
pub mod task;
pub mod undo;
pub mod unit;

use crate::app::Ctx;
use crate::cli::Command;
use crate::error::{Error, Result};
use crate::i18n::{M, s, t};
use crate::model::BUILTIN_KINDS;
use crate::text::{clean, fold, suggest};

pub fn run(ctx: &Ctx, cmd: Option<Command>) -> Result<()> {
    let view = match cmd {
        None | Some(Command::Status) => status::run(ctx)?,
        Some(Command::Init(a)) => init::run(ctx, a)?,
        Some(Command::Add(a)) => add::run(ctx, a)?,
        Some(Command::Log(a)) => log::run(ctx, a)?,
        Some(Command::Show(a)) => show::run(ctx, a)?,
        Some(Command::Edit(a)) => edit::run(ctx, a)?,
        Some(Command::Rm(a)) => rm::run(ctx, a)?,
        Some(Command::Undo) => undo::run(ctx)?,
        Some(Command::Task(c)) => task::run(ctx, c)?,
        Some(Command::Plan(c)) => plan::run(ctx, c)?,
        Some(Command::Contingency(c)) => contingency::run(ctx, c)?,
        Some(Command::Report(c)) => report::run(ctx, c)?,
        Some(Command::Unit(c)) => unit::run(ctx, c)?,
        Some(Command::Field(c)) => field::run(ctx, c)?,
        Some(Command::Blocker(c)) => blocker::run(ctx, c)?,
        Some(Command::Doc(c)) => doc::run(ctx, c)?,
        Some(Command::Fact(c)) => fact::run(ctx, c)?,
        Some(Command::Import(a)) => import::run(ctx, a)?,
        Some(Command::Export(a)) => export::run(ctx, a)?,
        Some(Command::Search(a)) => search::run(ctx, a)?,
        Some(Command::Cal(a)) => cal::run(ctx, a)?,
        Some(Command::Backup(a)) => backup::run(ctx, a)?,
        Some(Command::Check(a)) => check::run(ctx, a)?,
        Some(Command::Completions(a)) => completions::run(a)?,
        Some(Command::Man) => completions::man()?,
    };
    ctx.out.emit(view)
}

/// The longest text worklog stores (a pasted document is fine; a runaway pipe is not).
pub const MAX_TEXT: usize = 100_000;

/// Checks and normalises user text: NFC, no control characters, not empty, not huge.
pub fn user_text(raw: &str) -> Result<String> {
    let text = clean(raw.trim());
    if text.trim().is_empty() {
        return Err(Error::input(M::EmptyText, &[]).hint(M::EmptyTextHint, &[]));
    }
    let n = text.chars().count();
    if n > MAX_TEXT {
        return Err(Error::input(M::TextTooLong, &[&n, &MAX_TEXT]));
    }
    Ok(text)
}

/// Text from arguments, `-`/a pipe (standard input), or `$EDITOR` on a terminal.
pub fn gather_text(words: &[String], initial: &str) -> Result<String> {
    use std::io::{IsTerminal, Read};
    let from_stdin = words.len() == 1 && words[0] == "-";
    if !words.is_empty() && !from_stdin {
        return user_text(&words.join(" "));
    }
    if from_stdin || !std::io::stdin().is_terminal() {
        let mut bytes = Vec::new();
        std::io::stdin().read_to_end(&mut bytes)?;
        let s = String::from_utf8(bytes).map_err(|_| Error::input(M::StdinNotUtf8, &[]))?;
        return user_text(&s);
    }
    user_text(&edit_in_editor(initial)?)
}

/// Opens `$VISUAL`/`$EDITOR` on a temporary file holding `initial`; returns what was saved.
pub fn edit_in_editor(initial: &str) -> Result<String> {
    let editor = std::env::var("VISUAL")
        .ok()
        .or_else(|| std::env::var("EDITOR").ok())
        .filter(|e| !e.trim().is_empty())
        .ok_or_else(|| Error::input(M::NoEditor, &[]).hint(M::NoEditorHint, &[]))?;
    let dir = std::env::temp_dir();
    let path = dir.join(format!("worklog-{}.txt", std::process::id()));
    std::fs::write(&path, initial)?;
    let mut parts = editor.split_whitespace();
    let prog = parts.next().unwrap_or("vi");
    let status = std::process::Command::new(prog).args(parts).arg(&path).status();
    let text = std::fs::read_to_string(&path);
    let _ = std::fs::remove_file(&path);
    match status {
        Ok(st) if st.success() => Ok(text?),
        _ => Err(Error::input(M::EditorFailed, &[&editor]).hint(M::NoEditorHint, &[])),
    }
}

/// Every known kind: (key, label in the current language).
pub fn kinds(ctx: &Ctx) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = BUILTIN_KINDS
        .iter()
        .map(|k| (k.to_string(), builtin_kind_label(k).to_string()))
        .collect();
    for (k, label) in &ctx.config.kinds {
        if !v.iter().any(|(key, _)| key == k) {
            v.push((k.clone(), label.clone()));
        }
    }
    v
}

/// The catalogue message naming a built-in kind.
fn builtin_kind_msg(k: &str) -> M {
    match k {
        "advice" => M::WAdvice,
        "draft" => M::WDraft,
        "meeting" => M::WMeeting,
        "inspection" => M::WInspection,
        "coordination" => M::WCoordination,
        "report" => M::WReport,
        "citizen" => M::WCitizen,
        _ => M::WOther,
    }
}

fn builtin_kind_label(k: &str) -> &'static str {
    s(builtin_kind_msg(k))
}

/// The label of a kind key (the key itself when unknown, e.g. removed from config).
pub fn kind_label(ctx: &Ctx, key: &str) -> String {
    kinds(ctx)
        .into_iter()
        .find(|(k, _)| k == key)
        .map(|(_, l)| l)
        .unwrap_or_else(|| key.to_string())
}

/// Resolves a kind typed by the user: its key or its label in either language, without
/// regard to case or diacritics (`tham muu` → `advice`).
pub fn resolve_kind(ctx: &Ctx, input: &str) -> Result<String> {
    let want = fold(input.trim());
    let known = kinds(ctx);
    for (key, label) in &known {
        let mut names = vec![fold(key), fold(label)];
        if BUILTIN_KINDS.contains(&key.as_str()) {
            for l in [crate::i18n::Lang::Vi, crate::i18n::Lang::En] {
                names.push(fold(builtin_kind_msg(key).raw(l)));
            }
        }
        if names.contains(&want) {
            return Ok(key.clone());
        }
    }
    let mut candidates: Vec<&str> = known.iter().map(|(k, _)| k.as_str()).collect();
    candidates.extend(known.iter().map(|(_, l)| l.as_str()));
    let close = suggest(&want, candidates);
    let list = if close.is_empty() {
        known
            .iter()
            .map(|(k, _)| k.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    } else {
        close.join(", ")
    };
    Err(Error::input(M::UnknownKind, &[&input.trim()]).hint(M::UnknownKindHint, &[&list]))
}

/// Parses a record id as typed: `12` or `#12`.
pub fn parse_id(s: &str) -> std::result::Result<i64, String> {
    let t = s.trim().trim_start_matches('#');
    match t.parse::<i64>() {
        Ok(n) if n > 0 => Ok(n),
        _ => Err(match crate::i18n::lang() {
            crate::i18n::Lang::Vi => format!("'{s}' không phải mã bản ghi (một số như 12 hoặc #12)"),
            crate::i18n::Lang::En => format!("'{s}' is not a record id (a number such as 12 or #12)"),
        }),
    }
}

/// The one line a creating command prints: `Đã ghi #12 · Thứ Hai 12/12/2022`.
pub fn saved_line(id: i64, date: chrono::NaiveDate) -> String {
    t(M::Saved, &[&id, &crate::i18n::day(date)])
}
