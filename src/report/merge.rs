//! `report merge`: an office head's roll-up of several officials' month reports. `merge`
//! is a pure function from the parsed reports (already checked to cover one period) to
//! one report of the same shape: every counter summed, the breakdowns and follow-up units
//! merged by key and re-sorted largest first, the daily rows summed by date, the
//! completion rate recomputed from the sums, and the lists (done tasks, open blockers,
//! contingencies) concatenated with each item's `from` saying whose report it came from —
//! ids are per database, so an id alone would be ambiguous. `people` keeps each official's
//! own headline counters so the head sees who contributed what.
//!
//! Days are not summed: `working_days` is the period's (the same for everyone), and
//! `days_logged` the days on which anyone logged work; each person's own days logged are
//! in `people`. Listed items keep their own ids, qualified by `from` (`An#12`).

use super::month::{
    Blockers, Body, Bucket, Contingencies, Day, Documents, Entries, EntryCounts, Followups, MonthReport,
    PrevBlockers, PrevContingencies, PrevFollowups, Previous, Tasks, UnitCounts,
};
use super::proposals::ProposalCounts;
use crate::model::period::Period;
use serde::Serialize;
use std::collections::BTreeMap;

/// One official's report, as read from a file.
#[derive(Debug, Clone)]
pub struct Part<'a> {
    /// The file it was read from (`-` for standard input).
    pub file: String,
    pub name: Option<String>,
    pub title: Option<String>,
    pub org: Option<String>,
    pub body: &'a Body,
    pub previous: &'a Previous,
}

impl Part<'_> {
    /// Whose report this is: the person's name, else the file.
    pub fn label(&self) -> String {
        self.name
            .as_deref()
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .map_or_else(|| self.file.clone(), str::to_string)
    }
}

/// One official's headline counters.
#[derive(Debug, Clone, Serialize, serde::Deserialize, PartialEq)]
pub struct PersonTotals {
    pub file: String,
    pub name: Option<String>,
    pub title: Option<String>,
    pub org: Option<String>,
    pub entries: i64,
    /// The days this person logged work on, of `working_days`.
    #[serde(default)]
    pub days_logged: i64,
    #[serde(default)]
    pub working_days: i64,
    pub minutes: i64,
    pub planned: i64,
    pub arising: i64,
    pub tasks_planned: i64,
    pub tasks_done: i64,
    pub completion_rate: f64,
    pub followups_open: i64,
    pub followups_overdue: i64,
    pub blockers_open: i64,
    pub contingencies_prepared: i64,
}

/// The summed part of the roll-up: the month report's body (each listed item's `from`
/// set), its previous counters, and the people behind it.
#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    pub body: Body,
    pub previous: Previous,
    pub people: Vec<PersonTotals>,
}

/// The roll-up as printed with `--format json`: the month report's keys, summed, and
/// `people`.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct MergeReport {
    /// The summed report; `person` is who made the roll-up (the head's own config).
    #[serde(flatten)]
    pub report: MonthReport,
    pub people: Vec<PersonTotals>,
}

/// `items`, each marked as coming from `from`.
fn labelled<T: Clone>(from: &str, items: &[T], set: impl Fn(&mut T, String)) -> Vec<T> {
    items
        .iter()
        .map(|item| {
            let mut item = item.clone();
            set(&mut item, from.to_string());
            item
        })
        .collect()
}

/// `done / planned`, rounded to three places as `report month` does.
pub fn rate(done: i64, planned: i64) -> f64 {
    if planned == 0 {
        0.0
    } else {
        ((done as f64 / planned as f64) * 1000.0).round() / 1000.0
    }
}

fn add_counts(a: &mut EntryCounts, b: &EntryCounts) {
    a.total += b.total;
    a.days_logged += b.days_logged;
    a.working_days += b.working_days;
    a.minutes += b.minutes;
    a.planned += b.planned;
    a.arising += b.arising;
}

fn add_tasks(a: &mut Tasks, b: &Tasks) {
    a.planned += b.planned;
    a.done += b.done;
    a.done_on_time += b.done_on_time;
    a.open += b.open;
    a.overdue += b.overdue;
    a.stale += b.stale;
    a.carried += b.carried;
    a.dropped += b.dropped;
    a.completion_rate = rate(a.done, a.planned);
}

fn zero_tasks() -> Tasks {
    Tasks {
        planned: 0,
        done: 0,
        done_on_time: 0,
        open: 0,
        overdue: 0,
        stale: 0,
        carried: 0,
        dropped: 0,
        completion_rate: 0.0,
    }
}

fn zero_counts() -> EntryCounts {
    EntryCounts {
        total: 0,
        days_logged: 0,
        working_days: 0,
        minutes: 0,
        planned: 0,
        arising: 0,
    }
}

