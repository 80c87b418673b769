//! Reading what the user typed into checked values: text from arguments, standard input
//! or `$EDITOR` (never inside a transaction), record ids, kinds of work, plan periods,
//! document numbers.

use crate::calendar::Calendar;
use crate::config::Config;
use crate::dates::{Period, PeriodKind, parse_period};
use crate::error::{Error, Result};
use crate::i18n::M;
use crate::model::BUILTIN_KINDS;
use crate::text::{clean, fold, suggest};
use chrono::NaiveDate;

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
    edit_with(&editor, initial)
}

/// Runs `editor` (a program and its arguments) on a temporary file holding `initial`.
fn edit_with(editor: &str, initial: &str) -> Result<String> {
    // A private (0600) file created exclusively under a random name: nothing another
    // user planted in the temp folder (a symlink, a file) is opened or followed (R9).
    let mut file = tempfile::Builder::new()
        .prefix("worklog-")
        .suffix(".txt")
        .tempfile()?;
    {
        use std::io::Write;
        file.write_all(initial.as_bytes())?;
        file.flush()?;
    }
    let path = file.path().to_path_buf();
    let mut parts = editor.split_whitespace();
    let prog = parts.next().unwrap_or("vi");
    let status = std::process::Command::new(prog).args(parts).arg(&path).status();
    // Editors often save by writing a new file and renaming it over this name: read by
    // name, then remove whatever is there.
    let text = std::fs::read_to_string(&path);
    let _ = file.close();
    let _ = std::fs::remove_file(&path);
    match status {
        Ok(st) if st.success() => Ok(text?),
        _ => Err(Error::input(M::EditorFailed, &[&editor]).hint(M::NoEditorHint, &[])),
    }
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

/// Resolves a kind typed by the user: its key or its label in either language, without
/// regard to case or diacritics (`tham muu` → `advice`).
pub fn resolve_kind(config: &Config, input: &str) -> Result<String> {
    let want = fold(input.trim());
    let known = crate::render::labels::kinds(&config.kinds);
    for (key, label) in &known {
        let mut names = vec![fold(key), fold(label)];
        if BUILTIN_KINDS.contains(&key.as_str()) {
            for l in [crate::i18n::Lang::Vi, crate::i18n::Lang::En] {
                names.push(fold(crate::render::labels::builtin_kind_msg(key).raw(l)));
            }
        }
        if names.contains(&want) {
            return Ok(key.clone());
        }
    }
    // Listed as the user types them: the labels in Vietnamese (`tham mưu`), the keys in
    // English (`advice`).
    let shown: Vec<String> = known
        .iter()
        .map(|(k, l)| match crate::i18n::lang() {
            crate::i18n::Lang::Vi => lowercase_first(l),
            crate::i18n::Lang::En => k.clone(),
        })
        .collect();
    let close = suggest(&want, shown.iter().map(String::as_str));
    let list = if close.is_empty() {
        shown.join(", ")
    } else {
        close.join(", ")
    };
    Err(Error::input(M::UnknownKind, &[&input.trim()]).hint(M::UnknownKindHint, &[&list]))
}

/// `Soạn thảo văn bản` → `soạn thảo văn bản`: a label as typed after `-k`.
fn lowercase_first(label: &str) -> String {
    let mut c = label.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}

/// A plan period as stored: the label of a week or a month (`--plan week`, `2022-12`).
pub fn plan_label(input: &str, today: NaiveDate, cal: &Calendar) -> Result<Period> {
    let p = parse_period(input, today, cal)?;
    if !matches!(p.kind, PeriodKind::Week | PeriodKind::Month) {
        return Err(Error::input(M::NotAPlanPeriod, &[&input]).hint(M::NotAPlanPeriodHint, &[]));
    }
    Ok(p)
}

/// Checks a typed document number; a malformed one is an input error listing the
/// accepted forms.
pub fn valid_number(input: &str) -> Result<String> {
    crate::model::docnum::parse(input)
        .map(|p| p.text)
        .ok_or_else(|| Error::input(M::DocBadNumber, &[&input.trim()]).hint(M::DocBadNumberHint, &[]))
}

/// What to do with one unfinished item of an earlier plan, as answered at the carry
/// question of `plan week|month`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CarryChoice {
    Carry,
    Drop,
    Leave,
}

/// An answer to the carry question: one item's choice, or "carry this one and every one
/// still to be asked" (`tất cả`/`all`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CarryAnswer {
    One(CarryChoice),
    All,
}

