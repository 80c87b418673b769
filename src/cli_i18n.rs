//! The command line in the user's language: the clap command with its help texts swapped
//! for the catalogue's (`cli_vi.rs` keyed by the English text of the derive attributes),
//! help headings and usage words translated, parser errors rewritten as `error:`/`hint:`
//! lines that name the argument and say what to type, and the manual page (one page per
//! command) written from the same localized tree.
//!
//! Parsing itself never depends on the language: `main` parses with the plain command,
//! and only when that fails (an error, or `--help`) is the localized tree built, so a
//! normal run pays nothing for it (SPEC §10 P1).

use crate::cli::Cli;
use crate::i18n::{self, Lang, M};
use clap::builder::StyledStr;
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command, CommandFactory};
use std::collections::HashMap;
use std::ffi::OsString;

/// What `main` prints when parsing does not give a command to run.
pub enum Early {
    /// Help or version text, for standard output (exit 0).
    Help(String),
    /// A usage error: what was wrong and what to type (exit 2).
    Error { message: String, hint: String },
}

/// The language for help and parser errors, found before the command line is parsed:
/// `--lang`, the config's `lang`, `LC_ALL`/`LC_MESSAGES`/`LANG`, else English.
pub fn early_lang(args: &[OsString]) -> Lang {
    let args: Vec<String> = args.iter().map(|a| a.to_string_lossy().into_owned()).collect();
    let value_of = |name: &str| -> Option<String> {
        let mut it = args.iter();
        while let Some(a) = it.next() {
            if a == "--" {
                break;
            }
            if a == name {
                return it.next().cloned();
            }
            if let Some(v) = a.strip_prefix(name).and_then(|r| r.strip_prefix('=')) {
                return Some(v.to_string());
            }
        }
        None
    };
    match value_of("--lang").as_deref() {
        Some("vi") => return Lang::Vi,
        Some("en") => return Lang::En,
        _ => {}
    }
    let flag = value_of("--config").map(std::path::PathBuf::from);
    let (path, _) = crate::config::config_path(flag.as_deref());
    if let Some(l) = std::fs::read_to_string(path).ok().and_then(|t| config_lang(&t)) {
        return l;
    }
    i18n::lang_from_env().unwrap_or(Lang::En)
}

/// The `lang` key of a config text, ignoring everything else in it (the config's own
/// errors are reported later, by the command).
fn config_lang(text: &str) -> Option<Lang> {
    #[derive(serde::Deserialize)]
    struct OnlyLang {
        lang: Option<Lang>,
    }
    toml::from_str::<OnlyLang>(text).ok()?.lang
}

/// The whole command tree in `lang`, built (global options propagated).
pub fn command(lang: Lang) -> Command {
    let cmd = Cli::command();
    let mut cmd = match lang {
        Lang::En => cmd,
        Lang::Vi => localize(cmd),
    };
    cmd.build();
    cmd
}

/// Turns a failed parse into what `main` prints, in the language of `args`.
pub fn early(e: clap::Error, args: &[OsString]) -> Early {
    let lang = early_lang(args);
    i18n::set_lang(lang);
    match e.kind() {
        ErrorKind::DisplayVersion => Early::Help(e.render().to_string()),
        ErrorKind::DisplayHelp if lang == Lang::En => Early::Help(e.render().ansi().to_string()),
        ErrorKind::DisplayHelp => {
            let mut cmd = command(lang);
            match cmd.try_get_matches_from_mut(help_args(args)) {
                Err(e) => Early::Help(e.render().ansi().to_string()),
                Ok(_) => Early::Help(cmd.render_long_help().ansi().to_string()),
            }
        }
        _ => {
            let mut cmd = command(lang);
            let path = command_path(&cmd, args);
            let (message, hint) = explain(&e, &mut cmd, &path);
            Early::Error { message, hint }
        }
    }
}

