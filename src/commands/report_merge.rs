//! `report merge FILE...`: an office head's roll-up of several officials'
//! `report month --format json` files. This file reads and checks the files (each must
//! be a month report, all of the same period), hands them to the pure `report::merge`,
//! and renders the result: the month report's own views (counters, breakdowns, daily
//! bars, the Word/HTML document) on the summed figures, plus a per-person table.
//! It never opens the database.

use super::report_month::MonthReport;
use crate::app::Ctx;
use crate::config::Person;
use crate::dates::Period;
use crate::error::{Error, Result};
use crate::i18n::{M, s, t};
use crate::render::{Format, Listing, View, to_json};
use crate::report::merge::{Merged, Part, PersonTotals, merge};
use crate::report::month::{Blockers, Body, Contingencies, Entries};
use serde::{Deserialize, Serialize};
use std::io::Read;
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
#[command(
    after_long_help = "Each FILE is one official's `worklog report month --format json` output; `-` reads one from standard input.\nAll files must cover the same period (same dates): files of different periods are refused, because summing them would mix months.\nThe result has the month report's shape, every counter summed (days_logged and working_days become person-days), plus `people`: each official's own headline figures. Done tasks, open blockers and contingencies are listed with `from` = whose report they came from.\nFormats: table, md, csv (one row per person and a total row), json, html, docx.\n\nExamples:\n  worklog report month 2022-12 --format json -o an.json     # each official\n  worklog report merge an.json binh.json chi.json           # the office head\n  worklog report merge *.json --format docx -o tong-hop-12-2022.docx"
)]
pub struct Args {
    /// The month report JSON files (`-` = standard input, once)
    #[arg(value_name = "FILE", required = true)]
    pub files: Vec<PathBuf>,
}

/// The roll-up as printed with `--format json`: the month report's keys, summed, and
/// `people`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct MergeReport {
    pub period: Period,
    pub generated_at: String,
    /// Who made the roll-up (the head's own config).
    pub person: Person,
    #[serde(flatten)]
    pub merged: Merged,
}

/// Reads one file (or standard input) and checks it is a month report.
fn read_one(path: &PathBuf) -> Result<(String, MonthReport)> {
    let shown = path.display().to_string();
    let bytes = if shown == "-" {
        let mut v = Vec::new();
        std::io::stdin()
            .read_to_end(&mut v)
            .map_err(|e| Error::input(M::MergeUnreadable, &[&shown, &e]))?;
        v
    } else {
        std::fs::read(path).map_err(|e| Error::input(M::MergeUnreadable, &[&shown, &e]))?
    };
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(&bytes);
    let value: serde_json::Value = serde_json::from_slice(bytes)
        .map_err(|e| Error::input(M::MergeNotJson, &[&shown, &e]).hint(M::MergeHint, &[]))?;
    let report: MonthReport = serde_json::from_value(value)
        .map_err(|e| Error::input(M::MergeNotMonth, &[&shown, &e]).hint(M::MergeHint, &[]))?;
    Ok((shown, report))
}

/// Reads and checks every file; the first problem stops everything.
pub fn read_all(files: &[PathBuf]) -> Result<Vec<(String, MonthReport)>> {
    if files.iter().filter(|f| f.as_os_str() == "-").count() > 1 {
        return Err(Error::input(M::MergeStdinTwice, &[]));
    }
    let mut out: Vec<(String, MonthReport)> = Vec::new();
    for f in files {
        let (shown, r) = read_one(f)?;
        if let Some((first, r0)) = out.first() {
            let (a, b) = (&r0.period, &r.period);
            if (a.from, a.to) != (b.from, b.to) {
                return Err(Error::input(
                    M::MergePeriods,
                    &[
                        first,
                        &a.label,
                        &crate::i18n::date(a.from),
                        &crate::i18n::date(a.to),
                        &shown,
                        &b.label,
                        &crate::i18n::date(b.from),
                        &crate::i18n::date(b.to),
                    ],
                )
                .hint(M::MergePeriodsHint, &[&a.label]));
            }
        }
        out.push((shown, r));
    }
    Ok(out)
}

pub fn run(ctx: &Ctx, a: Args) -> Result<View> {
    let reports = read_all(&a.files)?;
    let parts: Vec<Part> = reports
        .iter()
        .map(|(file, r)| Part {
            file: file.clone(),
            name: r.person.name.clone(),
            title: r.person.title.clone(),
            org: r.person.org.clone(),
            body: &r.body,
            previous: &r.previous,
        })
        .collect();
    let (_, first) = &reports[0];
    let report = MergeReport {
        period: first.period.clone(),
        generated_at: ctx.clock.stamp(),
        person: ctx.config.person.clone(),
        merged: merge(&parts, first.previous.period.clone()),
    };
    view(ctx, &report)
}

