//! Shell completion that knows the data (SPEC §3 `completions`): the shell calls
//! `COMPLETE=bash worklog -- worklog task list -u ld` on Tab, and the candidates come
//! from the user's database and config — unit aliases (also `@alias` in a text), field
//! keys, kinds of work, tags, document numbers, leaders, plans, record ids with their
//! text — or from the fixed sets (priorities, remedies, levels, unit kinds, named
//! periods) with their labels, in the user's language.
//!
//! A completion request builds the command tree with a completer on every argument that
//! names data (`completer_for`, by the argument's name and command), so a normal run
//! builds and pays for none of them, and a new `-u`, `-f` or `--task` anywhere completes
//! without being told (a test walks the tree for the ones left out). They read through
//! `store::complete::Lookup` (read-only, never migrated, never created); whatever goes
//! wrong — no database, a damaged or locked one, a broken config — gives no candidates,
//! never a message. `worklog completions SHELL` prints the script that registers this.

use crate::config::{self, Config};
use crate::error::{Error, Result};
use crate::i18n::{self, Lang, M};
use crate::model::{DocLevel, Priority, Remedy, UnitKind};
use crate::render::labels;
use crate::store::complete::{IdSet, IdText, Lookup};
use crate::text::fold;
use clap_complete::engine::{ArgValueCompleter, CompletionCandidate};
use clap_complete::env::{Bash, Elvish, EnvCompleter, Fish, Powershell, Zsh};
use std::ffi::{OsStr, OsString};
use std::path::PathBuf;

/// The environment variable the shell scripts set (clap_complete's protocol).
const VAR: &str = "COMPLETE";
/// At most this many record ids are offered at once (the newest first).
const MAX_IDS: usize = 50;
/// A candidate's help is cut to this many characters.
const HELP_CHARS: usize = 60;

/// Answers a completion request when the shell made one (`COMPLETE` set): `None` on a
/// normal run, which pays one environment look-up for it.
pub fn from_env() -> Option<Result<()>> {
    let shell = std::env::var_os(VAR).filter(|v| !v.is_empty() && v != "0")?;
    Some(answer(&shell))
}

fn answer(shell: &OsStr) -> Result<()> {
    // `COMPLETE=$SHELL` is allowed: the name of the program, without its folder.
    let name = std::path::Path::new(shell)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let lang = crate::cli_i18n::early_lang(&words_os());
    i18n::set_lang(lang);
    if env_completer(&name).is_none() {
        return Err(Error::input(M::CompleteUnknownShell, &[&shell.to_string_lossy()])
            .hint(M::CompleteUnknownShellHint, &[]));
    }
    let current_dir = std::env::current_dir().ok();
    // Option and command descriptions in the user's language too, for the shells that
    // show them (bash and elvish show values only: the plain tree is quicker to build).
    let described = matches!(name.as_str(), "zsh" | "fish" | "powershell");
    let tree_lang = if described { lang } else { Lang::En };
    // Without words after `--` this prints the registration script (`COMPLETE=bash
    // worklog`, clap_complete's own way). A request the engine cannot answer (a word
    // past the end…) offers nothing, quietly.
    let _ = clap_complete::CompleteEnv::with_factory(move || {
        with_completers(crate::cli_i18n::command(tree_lang), &[])
    })
    .try_complete(std::env::args_os(), current_dir.as_deref());
    Ok(())
}

fn env_completer(name: &str) -> Option<&'static dyn EnvCompleter> {
    Some(match name {
        "bash" => &Bash,
        "zsh" => &Zsh,
        "fish" => &Fish,
        "elvish" => &Elvish,
        "powershell" => &Powershell,
        _ => return None,
    })
}

/// The script `worklog completions SHELL` prints: it registers the dynamic completion
/// (the shell asks this program on every Tab) for `worklog`.
pub fn registration(shell: clap_complete::Shell) -> Vec<u8> {
    let name = shell.to_string();
    let mut buf = Vec::new();
    match env_completer(&name) {
        Some(c) => {
            // The program to call back, as clap_complete's own `COMPLETE=bash worklog` says
            // it: the name as typed, made absolute when it was a relative path.
            let mut program = std::env::args_os()
                .next()
                .map(PathBuf::from)
                .unwrap_or_else(|| PathBuf::from("worklog"));
            if program.components().count() > 1 && program.is_relative() {
                if let Ok(dir) = std::env::current_dir() {
                    program = dir.join(program);
                }
            }
            let _ = c.write_registration(VAR, "worklog", "worklog", &program.to_string_lossy(), &mut buf);
        }
        // A shell clap_complete adds later: its static script.
        None => {
            use clap::CommandFactory;
            clap_complete::generate(shell, &mut crate::cli::Cli::command(), "worklog", &mut buf);
        }
    }
    buf
}

