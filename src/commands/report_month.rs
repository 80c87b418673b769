//! `report month|year|range`: monthly (yearly, any span) statistics, with the previous
//! period's counters alongside, `report.month_cutoff_day` honoured, and frozen
//! submissions with the amendments made since.

use crate::app::Ctx;
use crate::config::Person;
use crate::dates::{Dir, Period, PeriodKind, parse_date, parse_period};
use crate::error::{Error, Result};
use crate::i18n::{M, s, t};
use crate::render::{Format, Listing, View, to_json};
use crate::report::month::{self, Body, Input, Labels, Previous};
use crate::store::{self, Store};
use chrono::{Datelike, Days, Months, NaiveDate};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

#[derive(Debug, clap::Args)]
#[command(
    after_long_help = "Examples:\n  worklog report month                 # this reporting month\n  worklog report month 2022-12 --format md\n  worklog report month --submit        # freeze what you reported\n  worklog report month 2022-Q4 --format json"
)]
pub struct MonthArgs {
    /// month, last-month, 2022-12, 12/2022 (also 2022-Q4, 2022-H2, 2022; default: this month)
    #[arg(value_name = "PERIOD")]
    pub period: Option<String>,
    /// Store this report as submitted (later runs list what changed since)
    #[arg(long)]
    pub submit: bool,
    /// Show the copy that was submitted, as it was
    #[arg(long, conflicts_with = "submit")]
    pub as_submitted: bool,
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

/// The report as printed with `--format json` (SPEC §6 keys).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct MonthReport {
    pub period: Period,
    pub generated_at: String,
    pub person: Person,
    #[serde(flatten)]
    pub body: Body,
    pub previous: Previous,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub submitted_at: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub amendments: Option<Vec<Amendment>>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Amendment {
    pub id: i64,
    pub change: String,
    pub what: String,
}

/// What a submission freezes: the report, and a fingerprint of every record behind it.
#[derive(Debug, Serialize, Deserialize)]
struct Frozen {
    report: MonthReport,
    records: BTreeMap<i64, (String, String)>,
}

fn months_of(kind: PeriodKind) -> u32 {
    match kind {
        PeriodKind::Month => 1,
        PeriodKind::Quarter => 3,
        PeriodKind::Half => 6,
        _ => 12,
    }
}

/// Applies `report.month_cutoff_day`: month `2022-12` with cut-off 14 is 15/11–14/12.
fn shift(p: Period, cutoff: u32) -> Period {
    if cutoff == 0
        || !matches!(
            p.kind,
            PeriodKind::Month | PeriodKind::Quarter | PeriodKind::Half | PeriodKind::Year
        )
    {
        return p;
    }
    let from = p
        .from
        .checked_sub_months(Months::new(1))
        .and_then(|d| d.with_day(cutoff + 1))
        .unwrap_or(p.from);
    let to = p.to.with_day(cutoff).unwrap_or(p.to);
    Period { from, to, ..p }
}

/// The period before `p` (unshifted), with its label.
fn previous(p: &Period) -> Period {
    match p.kind {
        PeriodKind::Month | PeriodKind::Quarter | PeriodKind::Half | PeriodKind::Year => {
            let n = months_of(p.kind);
            let from = p.from.checked_sub_months(Months::new(n)).unwrap_or(p.from);
            let to = p.from - Days::new(1);
            let label = match p.kind {
                PeriodKind::Month => format!("{:04}-{:02}", from.year(), from.month()),
                PeriodKind::Quarter => format!("{}-Q{}", from.year(), from.month().div_ceil(3)),
                PeriodKind::Half => format!("{}-H{}", from.year(), from.month().div_ceil(6)),
                _ => format!("{:04}", from.year()),
            };
            Period {
                kind: p.kind,
                label,
                from,
                to,
            }
        }
        _ => {
            let len = (p.to - p.from).num_days() + 1;
            let to = p.from - Days::new(1);
            let from = to - Days::new(len as u64 - 1);
            let mut prev = Period::range(from, to);
            prev.kind = p.kind;
            if p.kind == PeriodKind::Week {
                prev = Period::week_of(from);
            }
            prev
        }
    }
}

/// Builds the report of `p0` (an unshifted period).
pub fn build(ctx: &Ctx, store: &Store, p0: &Period) -> Result<MonthReport> {
    let cutoff = ctx.config.report.month_cutoff_day;
    let period = shift(p0.clone(), cutoff);
    let prev = shift(previous(p0), cutoff);
    store::report::bound_cache(store)?;
    let labels = labels(ctx, store)?;
    let tasks = store::report::task_rows(store, period.to, asof(ctx, &period))?;
    let blockers = store::report::blocker_rows(store)?;
    let contingencies = store::report::contingency_rows(store)?;
    let docs = store::report::doc_rows(store)?;
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
    Ok(MonthReport {
        period,
        generated_at: ctx.clock.stamp(),
        person: ctx.config.person.clone(),
        body,
        previous: prev_body.counters(prev),
        submitted_at: None,
        amendments: None,
    })
}

fn asof(ctx: &Ctx, p: &Period) -> NaiveDate {
    ctx.today().min(p.to)
}

fn labels(ctx: &Ctx, store: &Store) -> Result<Labels> {
    Ok(Labels {
        kinds: crate::render::labels::kinds(&ctx.config).into_iter().collect(),
        fields: store.fields()?.into_iter().map(|f| (f.key, f.name)).collect(),
        units: store
            .units(true)?
            .into_iter()
            .map(|u| (u.alias, u.name))
            .collect(),
        none: s(M::RNone).to_string(),
    })
}

/// The reporting month that contains today (with a cut-off, the 15th on belongs to the
/// next month's report).
fn current_month(ctx: &Ctx) -> Result<Period> {
    let today = ctx.today();
    let c = ctx.config.report.month_cutoff_day;
    let d = if c > 0 && today.day() > c {
        today.checked_add_months(Months::new(1)).unwrap_or(today)
    } else {
        today
    };
    Period::month(d.year(), d.month()).ok_or_else(|| Error::input(M::BadPeriod, &[&d]))
}

pub fn month(ctx: &Ctx, a: MonthArgs) -> Result<View> {
    let p0 = match &a.period {
        Some(p) => parse_period(p, ctx.today(), ctx.cal())?,
        None => current_month(ctx)?,
    };
    if a.as_submitted {
        let store = ctx.store_ro()?;
        let frozen = load_frozen(&store, &p0.label)?.ok_or_else(|| {
            Error::input(M::RNotSubmitted, &[&p0.label]).hint(M::RNotSubmittedHint, &[&p0.label])
        })?;
        return view(ctx, &frozen.1.report);
    }
    if a.submit {
        let mut store = ctx.store_rw()?;
        let report = build(ctx, &store, &p0)?;
        let frozen = Frozen {
            records: fingerprints(&store, &report)?,
            report,
        };
        let content = serde_json::to_string(&frozen).map_err(|e| Error::fail(M::DbError, &[&e]))?;
        let tx = store.begin_write()?;
        let now = tx.insert_submission("month", &p0.label, &content)?;
        tx.finish(&t(M::UndoSubmit, &[&p0.label]), ctx.dry_run)?;
        let mut report = frozen.report;
        report.submitted_at = Some(now.clone());
        report.amendments = Some(Vec::new());
        return match ctx.out.format {
            Format::Json => Ok(View::Record {
                line: String::new(),
                json: to_json(&report)?,
            }),
            _ => Ok(View::Message {
                lines: vec![t(M::RSubmitted, &[&p0.label, &now])],
                json: serde_json::Value::Null,
            }),
        };
    }
    let store = ctx.store_ro()?;
    let mut report = build(ctx, &store, &p0)?;
    if let Some((at, frozen)) = load_frozen(&store, &p0.label)? {
        let now = fingerprints(&store, &report)?;
        report.submitted_at = Some(at);
        report.amendments = Some(amendments(&frozen.records, &now));
    }
    view(ctx, &report)
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
    view(ctx, &report)
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
    view(ctx, &report)
}

fn load_frozen(store: &Store, label: &str) -> Result<Option<(String, Frozen)>> {
    match store::submissions::latest(store.db(), "month", label)? {
        None => Ok(None),
        Some((at, content)) => {
            let frozen: Frozen =
                serde_json::from_str(&content).map_err(|e| Error::fail(M::DbError, &[&e]))?;
            Ok(Some((at, frozen)))
        }
    }
}

/// The records a report rests on, each with a fingerprint of what it says.
fn fingerprints(store: &Store, r: &MonthReport) -> Result<BTreeMap<i64, (String, String)>> {
    let mut out = BTreeMap::new();
    for id in store::report::entry_ids(store, r.period.from, r.period.to)? {
        let full = store::entries::get_entry(store.db(), id)?;
        out.insert(
            id,
            (
                format!("{} {}", crate::i18n::date(full.date), full.text),
                // Everything the report counts the entry by: an edit of the field, a unit
                // or a tag moves it between breakdowns, so it is an amendment too.
                format!(
                    "{}|{}|{}|{:?}|{:?}|{:?}|{:?}|{:?}",
                    full.date,
                    full.text,
                    full.kind,
                    full.minutes,
                    full.task,
                    full.field,
                    full.units,
                    full.tags
                ),
            ),
        );
    }
    for t in &r.body.done_list {
        out.insert(
            t.id,
            (t.title.clone(), format!("done|{:?}|{:?}", t.closed_on, t.due)),
        );
    }
    for b in &r.body.blockers.open {
        out.insert(
            b.id,
            (b.text.clone(), format!("blocker|{:?}|{:?}", b.proposal, b.remedy)),
        );
    }
    Ok(out)
}

fn amendments(
    then: &BTreeMap<i64, (String, String)>,
    now: &BTreeMap<i64, (String, String)>,
) -> Vec<Amendment> {
    let mut v = Vec::new();
    for (id, (what, print)) in now {
        match then.get(id) {
            None => v.push(Amendment {
                id: *id,
                change: "added".into(),
                what: what.clone(),
            }),
            Some((_, old)) if old != print => v.push(Amendment {
                id: *id,
                change: "changed".into(),
                what: what.clone(),
            }),
            _ => {}
        }
    }
    for (id, (what, _)) in then {
        if !now.contains_key(id) {
            v.push(Amendment {
                id: *id,
                change: "removed".into(),
                what: what.clone(),
            });
        }
    }
    v.sort_by_key(|a| a.id);
    v
}

/// Open tasks planned in or due in the period after the report's (section III of the
/// Word report: the next period's priorities).
fn next_tasks(ctx: &Ctx, r: &MonthReport) -> Result<Vec<crate::model::Task>> {
    let from = r.period.to + Days::new(1);
    let to = match r.period.kind {
        PeriodKind::Year => r.period.to.checked_add_months(Months::new(12)),
        PeriodKind::Month | PeriodKind::Quarter | PeriodKind::Half => r
            .period
            .to
            .checked_add_months(Months::new(months_of(r.period.kind))),
        _ => r
            .period
            .to
            .checked_add_days(Days::new((r.period.to - r.period.from).num_days() as u64 + 1)),
    }
    .unwrap_or(from);
    let store = ctx.store_ro()?;
    let tasks = store.tasks(&Default::default(), super::task::asof(ctx))?;
    Ok(tasks
        .into_iter()
        .filter(|t| {
            let due_next = t.due.is_some_and(|d| from <= d && d <= to);
            let planned_next = t
                .plan
                .as_deref()
                .and_then(|l| parse_period(l, ctx.today(), ctx.cal()).ok())
                .is_some_and(|p| from <= p.from && p.from <= to);
            due_next || planned_next
        })
        .collect())
}

fn title(r: &MonthReport) -> String {
    let p = &r.period;
    let name = match p.kind {
        PeriodKind::Month => {
            let m = match crate::i18n::lang() {
                crate::i18n::Lang::Vi => format!("{:02}/{}", p.to.month(), p.to.year()),
                crate::i18n::Lang::En => p.label.clone(),
            };
            t(M::RPeriodMonth, &[&m])
        }
        PeriodKind::Year => t(M::RPeriodYear, &[&p.to.year()]),
        _ => t(M::RPeriodOther, &[&p.label]),
    };
    t(
        M::RMonthTitle,
        &[&name, &crate::i18n::date(p.from), &crate::i18n::date(p.to)],
    )
}

fn change(now: i64, before: i64) -> String {
    match now - before {
        0 => "0".into(),
        d if d > 0 => format!("+{d}"),
        d => d.to_string(),
    }
}

fn listing(title: Option<String>, headers: &[M], rows: Vec<Vec<String>>) -> Listing {
    Listing {
        title,
        headers: headers.iter().map(|m| s(*m).to_string()).collect(),
        rows,
        ..Listing::default()
    }
}

fn pct(part: i64, whole: i64) -> String {
    if whole == 0 {
        "–".into()
    } else {
        format!("{:.0}%", part as f64 * 100.0 / whole as f64)
    }
}

/// The counters table: this period, the previous one, the change.
fn counters(r: &MonthReport) -> Listing {
    let b = &r.body;
    let p = &r.previous;
    let row = |m: M, now: i64, before: i64| {
        vec![
            s(m).to_string(),
            now.to_string(),
            before.to_string(),
            change(now, before),
        ]
    };
    let rows = vec![
        row(M::REntries, b.entries.counts.total, p.entries.total),
        row(
            M::RDaysLogged,
            b.entries.counts.days_logged,
            p.entries.days_logged,
        ),
        row(
            M::RWorkingDays,
            b.entries.counts.working_days,
            p.entries.working_days,
        ),
        row(M::RMinutes, b.entries.counts.minutes, p.entries.minutes),
        row(M::RPlanned, b.entries.counts.planned, p.entries.planned),
        row(M::RArising, b.entries.counts.arising, p.entries.arising),
        vec![
            s(M::RArisingShare).to_string(),
            pct(b.entries.counts.arising, b.entries.counts.total),
            pct(p.entries.arising, p.entries.total),
            String::new(),
        ],
        row(M::RTasksPlanned, b.tasks.planned, p.tasks.planned),
        row(M::RTasksDone, b.tasks.done, p.tasks.done),
        row(M::RTasksOnTime, b.tasks.done_on_time, p.tasks.done_on_time),
        row(M::RTasksOpen, b.tasks.open, p.tasks.open),
        row(M::RTasksOverdue, b.tasks.overdue, p.tasks.overdue),
        row(M::RTasksStale, b.tasks.stale, p.tasks.stale),
        row(M::RTasksCarried, b.tasks.carried, p.tasks.carried),
        row(M::RTasksDropped, b.tasks.dropped, p.tasks.dropped),
        vec![
            s(M::RCompletion).to_string(),
            format!("{:.0}%", b.tasks.completion_rate * 100.0),
            format!("{:.0}%", p.tasks.completion_rate * 100.0),
            String::new(),
        ],
        row(M::RFollowOpen, b.followups.open, p.followups.open),
        row(M::RFollowDone, b.followups.done, p.followups.done),
        row(M::RFollowOverdue, b.followups.overdue, p.followups.overdue),
        row(M::RBlockersRaised, b.blockers.raised, p.blockers.raised),
        row(M::RBlockersResolved, b.blockers.resolved, p.blockers.resolved),
        row(M::RBlockersOpen, b.blockers.open.len() as i64, p.blockers.open),
        row(
            M::RContPrepared,
            b.contingencies.prepared,
            p.contingencies.prepared,
        ),
        row(
            M::RContTriggered,
            b.contingencies.triggered,
            p.contingencies.triggered,
        ),
        row(M::RDocsIssued, b.documents.issued, p.documents.issued),
        row(
            M::RDocsPending,
            b.documents.required_pending,
            p.documents.required_pending,
        ),
    ];
    listing(
        Some(title(r)),
        &[M::RIndicator, M::RThis, M::RPrev, M::RChange],
        rows,
    )
}

fn breakdowns(r: &MonthReport) -> Vec<(M, &Vec<month::Bucket>)> {
    let e = &r.body.entries;
    vec![
        (M::RByKind, &e.by_kind),
        (M::RByField, &e.by_field),
        (M::RByUnit, &e.by_unit),
        (M::RByTag, &e.by_tag),
    ]
}

/// One bar per day: Unicode blocks, or `#` where the terminal is not UTF-8.
fn bar(count: i64, max: i64, utf8: bool) -> String {
    if count == 0 || max == 0 {
        return String::new();
    }
    let width = 30.0;
    let eighths = ((count as f64 / max as f64) * width * 8.0).round().max(1.0) as usize;
    if !utf8 {
        return "#".repeat(eighths.div_ceil(8));
    }
    let mut s = "█".repeat(eighths / 8);
    const PARTS: [&str; 8] = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];
    s.push_str(PARTS[eighths % 8]);
    s
}

