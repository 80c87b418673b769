//! The manual page (roff, `man 1`) of one command of the localized clap tree: name,
//! synopsis, description, options, subcommands and examples; the program's own page adds
//! ENVIRONMENT, FILES, EXIT STATUS and DATES. Headings and texts are in the process
//! language (`cli_i18n` built the tree in it).

use crate::i18n::{self, M, s};
use clap::{Arg, Command};
use std::fmt::Write;

/// Escapes text for roff: backslashes, hyphens, and a leading `.` or `'` (a request).
fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for line in text.split('\n') {
        if !out.is_empty() {
            out.push('\n');
        }
        if line.starts_with('.') || line.starts_with('\'') {
            out.push_str("\\&");
        }
        for c in line.chars() {
            match c {
                '\\' => out.push_str("\\e"),
                '-' => out.push_str("\\-"),
                c => out.push(c),
            }
        }
    }
    out
}

fn section(out: &mut String, heading: M) {
    let _ = writeln!(out, ".SH \"{}\"", s(heading));
}

fn arg_line(a: &Arg) -> String {
    let mut parts = Vec::new();
    if let Some(c) = a.get_short() {
        parts.push(format!("\\fB\\-{}\\fR", esc(&c.to_string())));
    }
    if let Some(l) = a.get_long() {
        parts.push(format!("\\fB\\-\\-{}\\fR", esc(l)));
    }
    let takes = a.get_action().takes_values();
    let names: Vec<String> = a
        .get_value_names()
        .map(|v| v.iter().map(|n| n.to_string()).collect())
        .unwrap_or_else(|| vec![a.get_id().as_str().to_uppercase()]);
    let value = format!("\\fI<{}>\\fR", esc(&names.join(" ")));
    if parts.is_empty() {
        return value;
    }
    let mut line = parts.join(", ");
    if takes {
        line.push(' ');
        line.push_str(&value);
    }
    line
}

/// The page of `cmd`, whose full name is `names` (`["worklog", "task", "add"]`).
pub fn page(cmd: &mut Command, names: &[String]) -> String {
    let mut out = String::new();
    let title = names.join("-").to_uppercase();
    let _ = writeln!(
        out,
        ".TH \"{}\" 1 \"\" \"worklog {}\"",
        esc(&title),
        env!("CARGO_PKG_VERSION")
    );
    section(&mut out, M::ManName);
    let about = cmd.get_about().map(|a| a.to_string()).unwrap_or_default();
    let _ = writeln!(out, "{} \\- {}", esc(&names.join("-")), esc(&about));
    section(&mut out, M::ManSynopsis);
    let _ = writeln!(out, "{}", esc(&crate::cli_i18n::usage_line(cmd)));
    if let Some(long) = cmd.get_long_about() {
        section(&mut out, M::ManDescription);
        let _ = writeln!(out, "{}", esc(&long.to_string()));
    }
    let args: Vec<&Arg> = cmd
        .get_positionals()
        .chain(cmd.get_arguments().filter(|a| !a.is_positional()))
        .filter(|a| !a.is_hide_set())
        // The global options are described once, on the program's page.
        .filter(|a| names.len() == 1 || !a.is_global_set())
        .collect();
    if !args.is_empty() {
        section(&mut out, M::ManOptions);
        let mut seen = std::collections::HashSet::new();
        for a in args {
            if !seen.insert(a.get_id().as_str()) {
                continue;
            }
            let mut help = a
                .get_long_help()
                .or(a.get_help())
                .map(|h| h.to_string())
                .unwrap_or_default();
            help.push_str(&crate::cli_i18n::values_suffix(a));
            let _ = writeln!(out, ".TP\n{}\n{}", arg_line(a), esc(&help));
        }
    }
    let subs: Vec<&Command> = cmd
        .get_subcommands()
        .filter(|c| !c.is_hide_set() && c.get_name() != "help")
        .collect();
    if !subs.is_empty() {
        section(&mut out, M::ManCommands);
        for c in &subs {
            let about = c.get_about().map(|a| a.to_string()).unwrap_or_default();
            let _ = writeln!(out, ".TP\n\\fB{}\\fR\n{}", esc(c.get_name()), esc(&about));
        }
    }
    if let Some(examples) = cmd.get_after_long_help() {
        section(&mut out, M::ManExamples);
        let text = examples.to_string();
        let body = text.split_once('\n').map_or(text.as_str(), |(first, rest)| {
            if first.ends_with(':') { rest } else { text.as_str() }
        });
        let _ = writeln!(out, ".nf\n{}\n.fi", esc(body));
    }
    if names.len() == 1 {
        program_sections(&mut out);
    }
    if !subs.is_empty() {
        section(&mut out, M::ManSeeAlso);
        let next = names[1..]
            .iter()
            .map(String::as_str)
            .chain(["…"])
            .collect::<Vec<_>>()
            .join(" ");
        let _ = writeln!(out, "{}", esc(&i18n::t(M::ManMorePages, &[&next])));
        let pages: Vec<String> = subs
            .iter()
            .map(|c| format!("\\fB{}\\-{}\\fR(1)", esc(&names.join("-")), esc(c.get_name())))
            .collect();
        let _ = writeln!(out, ".br\n{}", pages.join(", "));
    }
    out
}

/// ENVIRONMENT, FILES, EXIT STATUS and DATES: the program's page only.
fn program_sections(out: &mut String) {
    section(out, M::ManEnvironment);
    for (name, m) in [
        ("WORKLOG_DB", M::ManEnvDb),
        ("WORKLOG_CONFIG", M::ManEnvConfig),
        ("WORKLOG_TODAY", M::ManEnvToday),
        ("NO_COLOR", M::ManEnvNoColor),
        ("CLICOLOR_FORCE", M::ManEnvClicolorForce),
        ("TERM", M::ManEnvTerm),
        ("LANG, LC_ALL, LC_MESSAGES", M::ManEnvLang),
    ] {
        let _ = writeln!(out, ".TP\n\\fB{}\\fR\n{}", esc(name), esc(s(m)));
    }
    section(out, M::ManFiles);
    for (name, m) in [
        ("~/.config/worklog/config.toml", M::ManFilesConfig),
        ("~/.local/share/worklog/worklog.db", M::ManFilesDb),
    ] {
        let _ = writeln!(out, ".TP\n\\fI{}\\fR\n{}", esc(name), esc(s(m)));
    }
    section(out, M::ManExitStatus);
    for (code, m) in [("0", M::ManExit0), ("1", M::ManExit1), ("2", M::ManExit2)] {
        let _ = writeln!(out, ".TP\n\\fB{code}\\fR\n{}", esc(s(m)));
    }
    section(out, M::ManDates);
    let _ = writeln!(out, "{}", esc(s(M::BadDateHint)));
    let _ = writeln!(out, ".PP\n{}", esc(s(M::BadPeriodHint)));
}

#[cfg(test)]
mod tests {
    use super::esc;

    #[test]
    fn roff_requests_and_escapes_are_neutralised() {
        assert_eq!(esc(".SH x"), "\\&.SH x");
        assert_eq!(esc("a-b\\c"), "a\\-b\\ec");
        assert_eq!(esc("one\n'two"), "one\n\\&'two");
    }
}