/// Buckets summed by key (the first label seen wins), largest first, ties by key — the
/// order `report month` uses.
fn merge_buckets<'a>(lists: impl Iterator<Item = &'a Vec<Bucket>>) -> Vec<Bucket> {
    let mut map: BTreeMap<Option<String>, Bucket> = BTreeMap::new();
    for b in lists.flatten() {
        let m = map.entry(b.key.clone()).or_insert_with(|| Bucket {
            key: b.key.clone(),
            label: b.label.clone(),
            count: 0,
            minutes: 0,
        });
        m.count += b.count;
        m.minutes += b.minutes;
    }
    let mut v: Vec<Bucket> = map.into_values().collect();
    v.sort_by(|a, b| {
        b.count
            .cmp(&a.count)
            .then(b.minutes.cmp(&a.minutes))
            .then(a.key.cmp(&b.key))
    });
    v
}

/// The entry counters summed, the breakdowns merged by key; the days are the period's
/// working days and the days anyone logged (`daily`, summed), never person-days.
fn sum_entries(bodies: &[&Body], daily: &[Day]) -> Entries {
    let mut counts = zero_counts();
    for b in bodies {
        add_counts(&mut counts, &b.entries.counts);
    }
    counts.working_days = bodies
        .iter()
        .map(|b| b.entries.counts.working_days)
        .max()
        .unwrap_or(0);
    counts.days_logged = daily.iter().filter(|d| d.count > 0).count() as i64;
    Entries {
        counts,
        by_kind: merge_buckets(bodies.iter().map(|b| &b.entries.by_kind)),
        by_field: merge_buckets(bodies.iter().map(|b| &b.entries.by_field)),
        by_unit: merge_buckets(bodies.iter().map(|b| &b.entries.by_unit)),
        by_tag: merge_buckets(bodies.iter().map(|b| &b.entries.by_tag)),
    }
}

/// The daily rows summed by date.
fn sum_daily(bodies: &[&Body]) -> Vec<Day> {
    let mut daily: BTreeMap<chrono::NaiveDate, Day> = BTreeMap::new();
    for d in bodies.iter().flat_map(|b| &b.daily) {
        let day = daily.entry(d.date).or_insert(Day {
            date: d.date,
            count: 0,
            minutes: 0,
            working_day: d.working_day,
        });
        day.count += d.count;
        day.minutes += d.minutes;
    }
    daily.into_values().collect()
}

/// The follow-up counters summed, the units merged by alias (most work first).
fn sum_followups(bodies: &[&Body]) -> Followups {
    let mut f = Followups {
        open: 0,
        done: 0,
        overdue: 0,
        stale: 0,
        by_unit: Vec::new(),
    };
    let mut units: BTreeMap<String, UnitCounts> = BTreeMap::new();
    for b in bodies {
        f.open += b.followups.open;
        f.done += b.followups.done;
        f.overdue += b.followups.overdue;
        f.stale += b.followups.stale;
        for u in &b.followups.by_unit {
            let m = units.entry(u.unit.clone()).or_insert_with(|| UnitCounts {
                unit: u.unit.clone(),
                name: u.name.clone(),
                open: 0,
                done: 0,
                overdue: 0,
            });
            m.open += u.open;
            m.done += u.done;
            m.overdue += u.overdue;
        }
    }
    let mut by_unit: Vec<UnitCounts> = units.into_values().collect();
    by_unit.sort_by(|a, b| {
        (b.open + b.done)
            .cmp(&(a.open + a.done))
            .then(a.unit.cmp(&b.unit))
    });
    f.by_unit = by_unit;
    f
}

/// The body of every part summed, lists concatenated with `from` set.
fn sum_bodies(parts: &[Part]) -> Body {
    let bodies: Vec<&Body> = parts.iter().map(|p| p.body).collect();
    let mut tasks = zero_tasks();
    let mut done_list = Vec::new();
    let mut blockers = Blockers {
        raised: 0,
        resolved: 0,
        open: Vec::new(),
    };
    let mut contingencies = Contingencies {
        prepared: 0,
        triggered: 0,
        list: Vec::new(),
    };
    let mut documents = Documents {
        issued: 0,
        required_pending: 0,
    };
    for p in parts {
        let b = p.body;
        let from = p.label();
        add_tasks(&mut tasks, &b.tasks);
        done_list.extend(labelled(&from, &b.done_list, |d, f| d.from = Some(f)));
        blockers.raised += b.blockers.raised;
        blockers.resolved += b.blockers.resolved;
        blockers
            .open
            .extend(labelled(&from, &b.blockers.open, |x, f| x.from = Some(f)));
        contingencies.prepared += b.contingencies.prepared;
        contingencies.triggered += b.contingencies.triggered;
        contingencies
            .list
            .extend(labelled(&from, &b.contingencies.list, |c, f| c.from = Some(f)));
        documents.issued += b.documents.issued;
        documents.required_pending += b.documents.required_pending;
    }
    // Done tasks in the order they were finished, as in one official's report.
    done_list.sort_by_key(|d| d.closed_on);
    let daily = sum_daily(&bodies);
    Body {
        entries: sum_entries(&bodies, &daily),
        daily,
        tasks,
        done_list,
        followups: sum_followups(&bodies),
        blockers,
        contingencies,
        documents,
    }
}

