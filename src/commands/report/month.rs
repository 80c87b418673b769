//! `report month|year|range`: monthly (yearly, any span) statistics, with the previous
//! period's counters alongside, `report.month_cutoff_day` honoured, and frozen
//! submissions with the amendments made since. Gathers the rows, calls
//! `report::month::compute` and hands the report to `render::reports::month`.

use crate::app::Ctx;
use crate::dates::{Dir, Period, parse_date, parse_period};
use crate::error::{Error, Result};
use crate::i18n::{M, s};
use crate::render::View;
use crate::render::doc::admin::Issuer;
use crate::render::reports::month::MonthView;
use crate::report::input::MonthContent;
use crate::report::month::{self, Body, Input, Labels, MonthReport, NextTask};
use crate::report::submission::{Fingerprints, Frozen, amendments, fingerprints};
use crate::store::{self, Store};
use chrono::{Datelike, NaiveDate};
use std::collections::HashMap;

#[derive(Debug, clap::Args)]
#[command(
    after_long_help = "Examples:\n  worklog report month                 # this reporting month\n  worklog report month 2022-12 --format md\n  worklog report month --submit        # freeze what you reported\n  worklog report month 2022-Q4 --format json"
)]
pub struct MonthArgs {
    /// month, last-month, 2022-12, 12/2022 (also 2022-Q4, 2022-H2, 2022; default: this month)
    #[arg(value_name = "PERIOD")]
    pub period: Option<String>,
    /// Store this report as submitted: a new frozen copy each time, never overwritten
    /// (later runs list what changed since)
    #[arg(long)]
    pub submit: bool,
    /// Show a submitted copy as it was: the last one, or version N (1 = the first)
    #[arg(long, value_name = "N", num_args = 0..=1, default_missing_value = "", conflicts_with = "submit")]
    pub as_submitted: Option<String>,
    /// List the submitted versions: when, and what changed between them
    #[arg(long, conflicts_with_all = ["submit", "as_submitted"])]
    pub submissions: bool,
}

