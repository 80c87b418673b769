//! `report month|year|range` (SPEC §6): the official's period, counted. `compute` takes the
//! rows of the period — its entries already counted by the store (per day, kind, field,
//! unit, tag, and per day and task: `EntryTotals`), its tasks, blockers, contingencies and
//! documents — and returns the report; the previous period's counters come from a second
//! `compute` on its own rows. `per_row` (tests only) keeps the old entry-by-entry count
//! the store's tallies are proven equal to.
//!
//! States are taken "as of" the end of the period (or today, if earlier), so a past month
//! reads the same later: a task counts as open if it was assigned by then and not closed by
//! then; overdue and stale likewise. The one exception is `carried`: a plan item of the
//! period that moved on to another plan counts whenever the move was made, because the
//! carrying is done when the next plan is made, after the period has ended.

use super::classify::{Class, classify};
use super::proposals::ProposalCounts;
use super::week::ContingencyResult;
use crate::config::Person;
use crate::model::period::Period;
use crate::model::{ContingencyStatus, DocStatus, Remedy, TaskStatus};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

pub use super::input::{
    BlockerRow, ContingencyRow, DayTally, DocRow, EntryTotals, Input, Labels, Tally, TaskDayTally, TaskRow,
};

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Bucket {
    pub key: Option<String>,
    pub label: String,
    pub count: i64,
    pub minutes: i64,
}