/// `worklog help task add` → `worklog task add --help` (the localized tree has no
/// generated `help` subcommand: clap's own has English text that cannot be replaced).
fn help_args(args: &[OsString]) -> Vec<OsString> {
    let mut out: Vec<OsString> = args.to_vec();
    let mut i = 1;
    while i < out.len() {
        let a = out[i].to_string_lossy();
        if a == "help" {
            out.remove(i);
            out.push("--help".into());
            break;
        }
        if !a.starts_with('-') {
            break;
        }
        i += if TAKES_VALUE.contains(&a.as_ref()) { 2 } else { 1 };
    }
    out
}

/// The global options that take a value as the next argument.
const TAKES_VALUE: &[&str] = &["--db", "--config", "--lang", "--format", "-o", "--output"];

/// The subcommand names in `args` (`["task", "add"]`), as far as they name commands.
fn command_path(root: &Command, args: &[OsString]) -> Vec<String> {
    let mut path = Vec::new();
    let mut cur = root;
    let mut it = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(a) = it.next() {
        if a == "--" {
            break;
        }
        if a.starts_with('-') {
            if TAKES_VALUE.contains(&a.as_ref()) {
                it.next();
            }
            continue;
        }
        match cur.find_subcommand(a.as_ref()) {
            Some(sub) => {
                path.push(sub.get_name().to_string());
                cur = sub;
            }
            None => break,
        }
    }
    path
}

/// `worklog task add`: the command this process runs, as its subcommand names (for a
/// message about the command itself). Builds the plain tree: only on an error path.
pub fn command_name() -> String {
    let args: Vec<OsString> = std::env::args_os().collect();
    let root = Cli::command();
    std::iter::once("worklog".to_string())
        .chain(command_path(&root, &args))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The command at `path` (read off this same tree by `command_path`).
fn find<'a>(cmd: &'a mut Command, path: &[String]) -> Option<&'a mut Command> {
    match path.split_first() {
        None => Some(cmd),
        Some((name, rest)) => find(cmd.find_subcommand_mut(name)?, rest),
    }
}

