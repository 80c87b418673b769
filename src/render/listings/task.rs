//! Tasks as a table (`task list`, the sections of `plan week`, `status` and `report
//! review`), the marks beside a task, the line a created task is shown with, and the
//! timeline section of `show ID`.

use super::{headers, table};
use crate::error::Result;
use crate::i18n::{M, s, t};
use crate::model::{Event, Priority, Task, TimelineItem};
use crate::render::labels::{priority_label, task_status_label};
use crate::render::table::Narrow;
use crate::render::{Human, Listing, Render};

/// `task list`: the tasks, as a table or as the records.
pub struct TaskList {
    pub tasks: Vec<Task>,
}

impl Render for TaskList {
    fn json(&self, buf: &mut Vec<u8>) -> Result<()> {
        crate::render::json(buf, &self.tasks)
    }

    fn human(&self) -> Result<Human> {
        Ok(Human::Listing(task_listing(&self.tasks)))
    }
}

/// The marks every open task or follow-up may carry: major, overdue, stale.
pub fn state_marks(major: bool, overdue: bool, stale: bool) -> Vec<String> {
    [
        (major, M::MarkMajor),
        (overdue, M::MarkOverdue),
        (stale, M::MarkStale),
    ]
    .into_iter()
    .filter(|(on, _)| *on)
    .map(|(_, m)| s(m).to_string())
    .collect()
}

/// The short marks shown beside a task: overdue, stale, carried, major, done late.
pub fn marks(task: &Task) -> String {
    let mut m = state_marks(task.major, task.overdue, task.stale);
    if task.carried > 0 {
        m.push(t(M::MarkCarried, &[&task.carried]));
    }
    if task.done_on_time == Some(false) {
        m.push(s(M::MarkLate).to_string());
    }
    if !task.blockers.is_empty() {
        m.push(s(M::MarkBlocked).to_string());
    }
    // Only open work passes to a successor; closed tasks stay with the unit that did them.
    if let (true, Some(old), Some(now)) = (task.is_open(), &task.unit, &task.unit_now) {
        if old != now {
            m.push(t(M::MarkNowAt, &[now]));
        }
    }
    m.join(", ")
}

/// The table of tasks, with their count under it.
pub fn task_listing(tasks: &[Task]) -> Listing {
    let headers = headers(&[
        M::LId,
        M::LTitle,
        M::LStatus,
        M::LPriority,
        M::LDue,
        M::LPlan,
        M::LUnit,
        M::LMarks,
    ]);
    let rows = tasks
        .iter()
        .map(|t| {
            vec![
                format!("#{}", t.id),
                t.title.clone(),
                task_status_label(t.status).to_string(),
                priority_label(t.priority).to_string(),
                t.due.map(crate::i18n::date).unwrap_or_default(),
                t.plan
                    .as_deref()
                    .map(crate::render::labels::plan_period_short)
                    .unwrap_or_default(),
                t.unit.clone().unwrap_or_default(),
                marks(t),
            ]
        })
        .collect();
    let mut l = table(headers, rows);
    // Narrow: a normal priority goes without saying, then the plan column goes.
    l.fit.narrow = vec![
        Narrow::Blank(3, priority_label(Priority::Normal).to_string()),
        Narrow::Drop(5),
    ];
    l.count_footer(t(M::TasksCount, &[&tasks.len()]));
    l.empty = Some(s(M::NoResults).to_string());
    l.styles = tasks.iter().map(row_style).collect();
    l
}

/// How a task's row is marked on a colour terminal: done or dropped dim, overdue red,
/// stale yellow.
pub fn row_style(task: &Task) -> crate::render::RowStyle {
    use crate::render::RowStyle;
    if !task.is_open() {
        RowStyle::Done
    } else if task.overdue {
        RowStyle::Overdue
    } else if task.stale {
        RowStyle::Stale
    } else {
        RowStyle::Plain
    }
}

/// The line a created task is shown with (`task add`, `plan add`).
pub fn task_added_line(task: &Task) -> String {
    let due_text = match task.due {
        Some(d) => t(M::TaskDueOn, &[&crate::i18n::day(d)]),
        None => s(M::TaskNoDue).to_string(),
    };
    // "Đã giao" says the work went to a unit; the official's own task is added.
    match &task.unit {
        Some(unit) => t(M::TaskAssigned, &[&task.id, unit, &due_text]),
        None => t(M::TaskAdded, &[&task.id, &due_text]),
    }
}

/// A correction's line: "hạn 20/12/2022 → 22/12/2022", "đơn vị ldtbxh → snv".
fn change_text(i: &TimelineItem) -> Option<String> {
    let m = match i.event {
        Event::Due => M::TimelineDue,
        Event::Unit => M::TimelineUnit,
        Event::Replan => M::TimelinePlan,
        _ => return None,
    };
    let show = |v: &Option<String>| match (i.event, v) {
        (_, None) => "–".to_string(),
        (Event::Due, Some(d)) => chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d")
            .map(crate::i18n::date)
            .unwrap_or_else(|_| d.clone()),
        (Event::Replan, Some(p)) => crate::render::labels::plan_period_short(p),
        (_, Some(v)) => v.clone(),
    };
    Some(t(m, &[&show(&i.from), &show(&i.to)]))
}

/// What happened to a task, as its timeline names it.
pub fn event_label(event: Event) -> &'static str {
    s(match event {
        Event::Created => M::ECreated,
        Event::Start => M::EStart,
        Event::Done => M::EDone,
        Event::Drop => M::EDrop,
        Event::Reopen => M::EReopen,
        Event::Note => M::ENote,
        Event::Move => M::EMove,
        Event::Plan | Event::CloseReview | Event::Entry => M::EEntry,
        Event::Due => M::EDue,
        Event::Unit => M::EUnit,
        Event::Replan => M::EReplan,
    })
}

/// A note's stored kind (`note`, `move`, `done`…) as its timeline names it.
pub fn note_kind_label(kind: &str) -> String {
    Event::parse(kind)
        .map(|e| event_label(e).to_string())
        .unwrap_or_else(|| kind.to_string())
}

/// The timeline section of `show ID` for a task.
pub fn timeline_listing(items: &[TimelineItem]) -> Listing {
    let headers = headers(&[M::LDate, M::LEvent, M::LId, M::LText]);
    let rows = items
        .iter()
        .map(|i| {
            let ev = event_label(i.event);
            let mut text = i.text.clone().unwrap_or_default();
            if let Some(change) = change_text(i) {
                text = if text.is_empty() {
                    change
                } else {
                    format!("{change}: {text}")
                };
            }
            if i.event == Event::Move || (i.event == Event::Created && i.to_plan.is_some()) {
                let period = |p: &Option<String>| {
                    p.as_deref()
                        .map(crate::render::labels::plan_period_short)
                        .unwrap_or_else(|| "–".to_string())
                };
                let plans = format!("{} → {}", period(&i.from_plan), period(&i.to_plan));
                text = if text.is_empty() {
                    plans
                } else {
                    format!("{plans}: {text}")
                };
            }
            vec![
                crate::i18n::date(i.date),
                ev.to_string(),
                i.id.map(|id| format!("#{id}")).unwrap_or_default(),
                text,
            ]
        })
        .collect();
    let mut l = table(headers, rows);
    l.title = Some(s(M::LTimeline).to_string());
    l
}
