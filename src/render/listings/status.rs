//! `status`: today in both calendars, then this week's plan items, overdue, stale and
//! soon-due tasks, and this week's open contingencies — a few rows each, with how to see
//! the rest. JSON lists every task of each section.

use super::{contingency_listing, task_listing};
use crate::error::Result;
use crate::i18n::{M, s, t};
use crate::model::Page;
use crate::model::Task;
use crate::model::plan::Contingency;
use crate::render::{Format, Human, Listing, Output, Render};
use chrono::NaiveDate;
use serde::Serialize;

/// Rows a status section shows before pointing to the full list.
const STATUS_ROWS: usize = 10;

/// How many rows of each section `status` needs for `out`: JSON lists every task, the
/// other formats the first few (so only those are read, SPEC §10 P7).
pub fn status_row_limit(out: &Output) -> Option<usize> {
    (out.format != Format::Json).then_some(STATUS_ROWS)
}

/// What `status` gathered.
pub struct StatusView {
    pub today: NaiveDate,
    /// This week's plan label (2022-W50).
    pub week: String,
    pub plan: Page,
    pub overdue: Page,
    pub stale: Page,
    pub due_soon: Page,
    pub contingencies: Vec<Contingency>,
    /// Open consultations whose meeting is within three working days.
    pub consultations: Vec<crate::model::Consultation>,
}

#[derive(Serialize)]
struct StatusJson<'a> {
    today: NaiveDate,
    plan: &'a [Task],
    overdue: &'a [Task],
    stale: &'a [Task],
    due_soon: &'a [Task],
    contingencies: &'a [Contingency],
    consultations: &'a [crate::model::Consultation],
}

/// A section of tasks: its first rows, and the command that lists the rest.
fn listed(p: &Page, cmd: &str) -> Listing {
    let mut l = task_listing(&p.rows);
    l.footer = (p.total > p.rows.len()).then(|| t(M::StatusMore, &[&(p.total - p.rows.len()), &cmd]));
    l
}

impl Render for StatusView {
    fn json(&self, buf: &mut Vec<u8>) -> Result<()> {
        crate::render::json(
            buf,
            &StatusJson {
                today: self.today,
                plan: &self.plan.rows,
                overdue: &self.overdue.rows,
                stale: &self.stale.rows,
                due_soon: &self.due_soon.rows,
                contingencies: &self.contingencies,
                consultations: &self.consultations,
            },
        )
    }

    fn human(&self) -> Result<Human> {
        self.human_for(Format::Table)
    }

    /// CSV has no place for the date line: only the sections.
    fn human_for(&self, format: Format) -> Result<Human> {
        let mut sections = Vec::new();
        if format != Format::Csv {
            sections.push(Listing {
                title: Some(crate::render::lunar::lunar_line(self.today)),
                ..Listing::default()
            });
        }
        let mut add = |title: String, mut l: Listing| {
            if !l.rows.is_empty() {
                l.title = Some(title);
                sections.push(l);
            }
        };
        let plan_cmd = format!("worklog plan week {}", self.week);
        add(
            t(
                M::StatusPlan,
                &[&crate::render::labels::plan_period_phrase(&self.week)],
            ),
            listed(&self.plan, &plan_cmd),
        );
        add(
            s(M::StatusOverdue).to_string(),
            listed(&self.overdue, "worklog task list --overdue"),
        );
        add(
            s(M::StatusStale).to_string(),
            listed(&self.stale, "worklog task list --stale"),
        );
        add(
            s(M::StatusDueSoon).to_string(),
            listed(&self.due_soon, "worklog task list"),
        );
        add(
            s(M::StatusContingencies).to_string(),
            contingency_listing(&self.contingencies),
        );
        add(
            s(M::StatusConsultations).to_string(),
            super::consult_listing(&self.consultations),
        );
        if sections.len() <= 1 {
            sections.push(Listing {
                empty: Some(s(M::StatusNothing).to_string()),
                ..Listing::default()
            });
        }
        Ok(Human::Sections(sections))
    }
}