fn context_str(e: &clap::Error, kind: ContextKind) -> Option<String> {
    match e.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(v) => Some(v.join(", ")),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        ContextValue::StyledStrs(v) => Some(v.iter().map(|s| s.to_string()).collect::<Vec<_>>().join(", ")),
        ContextValue::Number(n) => Some(n.to_string()),
        ContextValue::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// A suggestion: several read as `a', 'b` inside the message's own quotes.
fn suggestion(e: &clap::Error, kind: ContextKind) -> Option<String> {
    match e.get(kind)? {
        ContextValue::Strings(v) => Some(v.join("', '")),
        _ => context_str(e, kind),
    }
}

/// The message and the hint for a parser error, in the process language.
fn explain(e: &clap::Error, root: &mut Command, path: &[String]) -> (String, String) {
    use i18n::t;
    let display = std::iter::once("worklog".to_string())
        .chain(path.iter().cloned())
        .collect::<Vec<_>>()
        .join(" ");
    let arg = context_str(e, ContextKind::InvalidArg).unwrap_or_default();
    let value = context_str(e, ContextKind::InvalidValue).unwrap_or_default();
    let see = t(M::ClapSeeHelp, &[&display]);
    let Some(cmd) = find(root, path) else {
        return (t(M::ClapOther, &[&e.kind()]), see);
    };
    let usage = usage_line(cmd);
    match e.kind() {
        ErrorKind::MissingRequiredArgument => {
            (t(M::ClapMissingArg, &[&arg]), t(M::ClapMissingArgHint, &[&usage]))
        }
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => (
            t(M::ClapMissingCommand, &[&display]),
            t(M::ClapCommandsAre, &[&subcommand_names(cmd)]),
        ),
        ErrorKind::UnknownArgument => {
            let hint = if let Some(s) = suggestion(e, ContextKind::SuggestedArg) {
                t(M::ClapDidYouMean, &[&s, &display])
            } else if arg.starts_with('-') && e.get(ContextKind::TrailingArg).is_none() {
                let suggested = context_str(e, ContextKind::Suggested).unwrap_or_default();
                if suggested.contains("--") {
                    t(M::ClapDashValue, &[&arg, &arg])
                } else {
                    see.clone()
                }
            } else {
                t(M::ClapUnexpectedValueHint, &[&display, &display])
            };
            let message = if arg.starts_with('-') {
                t(M::ClapUnknownOption, &[&arg])
            } else {
                t(M::ClapUnexpectedValue, &[&arg])
            };
            (message, hint)
        }
        ErrorKind::InvalidSubcommand => {
            let name = context_str(e, ContextKind::InvalidSubcommand).unwrap_or_default();
            let hint = match suggestion(e, ContextKind::SuggestedSubcommand) {
                Some(s) => t(M::ClapDidYouMean, &[&s, &display]),
                None => t(M::ClapCommandsAre, &[&subcommand_names(cmd)]),
            };
            (t(M::ClapUnknownCommand, &[&name]), hint)
        }
        ErrorKind::InvalidValue => {
            // The option's values as the localized tree names them (a closed choice has
            // its Vietnamese keys there), else what the error carries.
            let localized = localized_values(cmd, &arg);
            let possible = localized
                .as_ref()
                .map(|v| v.join(", "))
                .or_else(|| context_str(e, ContextKind::ValidValue));
            if value.is_empty() {
                let hint = possible.map_or(see.clone(), |p| t(M::ClapPossibleValues, &[&p]));
                return (t(M::ClapNeedsValue, &[&arg]), hint);
            }
            let suggested = match &localized {
                Some(names) => {
                    let close = crate::text::suggest(&value, names.iter().map(String::as_str));
                    (!close.is_empty()).then(|| close.join("', '"))
                }
                None => suggestion(e, ContextKind::SuggestedValue),
            };
            let hint = match (suggested, possible) {
                (Some(s), Some(p)) => format!(
                    "{} {}",
                    t(M::ClapDidYouMeanShort, &[&s]),
                    t(M::ClapPossibleValues, &[&p])
                ),
                (None, Some(p)) => t(M::ClapPossibleValues, &[&p]),
                _ => see.clone(),
            };
            (t(M::ClapBadValue, &[&value, &arg]), hint)
        }
        ErrorKind::ValueValidation => {
            let reason = std::error::Error::source(e)
                .map(|s| s.to_string())
                .unwrap_or_default();
            (t(M::ClapBadValueReason, &[&value, &arg, &reason]), see)
        }
        ErrorKind::ArgumentConflict => {
            let prior = context_str(e, ContextKind::PriorArg).unwrap_or_default();
            if prior.is_empty() || prior == arg {
                return (t(M::ClapUsedTwice, &[&arg]), see);
            }
            (
                t(M::ClapConflict, &[&arg, &prior]),
                t(M::ClapConflictHint, &[&display]),
            )
        }
        ErrorKind::NoEquals => (t(M::ClapNoEquals, &[&arg]), see),
        ErrorKind::TooManyValues => {
            let n = context_str(e, ContextKind::ExpectedNumValues).unwrap_or_else(|| "1".into());
            (t(M::ClapTooManyValues, &[&arg, &n]), see)
        }
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            let expected = context_str(e, ContextKind::ExpectedNumValues)
                .or_else(|| context_str(e, ContextKind::MinValues))
                .unwrap_or_default();
            let actual = context_str(e, ContextKind::ActualNumValues).unwrap_or_default();
            (t(M::ClapWrongValues, &[&arg, &expected, &actual]), see)
        }
        ErrorKind::InvalidUtf8 => (
            i18n::s(M::ClapInvalidUtf8).to_string(),
            i18n::s(M::ClapInvalidUtf8Hint).to_string(),
        ),
        _ => {
            let text = e.render().to_string();
            let first = text.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or("");
            let first = first.strip_prefix("error: ").unwrap_or(first);
            (t(M::ClapOther, &[&first]), see)
        }
    }
}

