//! The rows the store fills for the reports: everything a report's pure `compute` reads.
//! The store (`store::report`, `store::plans`, …) gathers them in SQL; the report modules
//! turn them into the report structs. Plain data: no SQL, no formatting.

use super::classify::PlanHistory;
use super::followups::UnitFollowups;
use crate::config::{Config, Person};
use crate::model::period::Period;
use crate::model::plan::{Contingency, Goal};
use crate::model::{
    Citation, ContingencyStatus, DocStatus, Document, Entry, Event, Remedy, Task, TaskStatus,
};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

// ===== report month (year, range) =====

/// The period's entries, counted by the store in SQL (one row per day, kind, field, unit,
/// tag, and per day and linked task) rather than read one by one: the report costs the
/// same whether the period holds ten entries or ten thousand rows' worth of strings
/// (SPEC §10 P2, P5).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EntryTotals {
    /// Entries per day that has any (in any order).
    pub days: Vec<DayTally>,
    /// Per kind (the key is never `None`: every entry has a kind).
    pub kinds: Vec<Tally>,
    /// Per field; `None` gathers the entries with no field.
    pub fields: Vec<Tally>,
    /// Per unit alias an entry concerns (an entry with two units counts under both).
    pub units: Vec<Tally>,
    /// Per tag, likewise.
    pub tags: Vec<Tally>,
    /// Entries linked to a task, per day and task: whether they are planned depends on
    /// the task's plan on that day.
    pub linked: Vec<TaskDayTally>,
}