/// The previous period's counters of every part summed.
fn sum_previous(parts: &[Part], period: Period) -> Previous {
    let mut previous = Previous {
        period,
        entries: zero_counts(),
        tasks: zero_tasks(),
        followups: PrevFollowups {
            open: 0,
            done: 0,
            overdue: 0,
            stale: 0,
        },
        blockers: PrevBlockers {
            raised: 0,
            resolved: 0,
            open: 0,
        },
        contingencies: PrevContingencies {
            prepared: 0,
            triggered: 0,
        },
        documents: Documents {
            issued: 0,
            required_pending: 0,
        },
        // Summed when every file counts them.
        proposals: parts.iter().try_fold(ProposalCounts::default(), |acc, p| {
            p.previous.proposals.map(|c| acc + c)
        }),
    };
    for p in parts {
        let q = p.previous;
        let (days, working) = (previous.entries.days_logged, previous.entries.working_days);
        add_counts(&mut previous.entries, &q.entries);
        // Days are not summed (a person-day is not a day): the most anyone logged, of the
        // period's working days.
        previous.entries.days_logged = days.max(q.entries.days_logged);
        previous.entries.working_days = working.max(q.entries.working_days);
        add_tasks(&mut previous.tasks, &q.tasks);
        previous.followups.open += q.followups.open;
        previous.followups.done += q.followups.done;
        previous.followups.overdue += q.followups.overdue;
        previous.followups.stale += q.followups.stale;
        previous.blockers.raised += q.blockers.raised;
        previous.blockers.resolved += q.blockers.resolved;
        previous.blockers.open += q.blockers.open;
        previous.contingencies.prepared += q.contingencies.prepared;
        previous.contingencies.triggered += q.contingencies.triggered;
        previous.documents.issued += q.documents.issued;
        previous.documents.required_pending += q.documents.required_pending;
    }
    previous
}

/// One official's headline counters.
fn person_totals(p: &Part) -> PersonTotals {
    let b = p.body;
    PersonTotals {
        file: p.file.clone(),
        name: p.name.clone(),
        title: p.title.clone(),
        org: p.org.clone(),
        entries: b.entries.counts.total,
        days_logged: b.entries.counts.days_logged,
        working_days: b.entries.counts.working_days,
        minutes: b.entries.counts.minutes,
        planned: b.entries.counts.planned,
        arising: b.entries.counts.arising,
        tasks_planned: b.tasks.planned,
        tasks_done: b.tasks.done,
        completion_rate: rate(b.tasks.done, b.tasks.planned),
        followups_open: b.followups.open,
        followups_overdue: b.followups.overdue,
        blockers_open: b.blockers.open.len() as i64,
        contingencies_prepared: b.contingencies.prepared,
    }
}

