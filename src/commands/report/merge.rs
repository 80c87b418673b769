//! `report merge FILE...`: an office head's roll-up of several officials'
//! `report month --format json` files. This file reads and checks the files (each must
//! be a month report, all of the same period), hands them to the pure `report::merge`,
//! and shows the result (`render::reports::merge`): the month report's own views on the
//! summed figures, plus a per-person table. It never opens the database.

use crate::app::Ctx;
use crate::error::{Error, Result};
use crate::i18n::M;
use crate::render::View;
use crate::render::doc::admin::Issuer;
use crate::render::reports::merge::MergeView;
use crate::report::merge::{MergeReport, Part, merge};
use crate::report::month::GoalCount;
use crate::report::month::MonthReport;
use std::io::Read;
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
#[command(
    after_long_help = "Each FILE is one official's `worklog report month --format json` output; `-` reads one from standard input.\nAll files must cover the same period (same dates): files of different periods are refused, because summing them would mix months.\nThe same person's report twice (the same book and name, or the same file) is refused.\nThe result has the month report's shape, every counter summed but days: working_days is the period's, days_logged the days anyone logged, and `people` gives each official's own headline figures with their days logged. Done tasks, open blockers and contingencies are listed with `from` = whose report they came from, their ids qualified by it (An#12).\nFormats: table, md, csv (one row per person and a total row), json, html, docx.\n\nExamples:\n  worklog report month 2022-12 --format json -o an.json     # each official\n  worklog report merge an.json binh.json chi.json           # the office head\n  worklog report merge *.json --format docx -o tong-hop-12-2022.docx"
)]
pub struct Args {
    /// The month report JSON files (`-` = standard input, once)
    #[arg(value_name = "FILE", required = true)]
    pub files: Vec<PathBuf>,
}

/// Reads one file (or standard input) and checks it is a month report; with a digest of
/// its bytes.
fn read_one(path: &PathBuf) -> Result<(String, MonthReport, String)> {
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
    let digest = crate::store::imports::digest(bytes);
    let value: serde_json::Value = serde_json::from_slice(bytes)
        .map_err(|e| Error::input(M::MergeNotJson, &[&shown, &e]).hint(M::MergeHint, &[]))?;
    let mut value = value;
    clean_strings(&mut value);
    let report: MonthReport = serde_json::from_value(value)
        .map_err(|e| Error::input(M::MergeNotMonth, &[&shown, &e]).hint(M::MergeHint, &[]))?;
    Ok((shown, report, digest))
}

/// Every string of a merge file cleaned as typed text is (NFC, no control characters
/// a terminal would act on): the file comes from someone else's machine.
fn clean_strings(v: &mut serde_json::Value) {
    match v {
        serde_json::Value::String(s) => *s = crate::text::clean(s),
        serde_json::Value::Array(a) => a.iter_mut().for_each(clean_strings),
        serde_json::Value::Object(o) => o.values_mut().for_each(clean_strings),
        _ => {}
    }
}

/// Refuses a report of a person whose report is already among `earlier`: the same
/// identity (database and person), or — for files made before reports carried one — the
/// same bytes.
fn refuse_twice(
    earlier: &[(String, MonthReport, String)],
    shown: &str,
    r: &MonthReport,
    digest: &str,
) -> Result<()> {
    for (file, e, d) in earlier {
        let same = match (&e.identity, &r.identity) {
            (Some(a), Some(b)) => a == b,
            _ => d == digest,
        };
        if same {
            let who = r
                .person
                .name
                .clone()
                .unwrap_or_else(|| crate::i18n::s(M::MergeNoName).to_string());
            return Err(Error::input(M::MergeTwice, &[&shown, &file, &who]).hint(M::MergeTwiceHint, &[]));
        }
    }
    Ok(())
}

/// Reads and checks every file; the first problem stops everything.
pub fn read_all(files: &[PathBuf]) -> Result<Vec<(String, MonthReport)>> {
    if files.iter().filter(|f| f.as_os_str() == "-").count() > 1 {
        return Err(Error::input(M::MergeStdinTwice, &[]));
    }
    let mut out: Vec<(String, MonthReport, String)> = Vec::new();
    for f in files {
        let (shown, r, digest) = read_one(f)?;
        if let Some((first, r0, _)) = out.first() {
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
        refuse_twice(&out, &shown, &r, &digest)?;
        out.push((shown, r, digest));
    }
    Ok(out.into_iter().map(|(f, r, _)| (f, r)).collect())
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
    let merged = merge(&parts, first.previous.period.clone());
    let report = MergeReport {
        report: MonthReport {
            period: first.period.clone(),
            generated_at: ctx.clock.stamp(),
            person: ctx.config.person.clone(),
            body: merged.body,
            previous: merged.previous,
            submitted_at: None,
            amendments: None,
            identity: None,
            // The goals of everyone's plans, when every file counts them.
            goals: reports.iter().try_fold(GoalCount::default(), |acc, (_, r)| {
                r.goals.map(|g| GoalCount {
                    total: acc.total + g.total,
                    achieved: acc.achieved + g.achieved,
                })
            }),
            proposals: reports.iter().try_fold(
                crate::report::proposals::ProposalCounts::default(),
                |acc, (_, r)| r.proposals.map(|c| acc + c),
            ),
        },
        people: merged.people,
    };
    Ok(View::Typed(Box::new(MergeView {
        report,
        issuer: Issuer::new(&ctx.config, ctx.today()),
        utf8: ctx.out.utf8,
    })))
}
