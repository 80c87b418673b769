//! The week report as the official's own *báo cáo*, the one brought to the giao ban
//! meeting: I the week's results (the entries, the plan items done and not done with
//! their reasons, the arising work, the goals, the contingencies); II shortcomings and
//! obstacles; III the coming week; IV proposals; the plan set against its result in the
//! appendix.

use super::prose::{self, capital, count, join};
use super::{Issuer, Part, appendix_note, appendix_title, frame, numbered};
use crate::i18n::{M, s, t};
use crate::model::{Blocker, ContingencyStatus};
use crate::render::doc::{AdminReport, Chart, Para, Table};
use crate::report::input::LateTask;
use crate::report::month::NextTask;
use crate::report::week::{Item, ItemResult, WeekReport};
use chrono::{Days, NaiveDate};
use std::collections::BTreeMap;

/// What the week document says beyond the plan report: the coming week's tasks, the
/// tasks overdue at the week's end, the open obstacles, and the units' names.
#[derive(Debug, Clone, Default)]
pub struct WeekContent {
    /// The open tasks planned in or due in the seven days after the week.
    pub next: Vec<NextTask>,
    /// The open tasks past their due date on the week's last day (or today).
    pub overdue: Vec<LateTask>,
    /// The open obstacles, oldest first.
    pub blockers: Vec<Blocker>,
    /// Unit aliases to names, for the shorthand of the texts.
    pub unit_names: BTreeMap<String, String>,
}

struct Week<'a> {
    r: &'a WeekReport,
    c: &'a WeekContent,
}

impl Week<'_> {
    fn clean(&self, text: &str) -> String {
        prose::clean(text, &self.c.unit_names)
    }

    fn unit(&self, alias: &str) -> String {
        self.c
            .unit_names
            .get(alias)
            .cloned()
            .unwrap_or_else(|| alias.to_string())
    }
}

/// "tuần từ ngày 19/12/2022 đến ngày 25/12/2022".
fn week_name(from: NaiveDate, to: NaiveDate) -> String {
    t(M::DocWeekName, &[&prose::date(from), &prose::date(to)])
}

/// A plan label as prose: "2022-W52" as the week's dates, "2022-12" as the month; any
/// other label as it is.
pub(super) fn plan_name(label: &str) -> String {
    if let Some((y, w)) = label.split_once("-W") {
        if let (Ok(y), Ok(w)) = (y.parse::<i32>(), w.parse::<u32>()) {
            if let Some(from) = NaiveDate::from_isoywd_opt(y, w, chrono::Weekday::Mon) {
                let to = from + Days::new(6);
                return week_name(from, to);
            }
        }
    }
    if let Ok(d) = NaiveDate::parse_from_str(&format!("{label}-01"), "%Y-%m-%d") {
        return prose::month_name(d);
    }
    label.to_string()
}

fn pct(part: usize, whole: usize) -> String {
    if whole == 0 {
        "0%".into()
    } else {
        format!("{:.0}%", part as f64 * 100.0 / whole as f64)
    }
}

/// The week report as a document; `content` is what its sections say beyond the plan.
pub fn week_document(issuer: &Issuer, r: &WeekReport, content: &WeekContent) -> (AdminReport, Vec<Chart>) {
    let w = Week { r, c: content };
    let name = week_name(r.period.from, r.period.to);
    let mut doc = frame(issuer, capital(&t(M::DocSummaryWeek, &[&name])));
    doc.intro = Some(super::month::intro(issuer, &name));
    let next_from = r.period.to + Days::new(1);
    let next_to = r.period.to + Days::new(7);
    doc.sections = numbered(vec![
        results(&w),
        problems(&w),
        coming_week(&w, next_from, next_to),
        proposals(&w),
    ]);
    doc.closing = t(M::DocClosing, &[&name]);
    doc.appendix = appendix(&w, issuer);
    (doc, Vec::new())
}

/// What became of a plan item not done: "đang thực hiện", "chuyển sang kỳ …", with the
/// reason given at the plan's close.
fn outcome(w: &Week, i: &Item) -> String {
    let state = match i.result {
        ItemResult::Done => s(M::RDone).to_lowercase(),
        ItemResult::InProgress => s(M::DocItemInProgress).to_string(),
        ItemResult::NotDone => s(M::DocItemNotDone).to_string(),
        ItemResult::Dropped => s(M::DocItemDropped).to_string(),
        ItemResult::Carried => match &i.carried_to {
            Some(to) => t(M::DocItemCarried, &[&plan_name(to)]),
            None => s(M::DocItemCarriedLater).to_string(),
        },
    };
    match &i.reason {
        Some(r) if !r.trim().is_empty() => format!("{state}; {}", t(M::DocWhy, &[&w.clean(r)])),
        _ => state,
    }
}