/// The possible values of the option `arg` names (`--remedy <REMEDY>`, as clap writes
/// it in an error) in `cmd`, as this tree shows them; `None` when it has none.
fn localized_values(cmd: &Command, arg: &str) -> Option<Vec<String>> {
    let a = cmd.get_arguments().find(|a| a.to_string() == arg)?;
    let names: Vec<String> = a
        .get_possible_values()
        .iter()
        .filter(|p| !p.is_hide_set())
        .map(|p| p.get_name().to_string())
        .collect();
    (!names.is_empty()).then_some(names)
}

/// `worklog task add [TÙY_CHỌN] <TITLE>`: the usage line without its heading.
pub(crate) fn usage_line(cmd: &mut Command) -> String {
    let u = cmd.render_usage().to_string();
    let u = u.trim();
    let u = u.strip_prefix("Usage:").unwrap_or(u).trim();
    translate_usage(u)
}

fn translate_usage(u: &str) -> String {
    u.replace("[OPTIONS]", &format!("[{}]", i18n::s(M::HelpOptionsWord)))
        .replace("<COMMAND>", &format!("<{}>", i18n::s(M::HelpCommandWord)))
        .replace("[COMMAND]", &format!("[{}]", i18n::s(M::HelpCommandWord)))
}

fn subcommand_names(cmd: &Command) -> String {
    cmd.get_subcommands()
        .filter(|s| !s.is_hide_set() && s.get_name() != "help")
        .map(|s| s.get_name())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The Vietnamese text of an English help text, if the table has it.
fn table() -> HashMap<&'static str, &'static str> {
    crate::cli_vi::HELP_VI
        .iter()
        .filter(|(_, vi)| !vi.is_empty())
        .map(|&(en, vi)| (en, vi))
        .collect()
}

fn tr(table: &HashMap<&str, &str>, en: Option<&StyledStr>) -> Option<String> {
    let en = en?.to_string();
    Some(table.get(en.as_str()).map_or(en, |vi| vi.to_string()))
}

/// The tree with Vietnamese texts: abouts, helps, examples, headings, usage words, the
/// help and version flags, possible values and defaults written in the help text.
fn localize(cmd: Command) -> Command {
    let table = table();
    // First pass: the texts. The usage lines need a built tree, so they come second.
    let cmd = localize_texts(cmd, &table, true);
    let mut built = cmd.clone();
    built.build();
    let mut usages = HashMap::new();
    collect_usages(&mut built, String::new(), &mut usages);
    apply_usages(cmd, String::new(), &usages)
}

fn localize_texts(mut cmd: Command, table: &HashMap<&str, &str>, root: bool) -> Command {
    if let Some(a) = tr(table, cmd.get_about()) {
        cmd = cmd.about(a);
    }
    if let Some(a) = tr(table, cmd.get_long_about()) {
        cmd = cmd.long_about(a);
    }
    if let Some(a) = tr(table, cmd.get_after_long_help()) {
        cmd = cmd.after_long_help(a);
    }
    if let Some(a) = tr(table, cmd.get_after_help()) {
        cmd = cmd.after_help(a);
    }
    let has_subcommands = cmd.has_subcommands();
    let has_positionals = cmd.get_positionals().any(|a| !a.is_hide_set());
    cmd = cmd.help_template(template(has_subcommands, has_positionals));
    cmd = cmd.disable_help_flag(true).disable_help_subcommand(true).arg(
        Arg::new("help")
            .short('h')
            .long("help")
            .action(ArgAction::Help)
            .help(i18n::s(M::HelpFlagHelp)),
    );
    if root {
        cmd = cmd.disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(i18n::s(M::HelpFlagVersion)),
        );
    }
    cmd = cmd.mut_args(|a| localize_arg(a, table));
    cmd.mut_subcommands(|s| localize_texts(s, table, false))
}