/// Reads an answer to the carry question: có/c/yes/y/carry/chuyển carries, không/k/no/n/
/// leave/để lại (or an empty answer) leaves the item, d/drop/dừng/bỏ drops it, tất cả/t/
/// all/a carries it and every later one. `đ` is "để lại", not "dừng": initials are
/// compared before any folding of diacritics.
pub fn parse_carry_answer(answer: &str) -> Option<CarryAnswer> {
    use CarryAnswer::{All, One};
    let a = answer.trim().to_lowercase();
    let folded = fold(&a);
    let folded = folded.split_whitespace().collect::<Vec<_>>().join(" ");
    match folded.as_str() {
        "" => return Some(One(CarryChoice::Leave)),
        "co" | "yes" | "carry" | "chuyen" | "chuyen tiep" | "dong y" => return Some(One(CarryChoice::Carry)),
        "drop" | "dung" | "bo" => return Some(One(CarryChoice::Drop)),
        "khong" | "no" | "leave" | "de lai" | "giu" | "giu lai" => return Some(One(CarryChoice::Leave)),
        "tat ca" | "all" | "chuyen tat ca" | "carry all" => return Some(All),
        _ => {}
    }
    match a.as_str() {
        "c" | "y" => Some(One(CarryChoice::Carry)),
        "d" | "b" => Some(One(CarryChoice::Drop)),
        "l" | "đ" | "g" | "n" | "k" => Some(One(CarryChoice::Leave)),
        "t" | "a" => Some(All),
        _ => None,
    }
}

/// Parses a `--reason ID=TEXT` of `plan close`.
pub fn parse_reason(raw: &str) -> Result<(i64, String)> {
    let bad = || Error::input(M::BadReason, &[&raw]).hint(M::BadReasonHint, &[]);
    let (id, text) = raw.split_once('=').ok_or_else(bad)?;
    let id = parse_id(id).map_err(|_| bad())?;
    Ok((id, user_text(text)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// R9: the editor's buffer is a 0600 file under a random name (not the predictable
    /// `worklog-<pid>.txt` a planted symlink could catch), gone afterwards.
    #[cfg(unix)]
    #[test]
    fn the_editor_buffer_is_private_random_and_removed() {
        let dir = tempfile::tempdir().unwrap();
        let seen = dir.path().join("seen");
        let script = dir.path().join("ed.sh");
        std::fs::write(
            &script,
            format!(
                "#!/bin/sh\nstat -c '%a' \"$1\" > '{0}'\necho \"$1\" >> '{0}'\nprintf ' sửa' >> \"$1\"\n",
                seen.display()
            ),
        )
        .unwrap();
        std::fs::set_permissions(&script, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
        let text = edit_with(&format!("sh {}", script.display()), "Họp").unwrap();
        assert_eq!(text, "Họp sửa");
        let seen = std::fs::read_to_string(&seen).unwrap();
        let mut lines = seen.lines();
        assert_eq!(lines.next(), Some("600"));
        let path = std::path::PathBuf::from(lines.next().unwrap());
        assert_ne!(
            path.file_name().unwrap().to_string_lossy(),
            format!("worklog-{}.txt", std::process::id())
        );
        assert!(!path.exists());
    }

    #[test]
    fn carry_answers_in_both_languages() {
        use CarryAnswer::{All, One};
        let p = parse_carry_answer;
        for a in ["c", "có", "Có", "co", "y", "yes", "Chuyển", "carry"] {
            assert_eq!(p(a), Some(One(CarryChoice::Carry)), "{a}");
        }
        for a in ["d", "dừng", "bỏ", "drop"] {
            assert_eq!(p(a), Some(One(CarryChoice::Drop)), "{a}");
        }
        for a in ["k", "không", "KHÔNG", "khong", "n", "no", "đ", "để lại", "l", ""] {
            assert_eq!(p(a), Some(One(CarryChoice::Leave)), "{a}");
        }
        for a in ["tất cả", "Tất  cả", "tat ca", "t", "all", "a"] {
            assert_eq!(p(a), Some(All), "{a}");
        }
        assert_eq!(p("x"), None);
    }

    #[test]
    fn reasons_are_id_equals_text() {
        assert_eq!(
            parse_reason("12=Chờ số liệu").unwrap(),
            (12, "Chờ số liệu".to_string())
        );
        assert_eq!(parse_reason("#12= Chờ ").unwrap(), (12, "Chờ".to_string()));
        assert!(parse_reason("12").is_err());
        assert!(parse_reason("x=y").is_err());
        assert!(parse_reason("12=  ").is_err());
    }
}
