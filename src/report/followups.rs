//! `report followups` (SPEC §6): open follow-ups grouped by the unit responsible NOW —
//! a retired unit's items gather under its successor, each saying which unit it was
//! assigned to — major schemes first, then oldest first, with the last note and the
//! open blockers.

use crate::model::{BlockerBrief, Task};
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct FollowupsReport {
    pub units: Vec<UnitFollowups>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct UnitFollowups {
    /// The alias of the unit responsible now.
    pub unit: String,
    pub name: String,
    pub followups: Vec<FollowupItem>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct FollowupItem {
    pub id: i64,
    pub title: String,
    pub assigned: NaiveDate,
    pub due: Option<NaiveDate>,
    /// today − assigned.
    pub age_days: i64,
    pub overdue: bool,
    pub stale: bool,
    pub major: bool,
    /// The text of the latest note on its timeline (e.g. the unit's answer).
    pub last_note: Option<String>,
    pub blockers: Vec<BlockerBrief>,
    /// The unit it was assigned to, when that unit has since been retired into `unit`.
    pub formerly: Option<String>,
}

/// Groups the open follow-ups among `tasks` (others are skipped) by their unit now.
/// `last_notes` maps task ids to their latest note; `names` unit aliases to names.
/// Units are in alias order; inside one, major first, then assigned date, then id.
pub fn compute(
    tasks: &[Task],
    last_notes: &HashMap<i64, String>,
    names: &HashMap<String, String>,
    today: NaiveDate,
) -> FollowupsReport {
    let mut groups: BTreeMap<String, Vec<FollowupItem>> = BTreeMap::new();
    for t in tasks.iter().filter(|t| t.is_open()) {
        let Some(now) = t.unit_now.clone().or_else(|| t.unit.clone()) else {
            continue;
        };
        let formerly = t.unit.clone().filter(|u| *u != now);
        groups.entry(now).or_default().push(FollowupItem {
            id: t.id,
            title: t.title.clone(),
            assigned: t.assigned,
            due: t.due,
            age_days: (today - t.assigned).num_days(),
            overdue: t.overdue,
            stale: t.stale,
            major: t.major,
            last_note: last_notes.get(&t.id).cloned(),
            blockers: t.blockers.clone(),
            formerly,
        });
    }
    let units = groups
        .into_iter()
        .map(|(unit, mut followups)| {
            followups.sort_by(|a, b| {
                b.major
                    .cmp(&a.major)
                    .then(a.assigned.cmp(&b.assigned))
                    .then(a.id.cmp(&b.id))
            });
            UnitFollowups {
                name: names.get(&unit).cloned().unwrap_or_default(),
                unit,
                followups,
            }
        })
        .collect();
    FollowupsReport { units }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::RecordKind;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn task(id: i64, unit: &str, now: &str, assigned: &str, major: bool, status: &str) -> Task {
        Task {
            id,
            record: RecordKind::Task,
            title: format!("t{id}"),
            status: status.parse().unwrap(),
            priority: crate::model::Priority::Normal,
            due: None,
            plan: None,
            unit: Some(unit.into()),
            unit_name: None,
            unit_now: Some(now.into()),
            major,
            field: None,
            mentions: vec![],
            tags: vec![],
            docs: vec![],
            assigned: d(assigned),
            started_on: None,
            closed_on: None,
            last_touched: d(assigned),
            overdue: false,
            stale: false,
            carried: 0,
            done_on_time: None,
            blockers: vec![],
            created_at: String::new(),
            updated_at: String::new(),
        }
    }

    #[test]
    fn groups_under_the_successor_major_first_then_oldest() {
        let tasks = vec![
            task(1, "yte", "yte", "2022-12-01", false, "todo"),
            task(2, "ldtbxh", "snv", "2022-12-02", false, "todo"),
            task(3, "snv", "snv", "2022-12-10", true, "doing"),
            task(4, "ldtbxh", "snv", "2022-12-01", false, "todo"),
            task(5, "ldtbxh", "snv", "2022-11-01", false, "done"),
            Task {
                unit: None,
                unit_now: None,
                ..task(6, "x", "x", "2022-12-01", true, "todo")
            },
        ];
        let names = HashMap::from([("snv".to_string(), "Sở Nội vụ".to_string())]);
        let notes = HashMap::from([(2, "đang soạn".to_string())]);
        let r = compute(&tasks, &notes, &names, d("2022-12-21"));
        let units: Vec<&str> = r.units.iter().map(|u| u.unit.as_str()).collect();
        assert_eq!(units, vec!["snv", "yte"]);
        let ids: Vec<i64> = r.units[0].followups.iter().map(|f| f.id).collect();
        assert_eq!(ids, vec![3, 4, 2]);
        assert_eq!(r.units[0].name, "Sở Nội vụ");
        assert_eq!(r.units[0].followups[1].formerly.as_deref(), Some("ldtbxh"));
        assert_eq!(r.units[0].followups[0].formerly, None);
        assert_eq!(r.units[0].followups[2].last_note.as_deref(), Some("đang soạn"));
        assert_eq!(r.units[1].followups[0].age_days, 20);
    }
}