fn localize_arg(mut a: Arg, table: &HashMap<&str, &str>) -> Arg {
    if matches!(a.get_id().as_str(), "help" | "version") {
        return a;
    }
    let Some(mut help) = tr(table, a.get_help()) else {
        return a;
    };
    if let Some(long) = tr(table, a.get_long_help()) {
        a = a.long_help(long);
    }
    let suffix = values_suffix(&a);
    if !suffix.is_empty() {
        help.push_str(&suffix);
        // Said in the help text, in the user's language, instead of clap's English.
        a = a.hide_possible_values(true).hide_default_value(true);
    }
    a.help(help)
}

/// ` [giá trị: a, b] [mặc định: a]`: an option's possible and default values in the
/// process language, the parts clap would print (not hidden), for options that take a
/// value; empty when there are none.
pub(crate) fn values_suffix(a: &Arg) -> String {
    let mut out = String::new();
    if !a.get_action().takes_values() {
        return out;
    }
    let possible: Vec<String> = a
        .get_possible_values()
        .iter()
        .filter(|p| !p.is_hide_set())
        .map(|p| p.get_name().to_string())
        .collect();
    if !possible.is_empty() && !a.is_hide_possible_values_set() {
        out.push_str(&format!(
            " [{}: {}]",
            i18n::s(M::HelpPossible),
            possible.join(", ")
        ));
    }
    // A default that is a closed choice's English key is written as the key the help
    // lists (`all` → `tat-ca` in Vietnamese).
    let values = a.get_possible_values();
    let defaults: Vec<String> = a
        .get_default_values()
        .iter()
        .map(|v| {
            let v = v.to_string_lossy();
            values
                .iter()
                .find(|p| p.matches(&v, false))
                .map_or_else(|| v.to_string(), |p| p.get_name().to_string())
        })
        .collect();
    if !defaults.is_empty() && !a.is_hide_default_value_set() {
        out.push_str(&format!(
            " [{}: {}]",
            i18n::s(M::HelpDefault),
            defaults.join(", ")
        ));
    }
    out
}

fn template(subcommands: bool, positionals: bool) -> String {
    let mut t = format!(
        "{{before-help}}{{about-with-newline}}\n{}: {{usage}}",
        i18n::s(M::HelpUsage)
    );
    if subcommands {
        t.push_str(&format!("\n\n{}:\n{{subcommands}}", i18n::s(M::HelpCommands)));
    }
    if positionals {
        t.push_str(&format!("\n\n{}:\n{{positionals}}", i18n::s(M::HelpArguments)));
    }
    t.push_str(&format!(
        "\n\n{}:\n{{options}}{{after-help}}",
        i18n::s(M::HelpOptions)
    ));
    t
}

fn collect_usages(cmd: &mut Command, path: String, out: &mut HashMap<String, String>) {
    out.insert(path.clone(), usage_line(cmd));
    for s in cmd.get_subcommands_mut() {
        let p = format!("{path} {}", s.get_name());
        collect_usages(s, p, out);
    }
}

fn apply_usages(mut cmd: Command, path: String, usages: &HashMap<String, String>) -> Command {
    if let Some(u) = usages.get(&path) {
        cmd = cmd.override_usage(u.clone());
    }
    cmd.mut_subcommands(|s| {
        let p = format!("{path} {}", s.get_name());
        apply_usages(s, p, usages)
    })
}