/// The roll-up of `parts` (the previous period is the one they share, taken from the
/// first part).
pub fn merge(parts: &[Part], previous_period: Period) -> Merged {
    Merged {
        body: sum_bodies(parts),
        previous: sum_previous(parts, previous_period),
        people: parts.iter().map(person_totals).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::month::{DoneTask, OpenBlocker};
    use chrono::NaiveDate;

    fn d(day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2022, 12, day).unwrap()
    }

    fn bucket(key: &str, count: i64, minutes: i64) -> Bucket {
        Bucket {
            key: Some(key.into()),
            label: key.to_uppercase(),
            count,
            minutes,
        }
    }

    fn tasks(planned: i64, done: i64) -> Tasks {
        Tasks {
            planned,
            done,
            done_on_time: done,
            open: planned - done,
            overdue: 1,
            stale: 0,
            carried: 1,
            dropped: 0,
            completion_rate: rate(done, planned),
        }
    }

    fn body(total: i64, kinds: Vec<Bucket>, t: Tasks, unit: &str, blocker_id: i64) -> Body {
        Body {
            entries: Entries {
                counts: EntryCounts {
                    total,
                    days_logged: 2,
                    working_days: 22,
                    minutes: total * 30,
                    planned: 1,
                    arising: total - 1,
                },
                by_kind: kinds,
                by_field: vec![],
                by_unit: vec![],
                by_tag: vec![],
            },
            daily: vec![
                Day {
                    date: d(1),
                    count: 1,
                    minutes: 30,
                    working_day: true,
                },
                Day {
                    date: d(2),
                    count: total - 1,
                    minutes: (total - 1) * 30,
                    working_day: true,
                },
            ],
            tasks: t,
            done_list: vec![DoneTask {
                from: None,
                id: 5,
                title: format!("done by {unit}"),
                closed_on: Some(d(10 + blocker_id as u32)),
                due: None,
                on_time: true,
                unit: None,
            }],
            followups: Followups {
                open: 1,
                done: 0,
                overdue: 1,
                stale: 0,
                by_unit: vec![UnitCounts {
                    unit: unit.into(),
                    name: unit.to_uppercase(),
                    open: 1,
                    done: 0,
                    overdue: 1,
                }],
            },
            blockers: Blockers {
                raised: 1,
                resolved: 0,
                open: vec![OpenBlocker {
                    from: None,
                    id: blocker_id,
                    text: "chậm".into(),
                    unit: unit.into(),
                    task: None,
                    proposal: None,
                    remedy: None,
                    raised_on: d(3),
                    age_days: 28,
                }],
            },
            contingencies: Contingencies {
                prepared: 2,
                triggered: 1,
                list: vec![],
            },
            documents: Documents {
                issued: 1,
                required_pending: 2,
            },
        }
    }

    #[test]
    fn sums_counters_merges_breakdowns_and_labels_items() {
        let p = Period::month(2022, 11).unwrap();
        let a = body(
            3,
            vec![bucket("advice", 2, 60), bucket("draft", 1, 30)],
            tasks(4, 1),
            "yte",
            7,
        );
        let b = body(
            5,
            vec![bucket("draft", 4, 120), bucket("meeting", 1, 30)],
            tasks(2, 2),
            "yte",
            9,
        );
        let prev = a.counters(p.clone());
        let parts = vec![
            Part {
                file: "a.json".into(),
                name: Some("Nguyễn Văn A".into()),
                title: None,
                org: None,
                body: &a,
                previous: &prev,
            },
            Part {
                file: "b.json".into(),
                name: None,
                title: None,
                org: None,
                body: &b,
                previous: &prev,
            },
        ];
        let merged = merge(&parts, p);
        let m = &merged.body;
        assert_eq!(m.entries.counts.total, 8);
        assert_eq!(m.entries.counts.minutes, 240);
        assert_eq!((m.entries.counts.planned, m.entries.counts.arising), (2, 6));
        // The period's working days and the days anyone logged, not person-days.
        assert_eq!(
            (m.entries.counts.working_days, m.entries.counts.days_logged),
            (22, 2)
        );
        assert_eq!(
            (merged.people[0].days_logged, merged.people[0].working_days),
            (2, 22)
        );
        let kinds: Vec<_> = m
            .entries
            .by_kind
            .iter()
            .map(|b| (b.key.clone().unwrap(), b.count, b.minutes))
            .collect();
        assert_eq!(
            kinds,
            vec![
                ("draft".into(), 5, 150),
                ("advice".into(), 2, 60),
                ("meeting".into(), 1, 30)
            ]
        );
        assert_eq!(m.daily.len(), 2);
        assert_eq!((m.daily[1].count, m.daily[1].minutes), (6, 180));
        assert_eq!((m.tasks.planned, m.tasks.done), (6, 3));
        assert_eq!(m.tasks.completion_rate, 0.5);
        assert_eq!(m.followups.by_unit.len(), 1);
        assert_eq!(
            (m.followups.by_unit[0].open, m.followups.by_unit[0].overdue),
            (2, 2)
        );
        let from: Vec<_> = m
            .blockers
            .open
            .iter()
            .map(|b| (b.from.as_deref().unwrap(), b.id))
            .collect();
        assert_eq!(from, vec![("Nguyễn Văn A", 7), ("b.json", 9)]);
        assert_eq!(m.done_list[0].from.as_deref(), Some("Nguyễn Văn A"));
        assert_eq!((m.documents.issued, m.documents.required_pending), (2, 4));
        assert_eq!((m.contingencies.prepared, m.contingencies.triggered), (4, 2));
        assert_eq!(merged.previous.entries.total, 6);
        assert_eq!(merged.previous.tasks.completion_rate, 0.25);
        assert_eq!(merged.previous.blockers.open, 2);
        assert_eq!(merged.people.len(), 2);
        assert_eq!((merged.people[1].entries, merged.people[1].tasks_done), (5, 2));
        assert_eq!(merged.people[0].completion_rate, 0.25);
    }
}