pub fn view(ctx: &Ctx, r: &MonthReport) -> Result<View> {
    // JSON is written straight from the report, the same text `to_json` + the renderer
    // gave, without building a JSON tree first (a year's daily rows made one of 200 KB:
    // SPEC §10 P5); the other formats never read it.
    let json = serde_json::Value::Null;
    match ctx.out.format {
        Format::Json => {
            let mut bytes = serde_json::to_vec_pretty(r).map_err(|e| Error::fail(M::DbError, &[&e]))?;
            bytes.push(b'\n');
            return Ok(View::Raw(bytes));
        }
        Format::Html | Format::Docx => {
            let next = next_tasks(ctx, r)?;
            if let Some(v) = super::report_doc::document_view(ctx, || {
                Ok(super::report_doc::month_document(ctx, r, &next))
            })? {
                return Ok(v);
            }
        }
        Format::Csv => {
            let mut rows = Vec::new();
            for (m, buckets) in breakdowns(r) {
                for b in buckets {
                    rows.push(vec![
                        s(m).to_string(),
                        b.key.clone().unwrap_or_default(),
                        b.label.clone(),
                        b.count.to_string(),
                        b.minutes.to_string(),
                    ]);
                }
            }
            let mut l = listing(
                None,
                &[M::RBreakdown, M::LKey, M::LName, M::RCount, M::RMinutes],
                rows,
            );
            l.json = json;
            return Ok(View::Listing(l));
        }
        _ => {}
    }
    let mut sections = vec![counters(r)];
    if let (Some(at), Some(a)) = (&r.submitted_at, &r.amendments) {
        let mut l = listing(
            Some(format!(
                "{} · {}",
                s(M::RAmendments),
                t(M::RSubmittedAt, &[at, &a.len()])
            )),
            &[M::LId, M::RChangeKind, M::RWhat],
            a.iter()
                .map(|x| {
                    let c = match x.change.as_str() {
                        "added" => M::RAdded,
                        "removed" => M::RRemoved,
                        _ => M::RChanged,
                    };
                    vec![format!("#{}", x.id), s(c).to_string(), x.what.clone()]
                })
                .collect(),
        );
        l.empty = Some(s(M::NoResults).to_string());
        sections.push(l);
    }
    for (m, buckets) in breakdowns(r) {
        if buckets.is_empty() {
            continue;
        }
        sections.push(listing(
            Some(s(m).to_string()),
            &[M::LName, M::RCount, M::RMinutes],
            buckets
                .iter()
                .map(|b| vec![b.label.clone(), b.count.to_string(), b.minutes.to_string()])
                .collect(),
        ));
    }
    let b = &r.body;
    if !b.done_list.is_empty() {
        sections.push(listing(
            Some(s(M::RDoneList).to_string()),
            &[M::LId, M::LTitle, M::LUnit, M::LDue, M::LClosed, M::ROnTime],
            b.done_list
                .iter()
                .map(|d| {
                    vec![
                        format!("#{}", d.id),
                        d.title.clone(),
                        d.unit.clone().unwrap_or_default(),
                        d.due.map(crate::i18n::date).unwrap_or_default(),
                        d.closed_on.map(crate::i18n::date).unwrap_or_default(),
                        s(if d.on_time { M::Yes } else { M::No }).to_string(),
                    ]
                })
                .collect(),
        ));
    }
    if !b.followups.by_unit.is_empty() {
        sections.push(listing(
            Some(s(M::RFollowByUnit).to_string()),
            &[
                M::LUnit,
                M::LName,
                M::RFollowOpen,
                M::RFollowDone,
                M::RFollowOverdue,
            ],
            b.followups
                .by_unit
                .iter()
                .map(|u| {
                    vec![
                        u.unit.clone(),
                        u.name.clone(),
                        u.open.to_string(),
                        u.done.to_string(),
                        u.overdue.to_string(),
                    ]
                })
                .collect(),
        ));
    }
    if !b.blockers.open.is_empty() {
        sections.push(listing(
            Some(s(M::ROpenBlockers).to_string()),
            &[M::LId, M::LUnit, M::LText, M::RProposal, M::RRemedy, M::RAge],
            b.blockers
                .open
                .iter()
                .map(|x| {
                    vec![
                        format!("#{}", x.id),
                        x.unit.clone(),
                        x.text.clone(),
                        x.proposal.clone().unwrap_or_default(),
                        x.remedy
                            .as_deref()
                            .map(crate::render::labels::remedy_label)
                            .unwrap_or_default()
                            .to_string(),
                        x.age_days.to_string(),
                    ]
                })
                .collect(),
        ));
    }
    if !b.contingencies.list.is_empty() {
        sections.push(listing(
            Some(s(M::RContList).to_string()),
            &[M::LId, M::RSituation, M::RResponse, M::LStatus, M::ROutcome],
            b.contingencies
                .list
                .iter()
                .map(|c| {
                    vec![
                        format!("#{}", c.id),
                        c.situation.clone(),
                        c.response.clone(),
                        crate::render::labels::contingency_status_label(&c.status).to_string(),
                        c.outcome.clone().unwrap_or_default(),
                    ]
                })
                .collect(),
        ));
    }
    let max = b.daily.iter().map(|d| d.count).max().unwrap_or(0);
    let utf8 = ctx.out.utf8 && ctx.out.format != Format::Md;
    sections.push(listing(
        Some(s(M::RDaily).to_string()),
        &[M::LDate, M::RCount, M::RMinutes, M::RDaily],
        b.daily
            .iter()
            .map(|d| {
                let mark = if d.working_day { "" } else { " *" };
                vec![
                    format!("{}{mark}", crate::i18n::date(d.date)),
                    d.count.to_string(),
                    d.minutes.to_string(),
                    bar(d.count, max, utf8),
                ]
            })
            .collect(),
    ));
    Ok(View::Sections { sections, json })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn cutoff_shifts_months_quarters_and_years() {
        let m = shift(Period::month(2022, 12).unwrap(), 14);
        assert_eq!(
            (m.from, m.to, m.label.as_str()),
            (d(2022, 11, 15), d(2022, 12, 14), "2022-12")
        );
        let y = shift(Period::year(2022).unwrap(), 14);
        assert_eq!((y.from, y.to), (d(2021, 12, 15), d(2022, 12, 14)));
        let jan = shift(Period::month(2023, 1).unwrap(), 14);
        assert_eq!((jan.from, jan.to), (d(2022, 12, 15), d(2023, 1, 14)));
        let r = shift(Period::range(d(2022, 1, 3), d(2022, 1, 9)), 14);
        assert_eq!((r.from, r.to), (d(2022, 1, 3), d(2022, 1, 9)));
    }

    #[test]
    fn previous_periods() {
        let p = previous(&Period::month(2023, 1).unwrap());
        assert_eq!(
            (p.label.as_str(), p.from, p.to),
            ("2022-12", d(2022, 12, 1), d(2022, 12, 31))
        );
        let q = previous(&crate::dates::parse_period("2023-Q1", d(2023, 1, 1), &Default::default()).unwrap());
        assert_eq!(
            (q.label.as_str(), q.from, q.to),
            ("2022-Q4", d(2022, 10, 1), d(2022, 12, 31))
        );
        let r = previous(&Period::range(d(2022, 12, 11), d(2022, 12, 20)));
        assert_eq!((r.from, r.to), (d(2022, 12, 1), d(2022, 12, 10)));
    }

    #[test]
    fn bars_scale_and_fall_back_to_hashes() {
        assert_eq!(bar(0, 10, true), "");
        assert_eq!(bar(10, 10, true).chars().count(), 30);
        assert_eq!(bar(10, 10, false), "#".repeat(30));
        assert!(!bar(1, 1000, true).is_empty());
    }
}