/// The words of the command line being completed: what follows the protocol's `--`.
fn words_os() -> Vec<OsString> {
    std::env::args_os().skip_while(|a| a != "--").skip(1).collect()
}

/// Where completers read from: the database and config the command being typed would use
/// (its `--db` and `--config`, else the environment and the config's `db`).
pub struct Source {
    pub db: Option<PathBuf>,
    pub config: Config,
    /// The command line typed so far, from `worklog`; its last word is being completed.
    pub words: Vec<String>,
    pub today: Option<chrono::NaiveDate>,
}

impl Source {
    /// The source of the running completion request.
    pub fn from_process() -> Source {
        let words: Vec<String> = words_os()
            .into_iter()
            .map(|w| w.to_string_lossy().into_owned())
            .collect();
        Source::for_words(words)
    }

    /// The source for a command line typed so far.
    pub fn for_words(words: Vec<String>) -> Source {
        let value_of = |name: &str| -> Option<PathBuf> {
            let mut it = words.iter().take_while(|w| *w != "--");
            while let Some(w) = it.next() {
                if w == name {
                    return it.next().map(PathBuf::from);
                }
                if let Some(v) = w.strip_prefix(name).and_then(|r| r.strip_prefix('=')) {
                    return Some(PathBuf::from(v));
                }
            }
            None
        };
        let db_flag = value_of("--db");
        let (config_path, _) = config::config_path(value_of("--config").as_deref());
        let (config, db) = match Config::load(&config_path) {
            Ok(c) => {
                let db = config::db_path(db_flag.as_deref(), &c);
                (c, Some(db))
            }
            // A broken config may name another database: only an explicit one is read.
            Err(_) => {
                let explicit = db_flag.or_else(|| {
                    std::env::var_os("WORKLOG_DB")
                        .filter(|p| !p.is_empty())
                        .map(PathBuf::from)
                });
                (Config::default(), explicit)
            }
        };
        let today = crate::clock::Clock::from_env().ok().map(|c| c.today());
        Source {
            db,
            config,
            words,
            today,
        }
    }

    fn lookup(&self) -> Option<Lookup> {
        Lookup::open(self.db.as_deref()?)
    }

    /// The kind of the record an `edit` command line names (`edit 3 …`).
    fn edited_kind(&self) -> Option<crate::model::RecordKind> {
        match self.plain_words().as_slice() {
            ["edit", id, ..] => self.lookup()?.kind_of(id.parse().ok()?),
            _ => None,
        }
    }

    /// The words typed after `worklog` that are not options, nor the values of the
    /// global options (`worklog --lang vi edit 3 …` → `edit 3 …`); the last one is the
    /// word being completed, when it is not an option.
    fn plain_words(&self) -> Vec<&str> {
        let mut plain = Vec::new();
        let mut it = self.words.iter().skip(1);
        while let Some(w) = it.next() {
            if ["--db", "--config", "--lang", "--format", "-o", "--output"].contains(&w.as_str()) {
                it.next();
            } else if !w.starts_with('-') || w == "-" {
                plain.push(w.as_str());
            }
        }
        plain
    }
}

fn candidate(value: impl Into<OsString>, help: Option<String>) -> CompletionCandidate {
    CompletionCandidate::new(value).help(help.map(|h| short_help(&h).into()))
}

/// One line of at most `HELP_CHARS` characters.
fn short_help(text: &str) -> String {
    let line: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if line.chars().count() <= HELP_CHARS {
        return line;
    }
    let mut cut: String = line.chars().take(HELP_CHARS - 1).collect();
    cut.push('…');
    cut
}

/// Whether `value` (or its label) starts with what was typed, without regard to case
/// or diacritics (`hop` finds the kind labelled "Hội họp"… by its folded label).
fn starts(typed: &str, texts: &[&str]) -> bool {
    let typed = fold(typed);
    texts.iter().any(|t| fold(t).starts_with(&typed))
}

fn typed(current: &OsStr) -> String {
    current.to_string_lossy().into_owned()
}

// ---- the candidates, from a source --------------------------------------------------

