//! Planned against arising work (SPEC §2). An entry is *planned* when the task it advanced
//! was in a plan (any week or month) on the entry's date; otherwise — no task, or a task
//! that was in no plan that day — it is *arising* (công việc phát sinh). The plan a task
//! was in on a day is rebuilt from its history rather than read from `tasks.plan`, which
//! only says where the task is now: a task planned later does not make earlier work
//! "planned", and a task moved out of every plan does not make earlier work "arising".

use chrono::NaiveDate;
use serde::Serialize;

/// A task's plan history: where it started and each move between plans.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PlanHistory {
    /// The day the task was created (assigned).
    pub assigned: NaiveDate,
    /// The plan label it has now.
    pub current: Option<String>,
    /// Its moves, oldest first.
    pub moves: Vec<Move>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Move {
    pub date: NaiveDate,
    pub from: Option<String>,
    pub to: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Class {
    Planned,
    Arising,
}

impl PlanHistory {
    /// The plan the task was created in: the first move's origin, else where it is now.
    pub fn initial(&self) -> Option<&str> {
        match self.moves.first() {
            Some(m) => m.from.as_deref(),
            None => self.current.as_deref(),
        }
    }

    /// The plan the task was in on day `d` (none before it existed).
    pub fn plan_on(&self, d: NaiveDate) -> Option<&str> {
        if d < self.assigned {
            return None;
        }
        let mut plan = self.initial();
        for m in &self.moves {
            if m.date <= d {
                plan = m.to.as_deref();
            } else {
                break;
            }
        }
        plan
    }
}

/// Classifies one entry made on `date` that advanced `task` (if any).
pub fn classify(date: NaiveDate, task: Option<&PlanHistory>) -> Class {
    match task.and_then(|h| h.plan_on(date)) {
        Some(_) => Class::Planned,
        None => Class::Arising,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn mv(date: &str, from: Option<&str>, to: Option<&str>) -> Move {
        Move {
            date: d(date),
            from: from.map(str::to_string),
            to: to.map(str::to_string),
        }
    }

    #[test]
    fn no_task_is_arising() {
        assert_eq!(classify(d("2022-12-19"), None), Class::Arising);
    }

    #[test]
    fn a_task_in_a_plan_makes_planned_work() {
        let h = PlanHistory {
            assigned: d("2022-12-12"),
            current: Some("2022-W50".into()),
            moves: vec![],
        };
        assert_eq!(classify(d("2022-12-13"), Some(&h)), Class::Planned);
        assert_eq!(classify(d("2022-12-12"), Some(&h)), Class::Planned);
    }

    #[test]
    fn work_before_the_task_existed_is_arising() {
        let h = PlanHistory {
            assigned: d("2022-12-12"),
            current: Some("2022-W50".into()),
            moves: vec![],
        };
        assert_eq!(classify(d("2022-12-11"), Some(&h)), Class::Arising);
    }

    #[test]
    fn a_task_with_no_plan_makes_arising_work() {
        let h = PlanHistory {
            assigned: d("2022-12-12"),
            current: None,
            moves: vec![],
        };
        assert_eq!(classify(d("2022-12-13"), Some(&h)), Class::Arising);
    }

    #[test]
    fn planning_a_task_later_does_not_make_earlier_work_planned() {
        // Created unplanned on the 12th, put into week 51 on the 19th.
        let h = PlanHistory {
            assigned: d("2022-12-12"),
            current: Some("2022-W51".into()),
            moves: vec![mv("2022-12-19", None, Some("2022-W51"))],
        };
        assert_eq!(h.initial(), None);
        assert_eq!(classify(d("2022-12-15"), Some(&h)), Class::Arising);
        assert_eq!(classify(d("2022-12-19"), Some(&h)), Class::Planned);
        assert_eq!(classify(d("2022-12-20"), Some(&h)), Class::Planned);
    }

    #[test]
    fn moves_between_plans_keep_the_work_planned() {
        let h = PlanHistory {
            assigned: d("2022-12-12"),
            current: Some("2022-W52".into()),
            moves: vec![
                mv("2022-12-19", Some("2022-W50"), Some("2022-W51")),
                mv("2022-12-26", Some("2022-W51"), Some("2022-W52")),
            ],
        };
        assert_eq!(h.initial(), Some("2022-W50"));
        assert_eq!(h.plan_on(d("2022-12-13")), Some("2022-W50"));
        assert_eq!(h.plan_on(d("2022-12-20")), Some("2022-W51"));
        assert_eq!(h.plan_on(d("2022-12-27")), Some("2022-W52"));
        assert_eq!(classify(d("2022-12-27"), Some(&h)), Class::Planned);
    }

    #[test]
    fn a_task_taken_out_of_every_plan_makes_later_work_arising() {
        let h = PlanHistory {
            assigned: d("2022-12-12"),
            current: None,
            moves: vec![mv("2022-12-16", Some("2022-W50"), None)],
        };
        assert_eq!(classify(d("2022-12-14"), Some(&h)), Class::Planned);
        assert_eq!(classify(d("2022-12-17"), Some(&h)), Class::Arising);
    }
}