/// I. Results: the entries, the plan, the arising work, the goals, the contingencies.
fn results(w: &Week) -> Part {
    let r = w.r;
    let e = &r.entries;
    let mut part = Part::new(s(M::DocPartResults).to_string());
    part.lead.push(Para::Text(if e.total == 0 {
        s(M::DocWeekNoEntries).to_string()
    } else {
        t(
            M::DocWeekEntries,
            &[
                &count(e.total as i64, M::DocNEntries),
                &e.planned,
                &e.arising,
                &pct(e.arising, e.total),
            ],
        )
    }));
    let c = &r.results;
    part.lead.push(Para::Text(if r.items.is_empty() {
        s(M::DocWeekNoPlan).to_string()
    } else {
        let parts: Vec<String> = [
            (c.done, M::DocWeekPlanDone),
            (c.in_progress, M::DocWeekPlanInProgress),
            (c.not_done, M::DocWeekPlanNotDone),
            (c.carried, M::DocWeekPlanCarried),
            (c.dropped, M::DocWeekPlanDropped),
        ]
        .into_iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, m)| t(m, &[&n]))
        .collect();
        t(
            M::DocWeekPlanSentence,
            &[&count(r.items.len() as i64, M::DocNTasks), &join(&parts)],
        )
    }));
    let done = r
        .items
        .iter()
        .filter(|i| i.result == ItemResult::Done)
        .map(|i| Para::Bullet(format!("{}.", capital(&w.clean(&i.title)))))
        .collect();
    let open = r
        .items
        .iter()
        .filter(|i| i.result != ItemResult::Done)
        .map(|i| Para::Bullet(format!("{}: {}.", capital(&w.clean(&i.title)), outcome(w, i))))
        .collect();
    let arising = r
        .arising_work
        .iter()
        .map(|a| {
            Para::Bullet(format!(
                "{} ({}).",
                capital(&w.clean(&a.text)),
                prose::date(a.date)
            ))
        })
        .collect();
    let mut goals = Vec::new();
    if !r.goals.is_empty() {
        goals.push(Para::Text(t(
            M::DocWeekGoalsSentence,
            &[&r.goals_achieved, &r.goals.len()],
        )));
        goals.extend(r.goals.iter().map(|g| {
            let state = if g.achieved {
                s(M::DocGoalMet)
            } else {
                s(M::DocGoalNotMet)
            };
            Para::Bullet(format!("{}: {state}.", capital(&w.clean(&g.text))))
        }));
    }
    part.sub(s(M::DocWeekDoneTitle).to_string(), done)
        .sub(s(M::DocWeekOpenTitle).to_string(), open)
        .sub(s(M::DocWeekArisingTitle).to_string(), arising)
        .sub(s(M::DocWeekGoalsTitle).to_string(), goals)
        .sub(s(M::DocContTitle).to_string(), contingencies(w))
}

/// The week's contingencies: prepared, and what happened when they occurred.
fn contingencies(w: &Week) -> Vec<Para> {
    let list = &w.r.contingencies;
    if list.is_empty() {
        return Vec::new();
    }
    let triggered = list.iter().filter(|x| x.triggered_on.is_some()).count();
    let prepared = count(list.len() as i64, M::DocNContingencies);
    let mut out = vec![Para::Text(match triggered {
        0 => t(M::DocContNoneTriggered, &[&prepared]),
        n => t(M::DocContSentence, &[&prepared, &n]),
    })];
    for x in list {
        let on = x.triggered_on.map(prose::date).unwrap_or_default();
        let state = match (x.status, &x.outcome) {
            (ContingencyStatus::Open, _) if x.triggered_on.is_none() => s(M::DocContNotTriggered).to_string(),
            (_, Some(o)) => t(M::DocContTriggered, &[&on, &w.clean(o)]),
            (_, None) if x.triggered_on.is_some() => t(M::DocContTriggeredNoOutcome, &[&on]),
            _ => s(M::DocContNotTriggered).to_string(),
        };
        out.push(Para::Bullet(format!(
            "{}: {}; {state}.",
            capital(&w.clean(&x.situation)),
            w.clean(&x.response)
        )));
    }
    out
}