/// Unit aliases with their names; retired units only when nothing in service matches.
pub fn unit_candidates(src: &Source, current: &str) -> Vec<CompletionCandidate> {
    let Some(l) = src.lookup() else {
        return Vec::new();
    };
    let current = current.trim_start_matches('@');
    let mut out = Vec::new();
    for u in l.units() {
        if !starts(current, &[&u.alias]) {
            continue;
        }
        let retired = match (u.retired, src.today) {
            (Some(r), Some(today)) => r <= today,
            (Some(_), None) => true,
            _ => false,
        };
        let help = match u.retired {
            Some(r) if retired => format!("{} ({})", u.name, i18n::t(M::CompleteRetired, &[&i18n::date(r)])),
            _ => u.name,
        };
        out.push(candidate(u.alias, Some(help)).hide(retired));
    }
    out
}

pub fn field_candidates(src: &Source, current: &str) -> Vec<CompletionCandidate> {
    let Some(l) = src.lookup() else {
        return Vec::new();
    };
    l.fields()
        .into_iter()
        .filter(|(k, _)| starts(current, &[k]))
        .map(|(k, n)| candidate(k, Some(n)))
        .collect()
}

/// Kinds of work: the built-in ones and config `[kinds]`, found by key or label; the
/// kinds of units when `edit` corrects a unit (`edit 3 --kind …`).
pub fn kind_candidates(src: &Source, current: &str) -> Vec<CompletionCandidate> {
    if src.edited_kind() == Some(crate::model::RecordKind::Unit) {
        return unit_kind_candidates(current);
    }
    labels::kinds(&src.config.kinds)
        .into_iter()
        .filter(|(k, l)| starts(current, &[k, l]))
        .map(|(k, l)| candidate(k, Some(l)))
        .collect()
}

pub fn tag_candidates(src: &Source, current: &str) -> Vec<CompletionCandidate> {
    let Some(l) = src.lookup() else {
        return Vec::new();
    };
    let current = current.trim_start_matches('#');
    l.tags()
        .into_iter()
        .filter(|(t, _)| starts(current, &[t]))
        .map(|(t, n)| {
            let help = match n {
                1 => i18n::s(M::CompleteTagOnce).to_string(),
                n => i18n::t(M::CompleteTagUses, &[&n]),
            };
            candidate(t, Some(help))
        })
        .collect()
}

pub fn doc_candidates(src: &Source, current: &str) -> Vec<CompletionCandidate> {
    let Some(l) = src.lookup() else {
        return Vec::new();
    };
    l.doc_numbers()
        .into_iter()
        .filter(|(n, _)| starts(current, &[n]))
        .map(|(n, t)| candidate(n, Some(t)))
        .collect()
}

/// Leaders of config `[leaders]` (`consult add --leader`).
pub fn leader_candidates(src: &Source, current: &str) -> Vec<CompletionCandidate> {
    src.config
        .leaders
        .iter()
        .filter(|(a, n)| starts(current, &[a, n]))
        .map(|(a, n)| candidate(a.clone(), Some(n.clone())))
        .collect()
}

/// The ids of `set` that start with the digits typed, the newest first, each with its
/// text (and its kind when any kind is taken).
pub fn id_candidates(src: &Source, set: IdSet, current: &str) -> Vec<CompletionCandidate> {
    let Some(l) = src.lookup() else {
        return Vec::new();
    };
    let with_kind = matches!(set, IdSet::Any | IdSet::Editable);
    l.ids(set, current.trim_start_matches('#'), MAX_IDS)
        .into_iter()
        .map(|IdText { id, kind, text }| {
            let help = if with_kind {
                format!("{}: {text}", labels::record_kind_label(kind))
            } else {
                text
            };
            candidate(id.to_string(), Some(help))
        })
        .collect()
}

/// A word of an entry's or task's text that starts with `@`: the units, as `@alias`.
pub fn inline_unit_candidates(src: &Source, current: &str) -> Vec<CompletionCandidate> {
    if !current.starts_with('@') {
        return Vec::new();
    }
    unit_candidates(src, current)
        .into_iter()
        .map(|c| c.add_prefix("@"))
        .collect()
}

/// `plan goal done ID`: `done` first, then the goals not yet achieved.
pub fn goal_done_candidates(src: &Source, current: &str) -> Vec<CompletionCandidate> {
    let plain = src.plain_words();
    match plain.as_slice() {
        ["plan", "goal", typed] if "done".starts_with(*typed) => {
            vec![candidate("done", Some(i18n::s(M::CompleteGoalDone).to_string()))]
        }
        ["plan", "goal", "done", _] => id_candidates(src, IdSet::OpenGoals, current),
        _ => Vec::new(),
    }
}