/// How many entries (and their minutes) share one key.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Tally {
    pub key: Option<String>,
    pub count: i64,
    pub minutes: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct DayTally {
    pub date: NaiveDate,
    pub count: i64,
    pub minutes: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct TaskDayTally {
    pub date: NaiveDate,
    pub task: i64,
    pub count: i64,
}

/// A task, with its plan history (see `classify`).
#[derive(Debug, Clone)]
pub struct TaskRow {
    pub id: i64,
    pub title: String,
    pub status: TaskStatus,
    pub due: Option<NaiveDate>,
    pub unit: Option<String>,
    pub major: bool,
    pub assigned: NaiveDate,
    pub closed_on: Option<NaiveDate>,
    /// The latest touch (event or linked entry) on or before the as-of day.
    pub touched: NaiveDate,
    pub history: PlanHistory,
}

impl TaskRow {
    /// Every plan the task has been in.
    pub fn plans(&self) -> impl Iterator<Item = &str> {
        self.history
            .initial()
            .into_iter()
            .chain(self.history.moves.iter().filter_map(|m| m.to.as_deref()))
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct BlockerRow {
    pub id: i64,
    pub text: String,
    pub unit: String,
    pub task: Option<i64>,
    pub proposal: Option<String>,
    pub remedy: Option<Remedy>,
    pub raised_on: NaiveDate,
    pub resolved_on: Option<NaiveDate>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ContingencyRow {
    pub id: i64,
    pub situation: String,
    pub response: String,
    pub status: ContingencyStatus,
    pub created_on: NaiveDate,
    pub plan: Option<String>,
    pub triggered_on: Option<NaiveDate>,
    pub outcome: Option<String>,
}

#[derive(Debug, Clone)]
pub struct DocRow {
    pub status: DocStatus,
    pub issued_on: Option<NaiveDate>,
    pub created_on: NaiveDate,
}

/// Everything `compute` reads.
pub struct Input<'a> {
    pub period: &'a Period,
    pub asof: NaiveDate,
    pub stale_days: u32,
    /// One flag per day of the period.
    pub working: &'a [(NaiveDate, bool)],
    /// The period's entries, counted (the store counts exactly `period`).
    pub entries: &'a EntryTotals,
    pub tasks: &'a [TaskRow],
    pub blockers: &'a [BlockerRow],
    pub contingencies: &'a [ContingencyRow],
    pub docs: &'a [DocRow],
    /// Plan labels (`2022-W50`, `2022-12`) mapped to their first day.
    pub plan_starts: &'a HashMap<String, NaiveDate>,
    pub labels: &'a Labels,
}

/// Display names for breakdown keys.
#[derive(Debug, Default)]
pub struct Labels {
    pub kinds: HashMap<String, String>,
    pub fields: HashMap<String, String>,
    pub units: HashMap<String, String>,
    pub none: String,
}

/// An open task that may be in the next period's section of a month report: due then,
/// or in a plan (which one starts then is decided by `month::next_tasks`).
#[derive(Debug, Clone, PartialEq)]
pub struct NextCandidate {
    pub id: i64,
    pub title: String,
    pub due: Option<NaiveDate>,
    pub plan: Option<String>,
}

// ===== report week (and plan close) =====

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct PeriodInfo {
    /// week | month
    pub kind: String,
    pub label: String,
    pub from: NaiveDate,
    pub to: NaiveDate,
}

/// A task of the plan, with the timeline events that decide its result.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemRow {
    pub id: i64,
    pub title: String,
    pub status: TaskStatus,
    pub plan: Option<String>,
    /// Its move, drop and close_review events, oldest first.
    pub events: Vec<EventRow>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct EventRow {
    pub date: NaiveDate,
    pub kind: Event,
    pub text: Option<String>,
    pub from_plan: Option<String>,
    pub to_plan: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct EntryRow {
    pub id: i64,
    pub date: NaiveDate,
    pub text: String,
    pub task: Option<i64>,
}

/// Everything `compute` needs, as the store read it.
#[derive(Debug, Clone, PartialEq)]
pub struct WeekInput {
    pub period: PeriodInfo,
    pub plan_id: Option<i64>,
    pub closed_on: Option<NaiveDate>,
    pub note: Option<String>,
    pub items: Vec<ItemRow>,
    pub goals: Vec<Goal>,
    pub contingencies: Vec<Contingency>,
    /// The entries dated in the period.
    pub entries: Vec<EntryRow>,
    /// The plan histories of the tasks those entries advanced.
    pub histories: BTreeMap<i64, PlanHistory>,
}

// ===== report review =====

/// What the review is computed from (all read by the store).
pub struct ReviewInput<'a> {
    pub since: NaiveDate,
    pub until: NaiveDate,
    pub today: NaiveDate,
    /// Entries dated since..=today.
    pub entries: &'a [Entry],
    /// Every known kind: (key, label), for the labels.
    pub kinds: &'a [(String, String)],
    /// Tasks of any status; the report picks the done and the open ones.
    pub tasks: &'a [Task],
    pub documents: &'a [Document],
    /// The records citing each document, by document id.
    pub citations: &'a HashMap<i64, Vec<Citation>>,
    /// Field keys to names.
    pub fields: &'a HashMap<String, String>,
    pub followups: Vec<UnitFollowups>,
    /// The ids of the documents that were ever required.
    pub ever_required: &'a std::collections::HashSet<i64>,
    /// Every live proposal; the report counts those made since `since`.
    pub proposals: &'a [crate::model::Proposal],
}

// ===== the documents an official signs (docx, html) =====

/// Who issues a document, to whom, and on what day: config `[person]` and `[report]` as
/// they were when it was made (a submission freezes it with the report).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Issuer {
    pub person: Person,
    /// The whole symbol after "Số: …/", e.g. "BC-VP".
    pub symbol: String,
    /// The "Kính gửi:" line; `None`: the document is addressed to no one.
    pub to: Option<String>,
    /// The "Nơi nhận" lines from config (empty: the default ones).
    pub recipients: Vec<String>,
    pub today: NaiveDate,
}

impl Issuer {
    /// From config `[person]` and `[report]`: the symbol is `report.symbol` whole, else
    /// "BC-" and `person.symbol`; the addressee is `report.to`, else the leadership of
    /// `person.org`.
    pub fn new(config: &Config, today: NaiveDate) -> Issuer {
        let p = &config.person;
        let given = |v: &Option<String>| {
            v.as_deref()
                .map(str::trim)
                .filter(|v| !v.is_empty())
                .map(str::to_string)
        };
        let symbol = given(&config.report.symbol)
            .or_else(|| given(&p.symbol).map(|s| format!("BC-{s}")))
            .unwrap_or_else(|| "BC".to_string());
        let to = given(&config.report.to)
            .or_else(|| given(&p.org).map(|o| crate::i18n::t(crate::i18n::M::DocToDefault, &[&o])));
        Issuer {
            person: p.clone(),
            symbol,
            to,
            recipients: config.report.recipients.clone(),
            today,
        }
    }

    /// The `[person]` keys a document needs that the config leaves out.
    pub fn missing(&self) -> Vec<&'static str> {
        let p = &self.person;
        let unset = |v: &Option<String>| v.as_deref().is_none_or(|v| v.trim().is_empty());
        [
            ("person.name", &p.name),
            ("person.title", &p.title),
            ("person.org", &p.org),
            ("person.place", &p.place),
        ]
        .into_iter()
        .filter(|(_, v)| unset(v))
        .map(|(k, _)| k)
        .collect()
    }
}

/// What the month document says beyond the counters of `MonthReport`: the work itself,
/// the follow-ups still open, the overdue tasks and the documents of the period. Read
/// with the report and frozen with it by a submission.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct MonthContent {
    /// The main entries of each kind (the longest first, a few per kind), by kind.
    pub entries: Vec<ContentEntry>,
    /// How many entries each kind has beyond those listed, by kind key.
    pub more: BTreeMap<String, i64>,
    /// The follow-ups open on the day the report was made, major first.
    pub followups: Vec<OpenFollowup>,
    /// The open tasks past their due date on the report's last day (or today).
    pub overdue: Vec<LateTask>,
    /// The documents issued in the period, and those the period's entries cite.
    pub documents: Vec<ContentDoc>,
    /// Unit aliases to names, for the shorthand of the texts.
    pub unit_names: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ContentEntry {
    pub date: NaiveDate,
    pub kind: String,
    pub text: String,
    /// The names of the units concerned.
    pub units: Vec<String>,
    pub minutes: i64,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct OpenFollowup {
    /// The name of the unit responsible.
    pub unit: String,
    pub title: String,
    pub due: Option<NaiveDate>,
    pub major: bool,
    /// Days past `due`, when it is past.
    pub days_late: Option<i64>,
    /// The unit's last answer.
    pub last_note: Option<String>,
    /// Its open obstacles: (text, proposal).
    pub blockers: Vec<(String, Option<String>)>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct LateTask {
    pub title: String,
    pub due: NaiveDate,
    pub days_late: i64,
    /// The name of the unit it was assigned to.
    pub unit: Option<String>,
    /// Why: its open obstacle, else its last note.
    pub why: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ContentDoc {
    pub number: Option<String>,
    pub title: String,
    pub issued_on: Option<NaiveDate>,
    /// Issued within the period (else only cited by its entries).
    pub issued_in_period: bool,
}