/// The roll-up in the month report's own shape, so its views can show it; each listed
/// item's text starts with whose report it came from.
fn as_month(r: &MergeReport) -> MonthReport {
    let m = &r.merged;
    let tag = |from: &str, text: &str| format!("{from}: {text}");
    MonthReport {
        period: r.period.clone(),
        generated_at: r.generated_at.clone(),
        person: r.person.clone(),
        body: Body {
            entries: Entries {
                counts: m.entries.counts.clone(),
                by_kind: m.entries.by_kind.clone(),
                by_field: m.entries.by_field.clone(),
                by_unit: m.entries.by_unit.clone(),
                by_tag: m.entries.by_tag.clone(),
            },
            daily: m.daily.clone(),
            tasks: m.tasks.clone(),
            done_list: m
                .done_list
                .iter()
                .map(|l| {
                    let mut d = l.item.clone();
                    d.title = tag(&l.from, &d.title);
                    d
                })
                .collect(),
            followups: m.followups.clone(),
            blockers: Blockers {
                raised: m.blockers.raised,
                resolved: m.blockers.resolved,
                open: m
                    .blockers
                    .open
                    .iter()
                    .map(|l| {
                        let mut b = l.item.clone();
                        b.text = tag(&l.from, &b.text);
                        b
                    })
                    .collect(),
            },
            contingencies: Contingencies {
                prepared: m.contingencies.prepared,
                triggered: m.contingencies.triggered,
                list: m
                    .contingencies
                    .list
                    .iter()
                    .map(|l| {
                        let mut c = l.item.clone();
                        c.situation = tag(&l.from, &c.situation);
                        c
                    })
                    .collect(),
            },
            documents: m.documents.clone(),
        },
        previous: m.previous.clone(),
        submitted_at: None,
        amendments: None,
    }
}

fn percent(rate: f64) -> String {
    format!("{:.0}%", rate * 100.0)
}

fn people_headers() -> Vec<String> {
    [
        M::MergePerson,
        M::MergeFile,
        M::REntries,
        M::RMinutes,
        M::RArising,
        M::RTasksPlanned,
        M::RTasksDone,
        M::RCompletion,
        M::RFollowOpen,
        M::RBlockersOpen,
    ]
    .iter()
    .map(|m| s(*m).to_string())
    .collect()
}

fn person_row(p: &PersonTotals) -> Vec<String> {
    let mut who = p.name.clone().unwrap_or_else(|| s(M::MergeNoName).to_string());
    if let Some(title) = p.title.as_deref().filter(|x| !x.is_empty()) {
        who = format!("{who} ({title})");
    }
    vec![
        who,
        p.file.clone(),
        p.entries.to_string(),
        p.minutes.to_string(),
        p.arising.to_string(),
        p.tasks_planned.to_string(),
        p.tasks_done.to_string(),
        percent(p.completion_rate),
        p.followups_open.to_string(),
        p.blockers_open.to_string(),
    ]
}

fn total_row(r: &MergeReport) -> Vec<String> {
    let m = &r.merged;
    vec![
        s(M::MergeTotal).to_string(),
        String::new(),
        m.entries.counts.total.to_string(),
        m.entries.counts.minutes.to_string(),
        m.entries.counts.arising.to_string(),
        m.tasks.planned.to_string(),
        m.tasks.done.to_string(),
        percent(m.tasks.completion_rate),
        m.followups.open.to_string(),
        m.blockers.open.len().to_string(),
    ]
}

fn people_listing(r: &MergeReport) -> Result<Listing> {
    let mut rows: Vec<Vec<String>> = r.merged.people.iter().map(person_row).collect();
    rows.push(total_row(r));
    let mut l = Listing::new(people_headers(), rows, &r.merged.people)?;
    l.title = Some(s(M::MergePeopleTitle).to_string());
    Ok(l)
}

pub fn view(ctx: &Ctx, r: &MergeReport) -> Result<View> {
    let json = to_json(r)?;
    let month = as_month(r);
    match ctx.out.format {
        Format::Json => Ok(View::Record {
            line: String::new(),
            json,
        }),
        // One row per person and a total row: what a spreadsheet of the office wants.
        Format::Csv => {
            let mut l = people_listing(r)?;
            l.title = None;
            l.json = json;
            Ok(View::Listing(l))
        }
        Format::Html | Format::Docx => {
            let doc = super::report_doc::document_view(ctx, || {
                let (mut doc, charts) = super::report_doc::month_document(ctx, &month, &[]);
                let mut rows: Vec<Vec<String>> = r.merged.people.iter().map(person_row).collect();
                rows.push(total_row(r));
                doc.appendix.insert(
                    0,
                    crate::render::doc::Table {
                        title: s(M::MergePeopleTitle).to_string(),
                        headers: people_headers(),
                        rows,
                    },
                );
                Ok((doc, charts))
            })?;
            doc.ok_or_else(|| Error::fail(M::DbError, &[&"document format"]))
        }
        _ => match super::report_month::view(ctx, &month)? {
            View::Sections { mut sections, .. } => {
                if let Some(first) = sections.first_mut() {
                    let title = first.title.take().unwrap_or_default();
                    first.title = Some(t(M::MergeTitle, &[&r.merged.people.len(), &title]));
                }
                sections.insert(1.min(sections.len()), people_listing(r)?);
                Ok(View::Sections { sections, json })
            }
            other => Ok(other),
        },
    }
}