#[derive(Debug, clap::Args)]
pub struct YearArgs {
    /// The year (default: this year)
    #[arg(value_name = "YEAR")]
    pub year: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct RangeArgs {
    /// First day
    #[arg(value_name = "FROM", allow_hyphen_values = true)]
    pub from: String,
    /// Last day
    #[arg(value_name = "TO", allow_hyphen_values = true)]
    pub to: String,
}

/// Builds the report of `p0` (an unshifted period).
pub fn build(ctx: &Ctx, store: &Store, p0: &Period) -> Result<MonthReport> {
    let cutoff = ctx.config.report.month_cutoff_day;
    let period = p0.clone().with_cutoff(cutoff);
    let prev = p0.previous().with_cutoff(cutoff);
    store::report::bound_cache(store)?;
    let labels = labels(ctx, store)?;
    let tasks = store::report::task_rows(store, period.to, asof(ctx, &period))?;
    let blockers = store::report::blocker_rows(store)?;
    let contingencies = store::report::contingency_rows(store)?;
    let docs = store::report::doc_rows(store)?;
    let plan_starts = plan_starts(ctx, &tasks, &contingencies);
    let body_of = |p: &Period, tasks: &[month::TaskRow]| -> Result<Body> {
        let entries = store::report::entry_totals(store, p.from, p.to)?;
        let working: Vec<(NaiveDate, bool)> = p.days().map(|d| (d, ctx.cal().is_working_day(d))).collect();
        Ok(month::compute(&Input {
            period: p,
            asof: asof(ctx, p),
            stale_days: ctx.config.stale_days,
            working: &working,
            entries: &entries,
            tasks,
            blockers: &blockers,
            contingencies: &contingencies,
            docs: &docs,
            plan_starts: &plan_starts,
            labels: &labels,
        }))
    };
    let body = body_of(&period, &tasks)?;
    let prev_tasks = store::report::task_rows(store, prev.to, asof(ctx, &prev))?;
    let prev_body = body_of(&prev, &prev_tasks)?;
    let goals = store::plans::goal_counts(store.db(), period.from, period.to)?;
    let proposals = store::proposals::proposals(store.db(), false)?;
    let count = |p: &Period| crate::report::proposals::period_counts(&proposals, p.from, p.to, asof(ctx, p));
    let mut previous = prev_body.counters(prev.clone());
    previous.proposals = Some(count(&prev));
    let proposals = Some(count(&period));
    Ok(MonthReport {
        period,
        generated_at: ctx.clock.stamp(),
        person: ctx.config.person.clone(),
        body,
        previous,
        submitted_at: None,
        amendments: None,
        identity: store::export::first_created(store.db())?.map(|database| month::Identity {
            database,
            person: ctx.config.person.name.clone().unwrap_or_default(),
        }),
        goals: Some(goals),
        proposals,
    })
}

/// The first day of every plan the tasks and contingencies name (`2022-W50`, `2022-12`).
fn plan_starts(
    ctx: &Ctx,
    tasks: &[month::TaskRow],
    contingencies: &[month::ContingencyRow],
) -> HashMap<String, NaiveDate> {
    let mut plan_starts: HashMap<String, NaiveDate> = HashMap::new();
    let plan_labels = tasks
        .iter()
        .flat_map(|t| {
            t.history
                .initial()
                .map(str::to_string)
                .into_iter()
                .chain(t.history.moves.iter().filter_map(|m| m.to.clone()))
        })
        .chain(contingencies.iter().filter_map(|c| c.plan.clone()));
    for l in plan_labels {
        if let std::collections::hash_map::Entry::Vacant(v) = plan_starts.entry(l) {
            if let Ok(p) = parse_period(v.key(), ctx.today(), ctx.cal()) {
                v.insert(p.from);
            }
        }
    }
    plan_starts
}

fn asof(ctx: &Ctx, p: &Period) -> NaiveDate {
    ctx.today().min(p.to)
}

fn labels(ctx: &Ctx, store: &Store) -> Result<Labels> {
    Ok(Labels {
        kinds: crate::render::labels::kinds(&ctx.config.kinds)
            .into_iter()
            .collect(),
        fields: store.fields()?.into_iter().map(|f| (f.key, f.name)).collect(),
        units: store
            .units(true)?
            .into_iter()
            .map(|u| (u.alias, u.name))
            .collect(),
        none: s(M::RNone).to_string(),
    })
}

pub fn month(ctx: &Ctx, mut a: MonthArgs) -> Result<View> {
    // `--as-submitted 2022-12`: a value that is not a version number is the period.
    let version = match a.as_submitted.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(v) => match v.parse::<usize>() {
            Ok(n) => Some(n),
            Err(_) if a.period.is_none() => {
                a.period = Some(v.to_string());
                None
            }
            Err(_) => {
                return Err(Error::input(
                    M::RNoSuchVersion,
                    &[&a.period.clone().unwrap_or_default(), &v, &0],
                ));
            }
        },
    };
    let p0 = match &a.period {
        Some(p) => parse_period(p, ctx.today(), ctx.cal())?,
        None => {
            let today = ctx.today();
            Period::reporting_month(today, ctx.config.report.month_cutoff_day)
                .ok_or_else(|| Error::input(M::BadPeriod, &[&today]))?
        }
    };
    if a.as_submitted.is_some() {
        return super::submissions::as_submitted(ctx, &p0.label, version);
    }
    if a.submissions {
        return super::submissions::list(ctx, &p0.label);
    }
    if a.submit {
        return super::submissions::submit(ctx, &p0);
    }
    let store = ctx.store_ro()?;
    let mut report = build(ctx, &store, &p0)?;
    if let Some((at, frozen)) = load_frozen(&store, &p0.label)? {
        let now = records(&store, &report)?;
        report.submitted_at = Some(at);
        report.amendments = Some(amendments(&frozen.records, &now));
    }
    let next = next_tasks(ctx, &store, &report)?;
    let content = crate::ops::month_content_if_shown(ctx, &store, &report.period)?;
    view(ctx, report, next, content, Issuer::new(&ctx.config, ctx.today()))
}