/// The entry counters, shown for this period and the previous one.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct EntryCounts {
    pub total: i64,
    pub days_logged: i64,
    pub working_days: i64,
    pub minutes: i64,
    pub planned: i64,
    pub arising: i64,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Entries {
    #[serde(flatten)]
    pub counts: EntryCounts,
    pub by_kind: Vec<Bucket>,
    pub by_field: Vec<Bucket>,
    pub by_unit: Vec<Bucket>,
    pub by_tag: Vec<Bucket>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Day {
    pub date: NaiveDate,
    pub count: i64,
    pub minutes: i64,
    pub working_day: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Tasks {
    pub planned: i64,
    pub done: i64,
    pub done_on_time: i64,
    pub open: i64,
    pub overdue: i64,
    pub stale: i64,
    pub carried: i64,
    pub dropped: i64,
    pub completion_rate: f64,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct DoneTask {
    /// Whose report the item came from, in a roll-up (`report merge`); absent otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    pub id: i64,
    pub title: String,
    pub closed_on: Option<NaiveDate>,
    pub due: Option<NaiveDate>,
    pub on_time: bool,
    pub unit: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct UnitCounts {
    pub unit: String,
    pub name: String,
    pub open: i64,
    pub done: i64,
    pub overdue: i64,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Followups {
    pub open: i64,
    pub done: i64,
    pub overdue: i64,
    pub stale: i64,
    pub by_unit: Vec<UnitCounts>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct OpenBlocker {
    /// Whose report the item came from, in a roll-up (`report merge`); absent otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    pub id: i64,
    pub text: String,
    pub unit: String,
    pub task: Option<i64>,
    pub proposal: Option<String>,
    pub remedy: Option<Remedy>,
    pub raised_on: NaiveDate,
    pub age_days: i64,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Blockers {
    pub raised: i64,
    pub resolved: i64,
    pub open: Vec<OpenBlocker>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Contingencies {
    pub prepared: i64,
    pub triggered: i64,
    pub list: Vec<ContingencyResult>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Documents {
    pub issued: i64,
    pub required_pending: i64,
}

/// The body of the report, for this period or (counters only) the previous one.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Body {
    pub entries: Entries,
    pub daily: Vec<Day>,
    pub tasks: Tasks,
    pub done_list: Vec<DoneTask>,
    pub followups: Followups,
    pub blockers: Blockers,
    pub contingencies: Contingencies,
    pub documents: Documents,
}

/// The previous period's counters, shown beside this period's.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Previous {
    pub period: Period,
    pub entries: EntryCounts,
    pub tasks: Tasks,
    pub followups: PrevFollowups,
    pub blockers: PrevBlockers,
    pub contingencies: PrevContingencies,
    pub documents: Documents,
    /// The proposals by fate; absent in reports made before it existed.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub proposals: Option<ProposalCounts>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct PrevFollowups {
    pub open: i64,
    pub done: i64,
    pub overdue: i64,
    pub stale: i64,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct PrevBlockers {
    pub raised: i64,
    pub resolved: i64,
    pub open: i64,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct PrevContingencies {
    pub prepared: i64,
    pub triggered: i64,
}

impl Body {
    pub fn counters(&self, period: Period) -> Previous {
        Previous {
            period,
            entries: self.entries.counts.clone(),
            tasks: self.tasks.clone(),
            followups: PrevFollowups {
                open: self.followups.open,
                done: self.followups.done,
                overdue: self.followups.overdue,
                stale: self.followups.stale,
            },
            blockers: PrevBlockers {
                raised: self.blockers.raised,
                resolved: self.blockers.resolved,
                open: self.blockers.open.len() as i64,
            },
            contingencies: PrevContingencies {
                prepared: self.contingencies.prepared,
                triggered: self.contingencies.triggered,
            },
            documents: self.documents.clone(),
            proposals: None,
        }
    }
}

/// One record that changed since a submission (`report::submission` computes them):
/// `change` is `added`, `changed` or
/// `removed`; `what` is how the record reads (an entry's date and text, a title).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Amendment {
    pub id: i64,
    pub change: String,
    pub what: String,
}

/// The report as printed with `--format json` (SPEC §6 keys), and as a submission
/// freezes it (`report::submission`), so its shape is a persisted format: fields only
/// grow, and the ones added later are optional.
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
    /// Whose book the report comes from (`report merge` refuses one person's file
    /// twice); absent in reports made before it existed and in roll-ups.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub identity: Option<Identity>,
    /// The goals of the plans (weeks and months) that lie in the period, and how many are
    /// marked achieved; absent in reports made before it existed and in roll-ups.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub goals: Option<GoalCount>,
    /// The proposals made and decided in the period, and those pending at its end;
    /// absent in reports made before it existed.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub proposals: Option<ProposalCounts>,
}

/// Goals set in the period's plans and goals achieved (`plan goal done`).
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Default)]
pub struct GoalCount {
    pub total: i64,
    pub achieved: i64,
}

/// The identity of a report's source: the database (when its first record was made,
/// which a copy of the book keeps) and the person (the configured name).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Identity {
    pub database: String,
    pub person: String,
}

/// An open task planned in or due in the period after the report's: section III of the
/// administrative report (the next period's priorities).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct NextTask {
    pub id: i64,
    pub title: String,
    pub due: Option<NaiveDate>,
}

/// The open `tasks` due in, or planned for a plan starting in, the days after `period`
/// (`plan_start` gives a plan label's first day).
pub fn next_tasks(
    period: &Period,
    tasks: &[super::input::NextCandidate],
    plan_start: impl Fn(&str) -> Option<NaiveDate>,
) -> Vec<NextTask> {
    let (from, to) = period.following_days();
    tasks
        .iter()
        .filter(|t| {
            let due_next = t.due.is_some_and(|d| from <= d && d <= to);
            let planned_next = t
                .plan
                .as_deref()
                .and_then(&plan_start)
                .is_some_and(|d| from <= d && d <= to);
            due_next || planned_next
        })
        .map(|t| NextTask {
            id: t.id,
            title: t.title.clone(),
            due: t.due,
        })
        .collect()
}

fn bucket(tallies: &[Tally], names: &HashMap<String, String>, none: &str) -> Vec<Bucket> {
    let mut v: Vec<Bucket> = tallies
        .iter()
        .map(|t| Bucket {
            label: match &t.key {
                Some(k) => names.get(k).cloned().unwrap_or_else(|| k.clone()),
                None => none.to_string(),
            },
            key: t.key.clone(),
            count: t.count,
            minutes: t.minutes,
        })
        .collect();
    // Largest first; ties in key order, so the output is stable.
    v.sort_by(|a, b| {
        b.count
            .cmp(&a.count)
            .then(b.minutes.cmp(&a.minutes))
            .then(a.key.cmp(&b.key))
    });
    v
}

fn in_period(p: &Period, d: Option<NaiveDate>) -> bool {
    d.is_some_and(|d| p.contains(d))
}

pub fn compute(i: &Input) -> Body {
    let at = AsOf { i };
    Body {
        entries: entries(i),
        daily: daily(i),
        tasks: tasks(&at),
        done_list: done_list(&at),
        followups: followups(&at),
        blockers: blockers(i),
        contingencies: contingencies(i),
        documents: documents(i),
    }
}

/// Task states as of the end of the period (or today, if earlier).
struct AsOf<'a, 'b> {
    i: &'a Input<'b>,
}

impl AsOf<'_, '_> {
    fn closed_by(&self, t: &TaskRow) -> bool {
        t.closed_on.is_some_and(|c| c <= self.i.asof) && !t.status.is_open()
    }

    fn open_at(&self, t: &TaskRow) -> bool {
        t.assigned <= self.i.asof && !self.closed_by(t)
    }

    fn overdue_at(&self, t: &TaskRow) -> bool {
        self.open_at(t) && t.due.is_some_and(|d| d < self.i.asof)
    }

    fn stale_at(&self, t: &TaskRow) -> bool {
        self.open_at(t) && (self.i.asof - t.touched).num_days() >= i64::from(self.i.stale_days)
    }

    /// Done within the period, and closed by the as-of day.
    fn done_in_period(&self, t: &TaskRow) -> bool {
        t.status == TaskStatus::Done && in_period(self.i.period, t.closed_on) && self.closed_by(t)
    }

    /// Whether the plan `label` starts in the period.
    fn of_period(&self, label: &str) -> bool {
        self.i
            .plan_starts
            .get(label)
            .is_some_and(|start| self.i.period.contains(*start))
    }

    /// The tasks the period is answerable for: planned in one of its plans or due in it.
    fn scope(&self) -> Vec<&TaskRow> {
        let p = self.i.period;
        self.i
            .tasks
            .iter()
            .filter(|t| t.assigned <= p.to && (t.plans().any(|l| self.of_period(l)) || in_period(p, t.due)))
            .collect()
    }
}

fn on_time(t: &TaskRow) -> bool {
    match (t.due, t.closed_on) {
        (Some(d), Some(c)) => c <= d,
        _ => true,
    }
}

/// Entries: counts, breakdowns, planned vs arising — from the store's tallies.
fn entries(i: &Input) -> Entries {
    let tasks_by_id: HashMap<i64, &TaskRow> = i.tasks.iter().map(|t| (t.id, t)).collect();
    let days = &i.entries.days;
    let total: i64 = days.iter().map(|d| d.count).sum();
    let planned: i64 = i
        .entries
        .linked
        .iter()
        .filter(|l| {
            let history = tasks_by_id.get(&l.task).map(|t| &t.history);
            classify(l.date, history) == Class::Planned
        })
        .map(|l| l.count)
        .sum();
    let days_logged = days
        .iter()
        .map(|d| d.date)
        .collect::<std::collections::HashSet<_>>()
        .len();
    Entries {
        counts: EntryCounts {
            total,
            days_logged: days_logged as i64,
            working_days: i.working.iter().filter(|(_, w)| *w).count() as i64,
            minutes: days.iter().map(|d| d.minutes).sum(),
            planned,
            arising: total - planned,
        },
        by_kind: bucket(&i.entries.kinds, &i.labels.kinds, &i.labels.none),
        by_field: bucket(&i.entries.fields, &i.labels.fields, &i.labels.none),
        by_unit: bucket(&i.entries.units, &i.labels.units, &i.labels.none),
        by_tag: bucket(&i.entries.tags, &HashMap::new(), &i.labels.none),
    }
}

/// One row per day of the period, the days without entries included.
fn daily(i: &Input) -> Vec<Day> {
    let per_day: HashMap<NaiveDate, (i64, i64)> = i
        .entries
        .days
        .iter()
        .map(|d| (d.date, (d.count, d.minutes)))
        .collect();
    i.working
        .iter()
        .map(|(date, working_day)| {
            let (count, minutes) = per_day.get(date).copied().unwrap_or((0, 0));
            Day {
                date: *date,
                count,
                minutes,
                working_day: *working_day,
            }
        })
        .collect()
}

/// The counters of the tasks the period is answerable for.
fn tasks(at: &AsOf) -> Tasks {
    let scope = at.scope();
    let done: Vec<&&TaskRow> = scope
        .iter()
        .filter(|t| t.status == TaskStatus::Done && at.closed_by(t))
        .collect();
    // Carried: items of this period's plans that moved on to another plan — whenever the
    // move was made. Unfinished items are usually carried when the next plan is made, just
    // after the period ends; capping the moves at the as-of day hid exactly those (and
    // `report week` counts them as carried too).
    let carried = scope
        .iter()
        .filter(|t| {
            t.history.moves.iter().any(|m| {
                m.from.as_deref().is_some_and(|l| at.of_period(l)) && m.to.is_some() && m.to != m.from
            })
        })
        .count() as i64;
    let planned_count = scope.len() as i64;
    Tasks {
        planned: planned_count,
        done: done.len() as i64,
        done_on_time: done.iter().filter(|t| on_time(t)).count() as i64,
        open: scope.iter().filter(|t| at.open_at(t)).count() as i64,
        overdue: scope.iter().filter(|t| at.overdue_at(t)).count() as i64,
        stale: scope.iter().filter(|t| at.stale_at(t)).count() as i64,
        carried,
        dropped: scope
            .iter()
            .filter(|t| t.status == TaskStatus::Dropped && at.closed_by(t))
            .count() as i64,
        completion_rate: if planned_count == 0 {
            0.0
        } else {
            ((done.len() as f64 / planned_count as f64) * 1000.0).round() / 1000.0
        },
    }
}

/// The tasks done in the period, in the order they were finished.
fn done_list(at: &AsOf) -> Vec<DoneTask> {
    let mut done_list: Vec<DoneTask> =
        at.i.tasks
            .iter()
            .filter(|t| at.done_in_period(t))
            .map(|t| DoneTask {
                from: None,
                id: t.id,
                title: t.title.clone(),
                closed_on: t.closed_on,
                due: t.due,
                on_time: on_time(t),
                unit: t.unit.clone(),
            })
            .collect();
    done_list.sort_by(|a, b| a.closed_on.cmp(&b.closed_on).then(a.id.cmp(&b.id)));
    done_list
}

/// Follow-ups: tasks assigned to a unit, open at the end of the period or done in it.
fn followups(at: &AsOf) -> Followups {
    let i = at.i;
    let mut units: BTreeMap<String, UnitCounts> = BTreeMap::new();
    let (mut f_open, mut f_done, mut f_overdue, mut f_stale) = (0, 0, 0, 0);
    for t in i
        .tasks
        .iter()
        .filter(|t| t.unit.is_some() && t.assigned <= i.asof)
    {
        let alias = t.unit.clone().unwrap_or_default();
        let is_open = at.open_at(t);
        let is_done = at.done_in_period(t);
        let is_overdue = at.overdue_at(t);
        if !(is_open || is_done) {
            continue;
        }
        let u = units.entry(alias.clone()).or_insert_with(|| UnitCounts {
            name: i
                .labels
                .units
                .get(&alias)
                .cloned()
                .unwrap_or_else(|| alias.clone()),
            unit: alias,
            open: 0,
            done: 0,
            overdue: 0,
        });
        u.open += i64::from(is_open);
        u.done += i64::from(is_done);
        u.overdue += i64::from(is_overdue);
        f_open += i64::from(is_open);
        f_done += i64::from(is_done);
        f_overdue += i64::from(is_overdue);
        f_stale += i64::from(at.stale_at(t));
    }
    let mut by_unit: Vec<UnitCounts> = units.into_values().collect();
    by_unit.sort_by(|a, b| {
        (b.open + b.done)
            .cmp(&(a.open + a.done))
            .then(a.unit.cmp(&b.unit))
    });
    Followups {
        open: f_open,
        done: f_done,
        overdue: f_overdue,
        stale: f_stale,
        by_unit,
    }
}

/// Blockers raised and resolved in the period, and those open at its end.
fn blockers(i: &Input) -> Blockers {
    let (p, asof) = (i.period, i.asof);
    let open_blockers: Vec<OpenBlocker> = i
        .blockers
        .iter()
        .filter(|b| b.raised_on <= asof && b.resolved_on.is_none_or(|r| r > asof))
        .map(|b| OpenBlocker {
            from: None,
            id: b.id,
            text: b.text.clone(),
            unit: b.unit.clone(),
            task: b.task,
            proposal: b.proposal.clone(),
            remedy: b.remedy,
            raised_on: b.raised_on,
            age_days: (asof - b.raised_on).num_days(),
        })
        .collect();
    Blockers {
        raised: i.blockers.iter().filter(|b| p.contains(b.raised_on)).count() as i64,
        resolved: i.blockers.iter().filter(|b| in_period(p, b.resolved_on)).count() as i64,
        open: open_blockers,
    }
}

/// Contingencies prepared in the period (or for its plans), and those that happened.
fn contingencies(i: &Input) -> Contingencies {
    let (p, asof) = (i.period, i.asof);
    let relevant: Vec<&ContingencyRow> = i
        .contingencies
        .iter()
        .filter(|c| {
            p.contains(c.created_on)
                || in_period(p, c.triggered_on)
                || c.plan
                    .as_ref()
                    .and_then(|l| i.plan_starts.get(l))
                    .is_some_and(|s| p.contains(*s))
        })
        .collect();
    Contingencies {
        prepared: relevant.iter().filter(|c| c.created_on <= p.to).count() as i64,
        triggered: relevant.iter().filter(|c| in_period(p, c.triggered_on)).count() as i64,
        list: relevant
            .iter()
            .map(|c| ContingencyResult {
                from: None,
                id: c.id,
                situation: c.situation.clone(),
                response: c.response.clone(),
                status: if c.triggered_on.is_some_and(|d| d <= asof) {
                    ContingencyStatus::Triggered
                } else if c.status == ContingencyStatus::Closed {
                    ContingencyStatus::Closed
                } else {
                    ContingencyStatus::Open
                },
                triggered_on: c.triggered_on.filter(|d| *d <= asof),
                outcome: c
                    .outcome
                    .clone()
                    .filter(|_| c.triggered_on.is_some_and(|d| d <= asof)),
            })
            .collect(),
    }
}

/// Documents issued in the period, and those required and not issued at its end.
fn documents(i: &Input) -> Documents {
    let (p, asof) = (i.period, i.asof);
    Documents {
        issued: i
            .docs
            .iter()
            .filter(|d| d.status == DocStatus::Issued && in_period(p, d.issued_on))
            .count() as i64,
        required_pending: i
            .docs
            .iter()
            .filter(|d| {
                d.created_on <= asof
                    && (d.status == DocStatus::Required || d.issued_on.is_some_and(|x| x > asof))
            })
            .count() as i64,
    }
}

/// The entry counters as they were computed before the store counted in SQL: one row per
/// entry, counted here. Kept (for tests only) as the reference the SQL tallies are proven
/// equal to.
#[cfg(test)]
pub(crate) mod per_row {
    use super::*;

    /// An entry of the period.
    #[derive(Debug, Clone)]
    pub struct PerRowEntry {
        pub id: i64,
        pub date: NaiveDate,
        pub kind: String,
        pub field: Option<String>,
        pub minutes: i64,
        pub units: Vec<String>,
        pub tags: Vec<String>,
        pub task: Option<i64>,
    }

    fn bucket(
        map: BTreeMap<Option<String>, (i64, i64)>,
        names: &HashMap<String, String>,
        none: &str,
    ) -> Vec<Bucket> {
        let tallies: Vec<Tally> = map
            .into_iter()
            .map(|(key, (count, minutes))| Tally { key, count, minutes })
            .collect();
        super::bucket(&tallies, names, none)
    }

    /// The `entries` and `daily` parts of the report of `i.period`, from `rows`.
    pub fn entries(i: &Input, rows: &[PerRowEntry]) -> (Entries, Vec<Day>) {
        let p = i.period;
        let tasks_by_id: HashMap<i64, &TaskRow> = i.tasks.iter().map(|t| (t.id, t)).collect();
        let mut by_kind = BTreeMap::new();
        let mut by_field = BTreeMap::new();
        let mut by_unit = BTreeMap::new();
        let mut by_tag = BTreeMap::new();
        let mut per_day: HashMap<NaiveDate, (i64, i64)> = HashMap::new();
        let (mut total, mut minutes, mut planned) = (0i64, 0i64, 0i64);
        for e in rows.iter().filter(|e| p.contains(e.date)) {
            total += 1;
            minutes += e.minutes;
            let add = |m: &mut BTreeMap<Option<String>, (i64, i64)>, k: Option<String>| {
                let c = m.entry(k).or_insert((0, 0));
                c.0 += 1;
                c.1 += e.minutes;
            };
            add(&mut by_kind, Some(e.kind.clone()));
            add(&mut by_field, e.field.clone());
            for u in &e.units {
                add(&mut by_unit, Some(u.clone()));
            }
            for t in &e.tags {
                add(&mut by_tag, Some(t.clone()));
            }
            let d = per_day.entry(e.date).or_insert((0, 0));
            d.0 += 1;
            d.1 += e.minutes;
            let history = e.task.and_then(|t| tasks_by_id.get(&t)).map(|t| &t.history);
            if classify(e.date, history) == Class::Planned {
                planned += 1;
            }
        }
        let daily: Vec<Day> = i
            .working
            .iter()
            .map(|(date, working_day)| {
                let (count, minutes) = per_day.get(date).copied().unwrap_or((0, 0));
                Day {
                    date: *date,
                    count,
                    minutes,
                    working_day: *working_day,
                }
            })
            .collect();
        let entries = Entries {
            counts: EntryCounts {
                total,
                days_logged: per_day.len() as i64,
                working_days: i.working.iter().filter(|(_, w)| *w).count() as i64,
                minutes,
                planned,
                arising: total - planned,
            },
            by_kind: bucket(by_kind, &i.labels.kinds, &i.labels.none),
            by_field: bucket(by_field, &i.labels.fields, &i.labels.none),
            by_unit: bucket(by_unit, &i.labels.units, &i.labels.none),
            by_tag: bucket(by_tag, &HashMap::new(), &i.labels.none),
        };
        (entries, daily)
    }

    /// The tallies of `rows`, counted one by one (what the store counts in SQL).
    pub fn tallies(rows: &[PerRowEntry]) -> EntryTotals {
        let mut days: BTreeMap<NaiveDate, (i64, i64)> = BTreeMap::new();
        let mut kinds = BTreeMap::new();
        let mut fields = BTreeMap::new();
        let mut units = BTreeMap::new();
        let mut tags = BTreeMap::new();
        let mut linked: BTreeMap<(NaiveDate, i64), i64> = BTreeMap::new();
        for e in rows {
            let add = |m: &mut BTreeMap<Option<String>, (i64, i64)>, k: Option<String>| {
                let c = m.entry(k).or_insert((0, 0));
                c.0 += 1;
                c.1 += e.minutes;
            };
            let d = days.entry(e.date).or_insert((0, 0));
            d.0 += 1;
            d.1 += e.minutes;
            add(&mut kinds, Some(e.kind.clone()));
            add(&mut fields, e.field.clone());
            for u in &e.units {
                add(&mut units, Some(u.clone()));
            }
            for t in &e.tags {
                add(&mut tags, Some(t.clone()));
            }
            if let Some(t) = e.task {
                *linked.entry((e.date, t)).or_insert(0) += 1;
            }
        }
        let list = |m: BTreeMap<Option<String>, (i64, i64)>| {
            m.into_iter()
                .map(|(key, (count, minutes))| Tally { key, count, minutes })
                .collect()
        };
        EntryTotals {
            days: days
                .into_iter()
                .map(|(date, (count, minutes))| DayTally { date, count, minutes })
                .collect(),
            kinds: list(kinds),
            fields: list(fields),
            units: list(units),
            tags: list(tags),
            linked: linked
                .into_iter()
                .map(|((date, task), count)| TaskDayTally { date, task, count })
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::per_row::PerRowEntry;
    use super::*;
    use crate::report::classify::PlanHistory;
    use proptest::prelude::*;

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2022, m, day).unwrap()
    }

    fn input_with<'a>(
        period: &'a Period,
        working: &'a [(NaiveDate, bool)],
        entries: &'a EntryTotals,
        tasks: &'a [TaskRow],
        starts: &'a HashMap<String, NaiveDate>,
        labels: &'a Labels,
    ) -> Input<'a> {
        Input {
            period,
            asof: period.to,
            stale_days: 14,
            working,
            entries,
            tasks,
            blockers: &[],
            contingencies: &[],
            docs: &[],
            plan_starts: starts,
            labels,
        }
    }

    #[test]
    fn planned_and_arising_follow_the_plan_history() {
        let p = Period::month(2022, 12).unwrap();
        let working: Vec<_> = p.days().map(|d| (d, true)).collect();
        let mut starts = HashMap::new();
        starts.insert("2022-W50".to_string(), d(12, 12));
        let task = TaskRow {
            id: 1,
            title: "t".into(),
            status: TaskStatus::Doing,
            due: Some(d(12, 16)),
            unit: None,
            major: false,
            assigned: d(12, 5),
            closed_on: None,
            touched: d(12, 13),
            // created unplanned on 5/12, put into week 50 on 12/12
            history: PlanHistory {
                assigned: d(12, 5),
                current: Some("2022-W50".into()),
                moves: vec![super::super::classify::Move {
                    date: d(12, 12),
                    from: None,
                    to: Some("2022-W50".into()),
                }],
            },
        };
        let e = |id, day| PerRowEntry {
            id,
            date: d(12, day),
            kind: "advice".into(),
            field: None,
            minutes: 10,
            units: vec![],
            tags: vec![],
            task: Some(1),
        };
        let entries = vec![
            e(2, 6),
            e(3, 13),
            PerRowEntry {
                task: None,
                ..e(4, 14)
            },
        ];
        let labels = Labels::default();
        let tasks = [task];
        let totals = per_row::tallies(&entries);
        let r = compute(&input_with(&p, &working, &totals, &tasks, &starts, &labels));
        assert_eq!(
            (
                r.entries.counts.total,
                r.entries.counts.planned,
                r.entries.counts.arising
            ),
            (3, 1, 2)
        );
        assert_eq!(r.tasks.planned, 1);
        assert_eq!(r.tasks.overdue, 1);
        assert_eq!(r.entries.counts.days_logged, 3);
    }

    proptest! {
        #[test]
        fn totals_equal_the_sum_of_their_parts(
            rows in proptest::collection::vec((1u32..=31, 0usize..4, 0i64..200, proptest::option::of(0usize..3), 0usize..3, 0u32..8), 0..60)
        ) {
            let p = Period::month(2022, 12).unwrap();
            let working: Vec<_> = p.days().map(|d| (d, true)).collect();
            let kinds = ["advice", "draft", "meeting", "other"];
            let entries: Vec<PerRowEntry> = rows
                .iter()
                .enumerate()
                .map(|(n, (day, k, m, f, task, links))| PerRowEntry {
                    id: n as i64,
                    date: d(12, *day),
                    kind: kinds[*k].into(),
                    field: f.map(|f| format!("f{f}")),
                    minutes: *m,
                    // bits 0-1: units, bit 2: a tag
                    units: ["u1", "u2"].iter().enumerate().filter(|(b, _)| links & (1 << b) != 0).map(|(_, u)| u.to_string()).collect(),
                    tags: if links & 4 != 0 { vec!["t".into()] } else { vec![] },
                    // 1000 was planned on the 10th; 1001 is not a task of the report
                    task: [None, Some(1000), Some(1001)][*task],
                })
                .collect();
            let mut starts = HashMap::new();
            starts.insert("2022-12".to_string(), d(12, 1));
            let tasks = [TaskRow {
                id: 1000, title: "t".into(), status: TaskStatus::Todo, due: None, unit: None, major: false,
                assigned: d(12, 1), closed_on: None, touched: d(12, 1),
                history: PlanHistory {
                    assigned: d(12, 1),
                    current: Some("2022-12".into()),
                    moves: vec![super::super::classify::Move { date: d(12, 10), from: None, to: Some("2022-12".into()) }],
                },
            }];
            let labels = Labels::default();
            let totals = per_row::tallies(&entries);
            let input = input_with(&p, &working, &totals, &tasks, &starts, &labels);
            let r = compute(&input);
            // Counting tallies gives what counting the rows one by one gave.
            let (by_rows, daily_by_rows) = per_row::entries(&input, &entries);
            prop_assert_eq!(&r.entries, &by_rows);
            prop_assert_eq!(&r.daily, &daily_by_rows);
            prop_assert_eq!(r.entries.counts.total, entries.len() as i64);
            prop_assert_eq!(r.entries.counts.planned + r.entries.counts.arising, r.entries.counts.total);
            prop_assert_eq!(r.entries.by_kind.iter().map(|b| b.count).sum::<i64>(), r.entries.counts.total);
            prop_assert_eq!(r.entries.by_field.iter().map(|b| b.count).sum::<i64>(), r.entries.counts.total);
            prop_assert_eq!(r.entries.by_kind.iter().map(|b| b.minutes).sum::<i64>(), r.entries.counts.minutes);
            prop_assert_eq!(r.daily.iter().map(|b| b.count).sum::<i64>(), r.entries.counts.total);
            prop_assert_eq!(r.daily.iter().map(|b| b.minutes).sum::<i64>(), r.entries.counts.minutes);
            prop_assert_eq!(r.daily.iter().filter(|b| b.count > 0).count() as i64, r.entries.counts.days_logged);
            prop_assert!(r.entries.by_kind.windows(2).all(|w| w[0].count >= w[1].count));
        }
    }
}