/// Which periods an argument takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Periods {
    /// Any period (`log`, `export`, `search -p`).
    Any,
    /// A week or a month, and the plans made (`--plan`, `task move`, `plan close`).
    Plan,
    /// A week, and the week plans made.
    Week,
    /// A month, and the month plans made.
    Month,
    /// What a month report covers: a month, quarter, half or year.
    Report,
}

/// The named periods (`week`, `last-month`…) with the days each covers today, then the
/// plans of the database for the arguments that take a plan.
pub fn period_candidates(src: &Source, which: Periods, current: &str) -> Vec<CompletionCandidate> {
    use crate::dates::PeriodKind as K;
    let takes = |k: K| match which {
        Periods::Any => true,
        Periods::Plan => matches!(k, K::Week | K::Month),
        Periods::Week => k == K::Week,
        Periods::Month => k == K::Month,
        Periods::Report => !matches!(k, K::Day | K::Week | K::Range),
    };
    let span =
        |from: chrono::NaiveDate, to: chrono::NaiveDate| format!("{} – {}", i18n::date(from), i18n::date(to));
    let mut out = Vec::new();
    let (Some(today), Ok(cal)) = (
        src.today,
        crate::calendar::Calendar::try_new(src.config.calendar.clone()),
    ) else {
        return out;
    };
    const NAMED: &[&str] = &[
        "today",
        "yesterday",
        "week",
        "last-week",
        "month",
        "last-month",
        "year",
        "last-year",
    ];
    for name in NAMED {
        let Ok(p) = crate::dates::parse_period(name, today, &cal) else {
            continue;
        };
        if takes(p.kind) && starts(current, &[name]) {
            let help = match p.kind {
                K::Day => i18n::day(p.from),
                _ => format!("{} · {}", p.label, span(p.from, p.to)),
            };
            out.push(candidate(*name, Some(help)));
        }
    }
    if which != Periods::Any && which != Periods::Report {
        if let Some(l) = src.lookup() {
            for (label, from, to) in l.plans() {
                let week = label.contains("-W");
                let wanted = match which {
                    Periods::Week => week,
                    Periods::Month => !week,
                    _ => true,
                };
                if wanted && starts(current, &[&label]) {
                    out.push(candidate(label, Some(span(from, to))));
                }
            }
        }
    }
    out
}