pub fn year(ctx: &Ctx, a: YearArgs) -> Result<View> {
    let y = match &a.year {
        None => ctx.today().year(),
        Some(y) => match y.trim().parse::<i32>() {
            Ok(y) if (crate::dates::MIN_YEAR..=crate::dates::MAX_YEAR).contains(&y) => y,
            _ => return Err(Error::input(M::RNotAYear, &[&y])),
        },
    };
    let p0 = Period::year(y).ok_or_else(|| Error::input(M::RNotAYear, &[&y]))?;
    let store = ctx.store_ro()?;
    let report = build(ctx, &store, &p0)?;
    let next = next_tasks(ctx, &store, &report)?;
    let content = crate::ops::month_content_if_shown(ctx, &store, &report.period)?;
    view(ctx, report, next, content, Issuer::new(&ctx.config, ctx.today()))
}

pub fn range(ctx: &Ctx, a: RangeArgs) -> Result<View> {
    let from = parse_date(&a.from, ctx.today(), Dir::Past, ctx.cal())?;
    let to = parse_date(&a.to, ctx.today(), Dir::Past, ctx.cal())?;
    if from > to {
        return Err(
            Error::input(M::PeriodReversed, &[&format!("{} {}", a.from, a.to)])
                .hint(M::RRangeReversedHint, &[&a.to, &a.from]),
        );
    }
    let store = ctx.store_ro()?;
    let report = build(ctx, &store, &Period::range(from, to))?;
    let next = next_tasks(ctx, &store, &report)?;
    let content = crate::ops::month_content_if_shown(ctx, &store, &report.period)?;
    view(ctx, report, next, content, Issuer::new(&ctx.config, ctx.today()))
}

/// The latest submission of the month `label`: when it was made, and what it froze.
fn load_frozen(store: &Store, label: &str) -> Result<Option<(String, Frozen)>> {
    match store::submissions::latest(store.db(), "month", label)? {
        None => Ok(None),
        Some((at, content)) => {
            let frozen = Frozen::from_json(&content).map_err(|e| Error::fail(M::DbError, &[&e]))?;
            Ok(Some((at, frozen)))
        }
    }
}

/// The fingerprints of the records `r` rests on.
pub(super) fn records(store: &Store, r: &MonthReport) -> Result<Fingerprints> {
    let entries = store::report::entry_ids(store, r.period.from, r.period.to)?
        .into_iter()
        .map(|id| store::entries::get_entry(store.db(), id))
        .collect::<store::Result<Vec<_>>>()?;
    Ok(fingerprints(&entries, r))
}

/// Today's open tasks planned in or due in the period after the report's.
pub(super) fn next_tasks(ctx: &Ctx, store: &Store, r: &MonthReport) -> Result<Vec<NextTask>> {
    let (from, to) = r.period.following_days();
    let start = |label: &str| parse_period(label, ctx.today(), ctx.cal()).ok().map(|p| p.from);
    let plans: Vec<String> = store::tasks::open_plan_labels(store.db())?
        .into_iter()
        .filter(|l| start(l).is_some_and(|d| from <= d && d <= to))
        .collect();
    let tasks = store::tasks::next_candidates(store.db(), from, to, &plans)?;
    Ok(month::next_tasks(&r.period, &tasks, start))
}

/// The report's view; `next` is what its document's "next period" section lists,
/// `content` what its other sections say beyond the counters.
fn view(
    ctx: &Ctx,
    report: MonthReport,
    next: Vec<NextTask>,
    content: MonthContent,
    issuer: Issuer,
) -> Result<View> {
    Ok(View::Typed(Box::new(MonthView {
        report,
        next,
        content,
        issuer,
        utf8: ctx.out.utf8,
    })))
}
