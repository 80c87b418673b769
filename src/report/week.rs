//! `report week` (and the closing review of `plan close`): a plan set against its result.
//! One pure function, `compute`, turns the rows the store gathered into `WeekReport`;
//! renderers only format it. It works for month plans too: a plan is a plan.
//!
//! Which tasks belong to the plan: those whose plan is the period now, and those moved
//! out of it (a move event whose `from_plan` is the period) — a slipped item must never
//! disappear from the week it slipped from.

use super::classify::{Class, classify};
use crate::model::plan::Goal;
use crate::model::{ContingencyStatus, Event, TaskStatus};
use chrono::NaiveDate;
use serde::Serialize;

pub use super::input::{EntryRow, EventRow, ItemRow, PeriodInfo, WeekInput};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemResult {
    Done,
    InProgress,
    NotDone,
    Carried,
    Dropped,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Item {
    pub id: i64,
    pub title: String,
    pub result: ItemResult,
    pub reason: Option<String>,
    /// How many times it had been carried from plan to plan, as of this plan.
    pub carried: i64,
    /// Where it was carried to (for `carried` items).
    pub carried_to: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct ResultCounts {
    pub done: usize,
    pub in_progress: usize,
    pub not_done: usize,
    pub carried: usize,
    pub dropped: usize,
}

impl ResultCounts {
    pub fn total(&self) -> usize {
        self.done + self.in_progress + self.not_done + self.carried + self.dropped
    }
}

/// A contingency and what happened to it (week and month reports).
#[derive(Debug, Clone, Serialize, serde::Deserialize, PartialEq)]
pub struct ContingencyResult {
    /// Whose report the item came from, in a roll-up (`report merge`); absent otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    pub id: i64,
    pub situation: String,
    pub response: String,
    pub status: ContingencyStatus,
    pub triggered_on: Option<NaiveDate>,
    pub outcome: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct WeekEntries {
    pub total: usize,
    pub planned: usize,
    pub arising: usize,
    /// arising / total, 0 when there are no entries (rounded to 4 places).
    pub arising_share: f64,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ArisingEntry {
    pub id: i64,
    pub date: NaiveDate,
    pub text: String,
    pub task: Option<i64>,
}

/// The report: SPEC §6 keys first (`period`, `items`, `goals`, `contingencies`,
/// `entries`), then the extras.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct WeekReport {
    pub period: PeriodInfo,
    pub items: Vec<Item>,
    pub goals: Vec<Goal>,
    pub contingencies: Vec<ContingencyResult>,
    pub entries: WeekEntries,
    pub results: ResultCounts,
    pub arising_work: Vec<ArisingEntry>,
    pub plan_id: Option<i64>,
    pub closed_on: Option<NaiveDate>,
    pub note: Option<String>,
    /// How many of `goals` are marked achieved.
    pub goals_achieved: usize,
}

fn is_carry(e: &EventRow) -> bool {
    e.kind == Event::Move && e.from_plan.is_some()
}

/// The result of one plan item in the plan `label`.
pub fn item_result(row: &ItemRow, label: &str) -> Item {
    let review = row
        .events
        .iter()
        .rev()
        .find(|e| e.kind == Event::CloseReview && e.from_plan.as_deref() == Some(label))
        .and_then(|e| e.text.clone());
    let in_plan = row.plan.as_deref() == Some(label);
    let last_out = row
        .events
        .iter()
        .rposition(|e| e.kind == Event::Move && e.from_plan.as_deref() == Some(label));
    let all_carries = row.events.iter().filter(|e| is_carry(e)).count() as i64;
    if let (false, Some(pos)) = (in_plan, last_out) {
        let out = &row.events[pos];
        let carried = row.events[..=pos].iter().filter(|e| is_carry(e)).count() as i64;
        return Item {
            id: row.id,
            title: row.title.clone(),
            result: ItemResult::Carried,
            reason: review.or_else(|| out.text.clone()),
            carried,
            carried_to: out.to_plan.clone(),
        };
    }
    let (result, reason) = match row.status {
        TaskStatus::Done => (ItemResult::Done, None),
        TaskStatus::Dropped => {
            let why = row
                .events
                .iter()
                .rev()
                .find(|e| e.kind == Event::Drop)
                .and_then(|e| e.text.clone());
            (ItemResult::Dropped, review.or(why))
        }
        TaskStatus::Doing => (ItemResult::InProgress, review),
        TaskStatus::Todo => (ItemResult::NotDone, review),
    };
    Item {
        id: row.id,
        title: row.title.clone(),
        result,
        reason,
        carried: all_carries,
        carried_to: None,
    }
}

pub fn compute(input: &WeekInput) -> WeekReport {
    let label = input.period.label.as_str();
    let mut items: Vec<Item> = input.items.iter().map(|r| item_result(r, label)).collect();
    items.sort_by_key(|i| i.id);
    let mut results = ResultCounts::default();
    for i in &items {
        match i.result {
            ItemResult::Done => results.done += 1,
            ItemResult::InProgress => results.in_progress += 1,
            ItemResult::NotDone => results.not_done += 1,
            ItemResult::Carried => results.carried += 1,
            ItemResult::Dropped => results.dropped += 1,
        }
    }
    let mut entries = WeekEntries::default();
    let mut arising_work = Vec::new();
    for e in &input.entries {
        entries.total += 1;
        let history = e.task.and_then(|t| input.histories.get(&t));
        match classify(e.date, history) {
            Class::Planned => entries.planned += 1,
            Class::Arising => {
                entries.arising += 1;
                arising_work.push(ArisingEntry {
                    id: e.id,
                    date: e.date,
                    text: e.text.clone(),
                    task: e.task,
                });
            }
        }
    }
    if entries.total > 0 {
        let share = entries.arising as f64 / entries.total as f64;
        entries.arising_share = (share * 10_000.0).round() / 10_000.0;
    }
    arising_work.sort_by_key(|a| (a.date, a.id));
    let contingencies = input
        .contingencies
        .iter()
        .map(|c| ContingencyResult {
            from: None,
            id: c.id,
            situation: c.situation.clone(),
            response: c.response.clone(),
            status: c.status,
            triggered_on: c.triggered_on,
            outcome: c.outcome.clone(),
        })
        .collect();
    WeekReport {
        period: input.period.clone(),
        items,
        goals: input.goals.clone(),
        contingencies,
        entries,
        results,
        arising_work,
        plan_id: input.plan_id,
        closed_on: input.closed_on,
        note: input.note.clone(),
        goals_achieved: input.goals.iter().filter(|g| g.achieved).count(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::classify::Move;
    use crate::report::classify::PlanHistory;
    use proptest::prelude::*;
    use std::collections::BTreeMap;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn ev(date: &str, kind: &str, text: Option<&str>, from: Option<&str>, to: Option<&str>) -> EventRow {
        EventRow {
            date: d(date),
            kind: kind.parse().unwrap(),
            text: text.map(str::to_string),
            from_plan: from.map(str::to_string),
            to_plan: to.map(str::to_string),
        }
    }

    fn row(id: i64, status: &str, plan: Option<&str>, events: Vec<EventRow>) -> ItemRow {
        ItemRow {
            id,
            title: format!("task {id}"),
            status: status.parse().unwrap(),
            plan: plan.map(str::to_string),
            events,
        }
    }

    const W: &str = "2022-W50";

    #[test]
    fn status_gives_the_result_of_items_still_in_the_plan() {
        assert_eq!(
            item_result(&row(1, "done", Some(W), vec![]), W).result,
            ItemResult::Done
        );
        assert_eq!(
            item_result(&row(1, "doing", Some(W), vec![]), W).result,
            ItemResult::InProgress
        );
        assert_eq!(
            item_result(&row(1, "todo", Some(W), vec![]), W).result,
            ItemResult::NotDone
        );
        let dropped = item_result(
            &row(
                1,
                "dropped",
                Some(W),
                vec![ev("2022-12-14", "drop", Some("không cần nữa"), None, None)],
            ),
            W,
        );
        assert_eq!(dropped.result, ItemResult::Dropped);
        assert_eq!(dropped.reason.as_deref(), Some("không cần nữa"));
    }

    #[test]
    fn the_close_review_gives_the_reason() {
        let r = row(
            1,
            "todo",
            Some(W),
            vec![ev(
                "2022-12-16",
                "close_review",
                Some("chờ số liệu"),
                Some(W),
                None,
            )],
        );
        let i = item_result(&r, W);
        assert_eq!(i.result, ItemResult::NotDone);
        assert_eq!(i.reason.as_deref(), Some("chờ số liệu"));
        // A review of another week does not count here.
        assert_eq!(item_result(&r, "2022-W49").reason, None);
    }

    #[test]
    fn an_item_moved_out_is_carried_with_the_count_as_of_then() {
        let r = row(
            1,
            "todo",
            Some("2022-W52"),
            vec![
                ev(
                    "2022-12-19",
                    "move",
                    Some("chuyển tiếp"),
                    Some(W),
                    Some("2022-W51"),
                ),
                ev("2022-12-26", "move", None, Some("2022-W51"), Some("2022-W52")),
            ],
        );
        let i = item_result(&r, W);
        assert_eq!(i.result, ItemResult::Carried);
        assert_eq!(i.carried, 1);
        assert_eq!(i.reason.as_deref(), Some("chuyển tiếp"));
        assert_eq!(i.carried_to.as_deref(), Some("2022-W51"));
        let i = item_result(&r, "2022-W51");
        assert_eq!((i.result, i.carried), (ItemResult::Carried, 2));
        let i = item_result(&r, "2022-W52");
        assert_eq!((i.result, i.carried), (ItemResult::NotDone, 2));
    }

    #[test]
    fn entries_are_split_into_planned_and_arising() {
        let mut histories = BTreeMap::new();
        histories.insert(
            1,
            PlanHistory {
                assigned: d("2022-12-12"),
                current: Some(W.into()),
                moves: vec![],
            },
        );
        let entry = |id, task| EntryRow {
            id,
            date: d("2022-12-13"),
            text: format!("e{id}"),
            task,
        };
        let input = WeekInput {
            period: PeriodInfo {
                kind: "week".into(),
                label: W.into(),
                from: d("2022-12-12"),
                to: d("2022-12-18"),
            },
            plan_id: None,
            closed_on: None,
            note: None,
            items: vec![row(1, "done", Some(W), vec![])],
            goals: vec![],
            contingencies: vec![],
            entries: vec![entry(10, Some(1)), entry(11, None), entry(12, Some(1))],
            histories,
        };
        let r = compute(&input);
        assert_eq!((r.entries.total, r.entries.planned, r.entries.arising), (3, 2, 1));
        assert_eq!(r.entries.arising_share, 0.3333);
        assert_eq!(r.arising_work.len(), 1);
        assert_eq!(r.arising_work[0].id, 11);
    }

    fn arb_event() -> impl Strategy<Value = EventRow> {
        let plans = prop::option::of(prop::sample::select(vec![W, "2022-W51", "2022-W52", "2022-12"]));
        (
            0u32..30,
            prop::sample::select(vec!["move", "drop", "close_review", "note"]),
            prop::option::of("[a-z]{1,5}"),
            plans.clone(),
            plans,
        )
            .prop_map(|(day, kind, text, from, to)| EventRow {
                date: d("2022-12-01") + chrono::Days::new(u64::from(day)),
                kind: kind.parse().unwrap(),
                text,
                from_plan: from.map(str::to_string),
                to_plan: to.map(str::to_string),
            })
    }

    fn arb_input() -> impl Strategy<Value = WeekInput> {
        let items = prop::collection::vec(
            (
                prop::sample::select(vec!["todo", "doing", "done", "dropped"]),
                prop::option::of(prop::sample::select(vec![W, "2022-W51"])),
                prop::collection::vec(arb_event(), 0..5),
            ),
            0..12,
        );
        let entries = prop::collection::vec((0u32..7, prop::option::of(0i64..6)), 0..40);
        let histories = prop::collection::vec(
            (
                0u32..20,
                prop::option::of(Just(W)),
                prop::collection::vec(0u32..30, 0..3),
            ),
            6,
        );
        (items, entries, histories).prop_map(|(items, entries, histories)| WeekInput {
            period: PeriodInfo {
                kind: "week".into(),
                label: W.into(),
                from: d("2022-12-12"),
                to: d("2022-12-18"),
            },
            plan_id: Some(1),
            closed_on: None,
            note: None,
            items: items
                .into_iter()
                .enumerate()
                .map(|(i, (status, plan, events))| row(i as i64 + 1, status, plan, events))
                .collect(),
            goals: vec![],
            contingencies: vec![],
            entries: entries
                .into_iter()
                .enumerate()
                .map(|(i, (day, task))| EntryRow {
                    id: 100 + i as i64,
                    date: d("2022-12-12") + chrono::Days::new(u64::from(day)),
                    text: String::new(),
                    task,
                })
                .collect(),
            histories: histories
                .into_iter()
                .enumerate()
                .map(|(i, (assigned, current, moves))| {
                    (
                        i as i64,
                        PlanHistory {
                            assigned: d("2022-12-01") + chrono::Days::new(u64::from(assigned)),
                            current: current.map(str::to_string),
                            moves: moves
                                .into_iter()
                                .map(|m| Move {
                                    date: d("2022-12-01") + chrono::Days::new(u64::from(m)),
                                    from: Some(W.into()),
                                    to: None,
                                })
                                .collect(),
                        },
                    )
                })
                .collect(),
        })
    }

    proptest! {
        #[test]
        fn totals_equal_the_sum_of_their_rows(input in arb_input()) {
            let r = compute(&input);
            prop_assert_eq!(r.entries.total, r.entries.planned + r.entries.arising);
            prop_assert_eq!(r.entries.total, input.entries.len());
            prop_assert_eq!(r.entries.arising, r.arising_work.len());
            prop_assert_eq!(r.results.total(), r.items.len());
            prop_assert_eq!(r.items.len(), input.items.len());
            prop_assert!(r.entries.arising_share >= 0.0 && r.entries.arising_share <= 1.0);
        }
    }
}