/// The open obstacles with the unit, since when and the remedy proposed.
fn obstacle_lines(w: &Week) -> Vec<Para> {
    w.c.blockers
        .iter()
        .map(|x| {
            let mut line = t(
                M::DocObstacleLine,
                &[&w.unit(&x.unit), &w.clean(&x.text), &prose::date(x.raised_on)],
            );
            if let Some(p) = &x.proposal {
                line.push_str(&t(M::DocObstacleProposal, &[&w.clean(p)]));
            }
            if let Some(r) = x.remedy {
                line.push_str(&t(
                    M::DocObstacleRemedy,
                    &[&crate::render::labels::remedy_label(r).to_lowercase()],
                ));
            }
            Para::Bullet(format!("{line}."))
        })
        .collect()
}

/// II. Shortcomings and obstacles: the tasks overdue at the week's end and why, then the
/// open obstacles.
fn problems(w: &Week) -> Part {
    let late = prose::late_tasks(&w.c.overdue, &|x| w.clean(x));
    let mut overdue = Vec::new();
    if !late.is_empty() {
        overdue.push(Para::Text(t(
            M::DocOverdueSentence,
            &[&count(late.len() as i64, M::DocNTasks)],
        )));
        overdue.extend(late);
    }
    Part::new(s(M::DocPartProblems).to_string())
        .sub(s(M::DocWeekLateTitle).to_string(), overdue)
        .sub(s(M::DocObstaclesTitle).to_string(), obstacle_lines(w))
}

/// III. The coming week: its tasks, and the overdue tasks of one's own to finish.
fn coming_week(w: &Week, from: NaiveDate, to: NaiveDate) -> Part {
    let tasks =
        w.c.next
            .iter()
            .map(|task| {
                let due = task
                    .due
                    .map(|d| format!(" ({})", t(M::DocDue, &[&prose::date(d)])))
                    .unwrap_or_default();
                Para::Bullet(format!("{}{due}.", capital(&w.clean(&task.title))))
            })
            .collect();
    let late =
        w.c.overdue
            .iter()
            .filter(|x| x.unit.is_none())
            .map(|x| {
                Para::Bullet(t(
                    M::DocFinishLate,
                    &[&capital(&w.clean(&x.title)), &prose::date(x.due)],
                ))
            })
            .collect();
    let name = t(M::DocWeekNext, &[&prose::date(from), &prose::date(to)]);
    Part::new(t(M::DocPartNext, &[&name]))
        .sub(s(M::DocNextTasksTitle).to_string(), tasks)
        .sub(s(M::DocNextLateTitle).to_string(), late)
}

/// IV. Proposals: those of the open obstacles.
fn proposals(w: &Week) -> Part {
    let mut part = Part::new(s(M::DocPartProposals).to_string());
    part.lead =
        w.c.blockers
            .iter()
            .filter_map(|x| {
                let p = x.proposal.as_ref()?;
                Some(Para::Bullet(t(
                    M::DocProposalLine,
                    &[&capital(&w.clean(p)), &w.clean(&x.text), &w.unit(&x.unit)],
                )))
            })
            .collect();
    part
}

/// The appendix: the plan's items and their results, with an STT column.
fn appendix(w: &Week, issuer: &Issuer) -> Vec<Table> {
    if w.r.items.is_empty() {
        return Vec::new();
    }
    vec![Table {
        title: appendix_title(1),
        caption: Some(s(M::DocAppendixWeek).to_string()),
        note: Some(appendix_note(issuer)),
        widths: vec![15, 90, 40, 55],
        headers: vec![
            s(M::DocStt).into(),
            s(M::LTitle).into(),
            s(M::LResult).into(),
            s(M::LReason).into(),
        ],
        rows: w
            .r
            .items
            .iter()
            .enumerate()
            .map(|(n, i)| {
                let result = match (&i.result, &i.carried_to) {
                    (ItemResult::Carried, Some(to)) => t(M::DocItemCarried, &[&plan_name(to)]),
                    (r, _) => crate::render::labels::result_label(*r).to_string(),
                };
                vec![
                    (n + 1).to_string(),
                    capital(&w.clean(&i.title)),
                    capital(&result),
                    i.reason.as_deref().map(|r| w.clean(r)).unwrap_or_default(),
                ]
            })
            .collect(),
    }]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plan_labels_become_dates() {
        // Either language: other tests set the process language meanwhile.
        let w = plan_name("2022-W52");
        assert!(w.contains("26/12/2022") && w.contains("01/01/2023"), "{w}");
        assert!(!w.contains("W52"), "{w}");
        assert!(plan_name("2022-12").contains("2022") && plan_name("2022-12") != "2022-12");
        assert_eq!(plan_name("đợt 1"), "đợt 1");
    }
}