/// A fixed set of keys with their labels, found by key or label.
fn keyed<T: Copy>(
    keys: &[&'static str],
    parse: fn(&str) -> Option<T>,
    label: fn(T) -> &'static str,
    current: &str,
) -> Vec<CompletionCandidate> {
    keys.iter()
        .filter_map(|k| Some((*k, label(parse(k)?))))
        .filter(|(k, l)| starts(current, &[k, l]))
        .map(|(k, l)| candidate(k, Some(l.to_string())))
        .collect()
}

pub fn priority_candidates(current: &str) -> Vec<CompletionCandidate> {
    keyed(Priority::KEYS, Priority::parse, labels::priority_label, current)
}

pub fn remedy_candidates(current: &str) -> Vec<CompletionCandidate> {
    keyed(Remedy::KEYS, Remedy::parse, labels::remedy_label, current)
}

pub fn level_candidates(current: &str) -> Vec<CompletionCandidate> {
    keyed(DocLevel::KEYS, DocLevel::parse, labels::level_label, current)
}

pub fn unit_kind_candidates(current: &str) -> Vec<CompletionCandidate> {
    keyed(UnitKind::KEYS, UnitKind::parse, labels::unit_kind_label, current)
}

// ---- the completers, put on the arguments ---------------------------------------------

/// The completer of an argument of the command at `path` (`["task", "done"]`), by what
/// the argument names: its id (the field name in `commands/`) and, for the record ids
/// every command takes first, the command.
fn completer_for(path: &[&str], a: &clap::Arg) -> Option<ArgValueCompleter> {
    if !a.get_action().takes_values() {
        return None;
    }
    let value_name = a.get_value_names().and_then(|v| v.first()).map(|v| v.as_str());
    let data = |f: fn(&Source, &str) -> Vec<CompletionCandidate>| {
        ArgValueCompleter::new(move |c: &OsStr| f(&Source::from_process(), &typed(c)))
    };
    let fixed =
        |f: fn(&str) -> Vec<CompletionCandidate>| ArgValueCompleter::new(move |c: &OsStr| f(&typed(c)));
    let periods = |which: Periods| {
        ArgValueCompleter::new(move |c: &OsStr| period_candidates(&Source::from_process(), which, &typed(c)))
    };
    let ids = |set: IdSet| {
        ArgValueCompleter::new(move |c: &OsStr| id_candidates(&Source::from_process(), set, &typed(c)))
    };
    Some(match (a.get_id().as_str(), path) {
        ("unit" | "units" | "replaced_by", _) | ("alias", ["unit", "retire"]) => data(unit_candidates),
        ("field", _) => data(field_candidates),
        ("kind", ["unit", "add"]) => fixed(unit_kind_candidates),
        ("kind", _) => data(kind_candidates),
        ("tag" | "tags", _) => data(tag_candidates),
        ("docs", _) => data(doc_candidates),
        ("leader", _) => data(leader_candidates),
        ("priority", _) => fixed(priority_candidates),
        ("remedy", _) => fixed(remedy_candidates),
        ("level", _) => fixed(level_candidates),
        // `consult answer --task TITLE` creates a task: a title, not an id.
        ("task" | "tasks", _) if value_name != Some("TITLE") => ids(IdSet::Tasks),
        ("facts", ["propose", "add"]) => ids(IdSet::Facts),
        ("id", path) => ids(id_set(path)?),
        // Inline `@alias` in the text of an entry or a task.
        ("text", ["add"] | ["plan", "add"]) | ("title", ["task", "add"]) => data(inline_unit_candidates),
        // `plan goal done ID` marks a goal achieved; any other text is a new goal.
        ("text", ["plan", "goal"]) => data(goal_done_candidates),
        ("plan", _) => periods(Periods::Plan),
        ("period", ["task", "move"] | ["plan", "close"]) => periods(Periods::Plan),
        ("period", ["plan", "week"] | ["report", "week"]) => periods(Periods::Week),
        ("period", ["plan", "month"]) => periods(Periods::Month),
        ("period", ["report", "month"]) => periods(Periods::Report),
        ("period", _) => periods(Periods::Any),
        _ => return None,
    })
}

/// The records the `ID` of the command at `path` takes.
fn id_set(path: &[&str]) -> Option<IdSet> {
    Some(match path {
        ["show"] | ["rm"] => IdSet::Any,
        ["edit"] => IdSet::Editable,
        ["task", "start" | "done" | "drop" | "move"] => IdSet::OpenTasks,
        ["task", "reopen"] => IdSet::ClosedTasks,
        ["task", "note"] => IdSet::Tasks,
        ["blocker", "resolve"] => IdSet::OpenBlockers,
        ["contingency", "trigger" | "close"] => IdSet::OpenContingencies,
        ["consult", "answer"] => IdSet::OpenConsultations,
        ["propose", "accept" | "reject"] => IdSet::PendingProposals,
        ["doc", "issue"] => IdSet::RequiredDocuments,
        _ => return None,
    })
}

/// The command tree with a completer on every argument that names data. Only a
/// completion request builds it, so a normal run carries none of them (SPEC §10 P1).
fn with_completers(cmd: clap::Command, path: &[&str]) -> clap::Command {
    let cmd = cmd.mut_args(|a| match completer_for(path, &a) {
        Some(c) => a.add(c),
        None => a,
    });
    cmd.mut_subcommands(|sub| {
        let name = sub.get_name().to_string();
        let mut p = path.to_vec();
        p.push(&name);
        with_completers(sub, &p)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::Clock;
    use crate::model::TaskStatus;
    use crate::store::Store;
    use crate::store::tasks::NewTask;
    use chrono::NaiveDate;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2022, 12, d).unwrap()
    }

    /// A database with three units (one retired on the 1st), a field, an open and a done
    /// task; the ids of the tasks.
    fn data() -> (tempfile::TempDir, PathBuf, i64, i64) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("w.db");
        let mut store = Store::open(&path, true, Clock::fixed(day(21))).unwrap();
        let tx = store.begin_write().unwrap();
        tx.add_unit(
            "ldtbxh",
            "Sở Lao động - Thương binh và Xã hội",
            UnitKind::Department,
        )
        .unwrap();
        tx.add_unit("snv", "Sở Nội vụ", UnitKind::Department).unwrap();
        let old = tx.add_unit("lamdong-cu", "Sở cũ", UnitKind::Other).unwrap();
        tx.retire_unit(old, day(1), None).unwrap();
        tx.add_field("laodong", "Lao động, việc làm").unwrap();
        let task = |title: &str| NewTask {
            title: title.to_string(),
            due: None,
            priority: Priority::Normal,
            plan: None,
            unit: None,
            major: false,
            field: None,
            tags: vec!["giao-ban".to_string()],
            docs: Vec::new(),
        };
        let open = tx.insert_task(&task("Báo cáo quý IV"), day(20)).unwrap();
        let done = tx.insert_task(&task("Dự thảo tờ trình"), day(20)).unwrap();
        tx.set_task_status(done, TaskStatus::Done, day(21)).unwrap();
        tx.add_task_event(done, day(21), crate::model::Event::Done, None, (None, None))
            .unwrap();
        tx.finish("test", false).unwrap();
        drop(store);
        (dir, path, open, done)
    }

    fn source(db: Option<PathBuf>, words: &[&str]) -> Source {
        Source {
            db,
            config: Config::default(),
            words: words.iter().map(|w| w.to_string()).collect(),
            today: Some(day(21)),
        }
    }

    fn values(c: &[CompletionCandidate]) -> Vec<String> {
        c.iter()
            .map(|c| c.get_value().to_string_lossy().into_owned())
            .collect()
    }

    fn helps(c: &[CompletionCandidate]) -> Vec<String> {
        c.iter()
            .map(|c| c.get_help().map(|h| h.to_string()).unwrap_or_default())
            .collect()
    }

    #[test]
    fn units_by_alias_prefix_with_their_names() {
        let (_d, path, ..) = data();
        let src = source(Some(path), &["worklog", "task", "list", "-u"]);
        let all = unit_candidates(&src, "");
        assert_eq!(values(&all), ["lamdong-cu", "ldtbxh", "snv"]);
        assert_eq!(helps(&all)[2], "Sở Nội vụ");
        // The retired unit is offered hidden: the engine drops it when others match.
        assert!(all[0].is_hide_set() && !all[1].is_hide_set());
        assert!(helps(&all)[0].starts_with("Sở cũ ("), "{:?}", helps(&all));
        assert_eq!(values(&unit_candidates(&src, "l")), ["lamdong-cu", "ldtbxh"]);
        assert_eq!(values(&unit_candidates(&src, "LD")), ["ldtbxh"]);
        assert_eq!(values(&unit_candidates(&src, "@sn")), ["snv"]);
        assert!(unit_candidates(&src, "x").is_empty());
    }

    #[test]
    fn an_at_word_in_the_text_is_a_unit() {
        let (_d, path, ..) = data();
        let src = source(Some(path), &["worklog", "add", "Dự", "họp", "@s"]);
        let c = inline_unit_candidates(&src, "@s");
        assert_eq!(values(&c), ["@snv"]);
        assert_eq!(helps(&c), ["Sở Nội vụ"]);
        assert!(inline_unit_candidates(&src, "họp").is_empty());
    }

    #[test]
    fn fields_tags_and_kinds() {
        let (_d, path, ..) = data();
        let mut src = source(Some(path), &["worklog", "add", "x"]);
        assert_eq!(values(&field_candidates(&src, "lao")), ["laodong"]);
        assert_eq!(helps(&field_candidates(&src, ""))[0], "Lao động, việc làm");
        assert_eq!(values(&tag_candidates(&src, "#gi")), ["giao-ban"]);
        // on both tasks
        assert!(helps(&tag_candidates(&src, ""))[0].contains('2'));
        let kinds = values(&kind_candidates(&src, ""));
        assert_eq!(kinds.len(), crate::model::BUILTIN_KINDS.len());
        assert_eq!(values(&kind_candidates(&src, "mee")), ["meeting"]);
        // A kind of the config, found by its Vietnamese label without diacritics.
        src.config
            .kinds
            .insert("appraisal".to_string(), "Thẩm định hồ sơ".to_string());
        let k = kind_candidates(&src, "tham");
        assert_eq!(values(&k), ["appraisal"]);
        assert_eq!(helps(&k), ["Thẩm định hồ sơ"]);
    }

    #[test]
    fn fixed_sets_are_every_key() {
        assert_eq!(values(&priority_candidates("")), Priority::KEYS);
        assert_eq!(values(&remedy_candidates("")), Remedy::KEYS);
        assert_eq!(values(&level_candidates("")), DocLevel::KEYS);
        assert_eq!(values(&unit_kind_candidates("")), UnitKind::KEYS);
        assert_eq!(values(&priority_candidates("h")), ["high"]);
        assert!(helps(&remedy_candidates("")).iter().all(|h| !h.is_empty()));
    }

    #[test]
    fn edit_of_a_unit_completes_unit_kinds() {
        let (_d, path, ..) = data();
        let src = source(Some(path.clone()), &["worklog", "edit", "2", "--kind"]);
        assert_eq!(values(&kind_candidates(&src, "")), UnitKind::KEYS);
        let src = source(
            Some(path.clone()),
            &["worklog", "--lang", "vi", "edit", "2", "Sở", "--kind"],
        );
        assert_eq!(values(&kind_candidates(&src, "")), UnitKind::KEYS);
        let src = source(Some(path), &["worklog", "add", "x", "--kind"]);
        assert_eq!(values(&kind_candidates(&src, "dep")), Vec::<String>::new());
    }

    #[test]
    fn task_ids_by_state_with_their_titles() {
        let (_d, path, open, done) = data();
        let src = source(Some(path.clone()), &["worklog", "task", "done"]);
        let c = id_candidates(&src, IdSet::OpenTasks, "");
        assert_eq!(values(&c), [open.to_string()]);
        assert_eq!(helps(&c), ["Báo cáo quý IV"]);
        assert_eq!(
            values(&id_candidates(&src, IdSet::ClosedTasks, "")),
            [done.to_string()]
        );
        // --task: every task, the open ones first.
        let src = source(Some(path.clone()), &["worklog", "add", "x", "--task"]);
        assert_eq!(
            values(&id_candidates(&src, IdSet::Tasks, "")),
            [open.to_string(), done.to_string()]
        );
        assert!(id_candidates(&src, IdSet::Tasks, "999").is_empty());
        // show: any record, the newest first, its kind named.
        let any = id_candidates(&src, IdSet::Any, "");
        assert!(values(&any).len() > 5, "{:?}", values(&any));
        let ids: Vec<i64> = values(&any).iter().map(|v| v.parse().unwrap()).collect();
        assert!(ids.windows(2).all(|w| w[0] > w[1]));
        assert!(
            helps(&any).iter().any(|h| h.ends_with(": snv · Sở Nội vụ")),
            "{:?}",
            helps(&any)
        );
        // The task's status change is a row of its timeline, not a record to offer.
        assert!(
            !helps(&any)
                .iter()
                .any(|h| h.ends_with(": done") || h.ends_with(": ")),
            "{:?}",
            helps(&any)
        );
    }

    #[test]
    fn no_database_is_no_candidates_and_no_file() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("nothing.db");
        let src = source(Some(missing.clone()), &["worklog", "task", "list"]);
        assert!(unit_candidates(&src, "").is_empty());
        assert!(field_candidates(&src, "").is_empty());
        assert!(tag_candidates(&src, "").is_empty());
        assert!(doc_candidates(&src, "").is_empty());
        assert!(id_candidates(&src, IdSet::Any, "").is_empty());
        assert!(!missing.exists());
        // The fixed sets need no database.
        assert_eq!(kind_candidates(&src, "").len(), crate::model::BUILTIN_KINDS.len());
        let src = source(None, &["worklog"]);
        assert!(unit_candidates(&src, "").is_empty());
    }

    #[test]
    fn the_command_line_names_the_database() {
        let src = Source::for_words(
            ["worklog", "--db", "/tmp/other.db", "task", "list", "-u", ""]
                .map(String::from)
                .to_vec(),
        );
        assert_eq!(src.db.as_deref(), Some(std::path::Path::new("/tmp/other.db")));
        let src = Source::for_words(["worklog", "--db=/x/y.db", "show", ""].map(String::from).to_vec());
        assert_eq!(src.db.as_deref(), Some(std::path::Path::new("/x/y.db")));
    }

    /// Every argument that takes a unit, field, kind, priority, remedy, level, tag or
    /// record id gets its completer (a new command's `ID` fails here until `id_set`
    /// names the records it takes).
    #[test]
    fn every_argument_naming_data_has_a_completer() {
        use clap::CommandFactory;
        fn walk(cmd: &clap::Command, path: &mut Vec<String>, found: &mut usize, missing: &mut Vec<String>) {
            let p: Vec<&str> = path.iter().map(String::as_str).collect();
            for a in cmd.get_arguments() {
                let shown = a
                    .get_value_names()
                    .and_then(|v| v.first())
                    .map(|v| v.to_string())
                    .unwrap_or_else(|| a.get_id().as_str().to_uppercase());
                let wants = a.get_action().takes_values()
                    && [
                        "UNIT", "FIELD", "KIND", "PRIORITY", "REMEDY", "LEVEL", "TAG", "ID",
                    ]
                    .contains(&shown.as_str());
                let has = completer_for(&p, a).is_some();
                if has {
                    *found += 1;
                }
                if wants && !has {
                    missing.push(format!("{} {}", path.join(" "), a.get_id()));
                }
            }
            for sub in cmd.get_subcommands() {
                path.push(sub.get_name().to_string());
                walk(sub, path, found, missing);
                path.pop();
            }
        }
        let mut cmd = crate::cli::Cli::command();
        cmd.build();
        let (mut found, mut missing) = (0, Vec::new());
        walk(&cmd, &mut Vec::new(), &mut found, &mut missing);
        assert!(missing.is_empty(), "no completer: {missing:?}");
        assert!(found >= 50, "{found}");
        // And none where a new name or free text is typed.
        let none = |path: &[&str], id: &str| {
            let mut c = crate::cli::Cli::command();
            c.build();
            let mut cur = &c;
            for p in path {
                cur = cur.find_subcommand(p).unwrap();
            }
            let a = cur.get_arguments().find(|a| a.get_id() == id).unwrap();
            completer_for(path, a).is_none()
        };
        assert!(none(&["unit", "add"], "alias"));
        assert!(none(&["consult", "answer"], "tasks"));
        assert!(none(&["doc", "issue"], "number"));
        assert!(!none(&["unit", "retire"], "alias"));
    }

    #[test]
    fn periods_by_what_the_argument_takes() {
        let (_d, path, ..) = data();
        let src = source(Some(path.clone()), &["worklog", "log"]);
        let any = values(&period_candidates(&src, Periods::Any, ""));
        assert_eq!(
            any,
            [
                "today",
                "yesterday",
                "week",
                "last-week",
                "month",
                "last-month",
                "year",
                "last-year"
            ]
        );
        assert!(helps(&period_candidates(&src, Periods::Any, "week"))[0].starts_with("2022-W51 · "));
        assert_eq!(
            values(&period_candidates(&src, Periods::Plan, "")),
            ["week", "last-week", "month", "last-month"]
        );
        assert_eq!(
            values(&period_candidates(&src, Periods::Week, "l")),
            ["last-week"]
        );
        assert_eq!(
            values(&period_candidates(&src, Periods::Report, "")),
            ["month", "last-month", "year", "last-year"]
        );
        // The plans made come after the named periods.
        let mut store = Store::open(&path, true, Clock::fixed(day(21))).unwrap();
        let tx = store.begin_write().unwrap();
        tx.ensure_plan(&crate::dates::Period::week_of(day(5))).unwrap();
        tx.finish("test", false).unwrap();
        drop(store);
        let plans = period_candidates(&src, Periods::Plan, "2022");
        assert_eq!(values(&plans), ["2022-W49"]);
        assert!(helps(&plans)[0].contains(" – "), "{:?}", helps(&plans));
        assert!(period_candidates(&src, Periods::Month, "2022").is_empty());
    }

    #[test]
    fn plan_goal_done_offers_the_goals_not_achieved() {
        let (_d, path, ..) = data();
        let mut store = Store::open(&path, true, Clock::fixed(day(21))).unwrap();
        let tx = store.begin_write().unwrap();
        let (plan, _) = tx.ensure_plan(&crate::dates::Period::week_of(day(21))).unwrap();
        let goal = tx.insert_goal(plan.id, "Trình ký báo cáo").unwrap();
        tx.finish("test", false).unwrap();
        drop(store);
        let src = source(Some(path.clone()), &["worklog", "plan", "goal", ""]);
        assert_eq!(values(&goal_done_candidates(&src, "")), ["done"]);
        let src = source(Some(path.clone()), &["worklog", "plan", "goal", "Hoàn"]);
        assert!(goal_done_candidates(&src, "Hoàn").is_empty());
        let src = source(Some(path), &["worklog", "plan", "goal", "done", ""]);
        let c = goal_done_candidates(&src, "");
        assert_eq!(values(&c), [goal.to_string()]);
        assert_eq!(helps(&c), ["Trình ký báo cáo"]);
    }

    #[test]
    fn help_is_one_short_line() {
        assert_eq!(short_help("a\nb  c"), "a b c");
        let long = "chữ ".repeat(40);
        let h = short_help(&long);
        assert_eq!(h.chars().count(), HELP_CHARS);
        assert!(h.ends_with('…'));
    }
}