/// The manual page of `path` (empty: the whole program), in the process language.
pub fn man(path: &[String]) -> Result<Vec<u8>, String> {
    let mut root = command(i18n::lang());
    let mut cur = &mut root;
    let mut names = vec!["worklog".to_string()];
    for name in path {
        let Some(i) = cur
            .get_subcommands()
            .position(|s| s.get_name() == name || s.get_all_aliases().any(|a| a == name))
        else {
            return Err(name.clone());
        };
        let Some(next) = cur.get_subcommands_mut().nth(i) else {
            return Err(name.clone());
        };
        names.push(next.get_name().to_string());
        cur = next;
    }
    Ok(crate::render::man::page(cur, &names).into_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn walk(cmd: &Command, path: &str, table: &HashMap<&str, &str>, missing: &mut Vec<String>) {
        if cmd.get_name() == "help" {
            return;
        }
        for text in [
            cmd.get_about(),
            cmd.get_long_about(),
            cmd.get_after_long_help(),
            cmd.get_after_help(),
        ]
        .into_iter()
        .flatten()
        {
            if !table.contains_key(text.to_string().as_str()) {
                missing.push(format!("{path}: {text}"));
            }
        }
        if cmd.get_about().is_none() && !path.is_empty() {
            missing.push(format!("{path}: (no about)"));
        }
        for a in cmd.get_arguments() {
            if a.is_hide_set() || matches!(a.get_id().as_str(), "help" | "version") {
                continue;
            }
            match a.get_help() {
                Some(h) if table.contains_key(h.to_string().as_str()) => {}
                h => missing.push(format!("{path} {}: {:?}", a.get_id(), h.map(|h| h.to_string()))),
            }
        }
        for s in cmd.get_subcommands() {
            walk(s, &format!("{path} {}", s.get_name()), table, missing);
        }
    }

    #[test]
    fn every_command_and_option_has_vietnamese_text() {
        let mut cmd = Cli::command();
        cmd.build();
        let mut missing = Vec::new();
        walk(&cmd, "", &table(), &mut missing);
        assert!(
            missing.is_empty(),
            "no Vietnamese text in src/cli_vi.rs for:\n{}",
            missing.join("\n")
        );
    }

    #[test]
    fn the_table_has_no_stale_entries() {
        let mut cmd = Cli::command();
        cmd.build();
        let mut used = std::collections::HashSet::new();
        fn collect(cmd: &Command, used: &mut std::collections::HashSet<String>) {
            for t in [
                cmd.get_about(),
                cmd.get_long_about(),
                cmd.get_after_long_help(),
                cmd.get_after_help(),
            ]
            .into_iter()
            .flatten()
            {
                used.insert(t.to_string());
            }
            for a in cmd.get_arguments() {
                if let Some(h) = a.get_help() {
                    used.insert(h.to_string());
                }
            }
            for s in cmd.get_subcommands() {
                collect(s, used);
            }
        }
        collect(&cmd, &mut used);
        let stale: Vec<_> = crate::cli_vi::HELP_VI
            .iter()
            .filter(|(en, _)| !used.contains(*en))
            .map(|(en, _)| *en)
            .collect();
        assert!(
            stale.is_empty(),
            "entries of src/cli_vi.rs that no command uses:\n{}",
            stale.join("\n")
        );
    }

    #[test]
    fn the_localized_tree_is_valid() {
        let cmd = localize(Cli::command());
        cmd.debug_assert();
    }

    #[test]
    fn help_subcommand_becomes_a_help_flag() {
        let args: Vec<OsString> = ["worklog", "help", "task", "add"]
            .iter()
            .map(OsString::from)
            .collect();
        let out = help_args(&args);
        assert_eq!(
            out,
            ["worklog", "task", "add", "--help"]
                .iter()
                .map(OsString::from)
                .collect::<Vec<_>>()
        );
    }

    #[test]
    fn config_lang_reads_only_lang() {
        assert_eq!(config_lang("lang = \"vi\"\n[person]\nname = 5\n"), Some(Lang::Vi));
        assert_eq!(config_lang("lang = \"vi\""), Some(Lang::Vi));
        assert_eq!(config_lang("lang = \"en\"\nstale_days = 3"), Some(Lang::En));
        assert_eq!(config_lang("no lang here = "), None);
    }
}
