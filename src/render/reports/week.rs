//! The plan report of a week (or month) for people: the items and their results, the
//! goals, the contingencies, the entry counts and the arising work, as tables. JSON is
//! the report itself. `report week` also writes it as the administrative document
//! (docx, html) brought to the giao ban meeting.

use crate::error::Result;
use crate::i18n::{M, s, t};
use crate::model::ContingencyStatus;
use crate::render::doc::admin::{Issuer, WeekContent, encode, week_document};
use crate::render::{Format, Human, Listing, Render};
use crate::report::week::WeekReport;

/// A plan report as shown; `headline` (e.g. "closed") goes under the title. `document`:
/// who issues it and what it says beyond the plan, when it can be written as a document
/// (`report week`; not the closing review of `plan close`).
pub struct WeekView {
    pub report: WeekReport,
    pub headline: Option<String>,
    pub document: Option<(Issuer, WeekContent)>,
}

impl Render for WeekView {
    fn json(&self, buf: &mut Vec<u8>) -> Result<()> {
        crate::render::json(buf, &self.report)
    }

    fn human(&self) -> Result<Human> {
        Ok(Human::Sections(sections(&self.report, self.headline.as_deref())?))
    }

    fn document(&self, format: Format) -> Result<Option<Vec<u8>>> {
        let Some((issuer, content)) = &self.document else {
            return Ok(None);
        };
        let (doc, charts) = week_document(issuer, &self.report, content);
        Ok(encode(format, &doc, &charts, issuer))
    }
}

/// The sections of a plan report; `headline` (e.g. "closed") goes under the title.
pub fn sections(r: &WeekReport, headline: Option<&str>) -> Result<Vec<Listing>> {
    let mut sections = vec![items(r, headline)];
    if !r.goals.is_empty() {
        sections.push(goals(r));
    }
    if !r.contingencies.is_empty() {
        sections.push(contingencies(r));
    }
    sections.push(entries(r));
    if !r.arising_work.is_empty() {
        sections.push(arising_work(r));
    }
    Ok(sections)
}

/// The translated column headers.
fn headers(ms: &[M]) -> Vec<String> {
    ms.iter().map(|m| s(*m).to_string()).collect()
}

/// The report's title: week or month, its label and dates, when it was closed.
fn title(r: &WeekReport) -> String {
    let mut title = t(
        M::ReportWeekTitle,
        &[&crate::render::labels::plan_period_phrase(&r.period.label)],
    );
    if let Some(d) = r.closed_on {
        title.push_str(&t(M::PlanClosedOn, &[&crate::i18n::date(d)]));
    }
    title
}

/// The plan's items and their results, under the title; the result counts, the closing
/// note and `headline` below.
fn items(r: &WeekReport, headline: Option<&str>) -> Listing {
    let rows = r
        .items
        .iter()
        .map(|i| {
            let mut result = crate::render::labels::result_label(i.result).to_string();
            if let Some(to) = &i.carried_to {
                result = format!("{result} → {to}");
            }
            vec![
                format!("#{}", i.id),
                i.title.clone(),
                result,
                i.reason.clone().unwrap_or_default(),
                if i.carried > 0 {
                    i.carried.to_string()
                } else {
                    String::new()
                },
            ]
        })
        .collect();
    let mut items = Listing::new(
        headers(&[M::LId, M::LTitle, M::LResult, M::LReason, M::LCarried]),
        rows,
    );
    items.title = Some(title(r));
    items.empty = Some(s(M::PlanNoItems).to_string());
    let c = &r.results;
    let mut footer = vec![t(
        M::ReportResultCounts,
        &[
            &r.items.len(),
            &c.done,
            &c.in_progress,
            &c.not_done,
            &c.carried,
            &c.dropped,
        ],
    )];
    if let Some(n) = &r.note {
        footer.push(t(M::PlanCloseNote, &[n]));
    }
    if let Some(h) = headline {
        footer.push(h.to_string());
    }
    items.footer = Some(footer.join("\n"));
    items
}

/// The plan's goals.
fn goals(r: &WeekReport) -> Listing {
    let rows = r
        .goals
        .iter()
        .map(|g| {
            vec![
                format!("#{}", g.id),
                g.text.clone(),
                crate::render::listings::goal_mark(g),
            ]
        })
        .collect();
    let mut l = Listing::new(headers(&[M::LId, M::LGoal, M::LGoalAchieved]), rows);
    l.title = Some(s(M::PlanGoals).to_string());
    l.footer = Some(crate::i18n::t(
        M::GoalsAchieved,
        &[&r.goals_achieved, &r.goals.len()],
    ));
    l
}

/// The plan's contingencies, with when they were triggered and their outcome.
fn contingencies(r: &WeekReport) -> Listing {
    let rows = r
        .contingencies
        .iter()
        .map(|c| {
            let status = match c.triggered_on {
                Some(d) if c.status != ContingencyStatus::Open => format!(
                    "{} {}",
                    crate::render::labels::contingency_status_label(c.status),
                    crate::i18n::date(d)
                ),
                _ => crate::render::labels::contingency_status_label(c.status).to_string(),
            };
            vec![
                format!("#{}", c.id),
                c.situation.clone(),
                c.response.clone(),
                status,
                c.outcome.clone().unwrap_or_default(),
            ]
        })
        .collect();
    let mut l = Listing::new(
        headers(&[M::LId, M::LSituation, M::LResponse, M::LStatus, M::LOutcome]),
        rows,
    );
    l.title = Some(s(M::PlanContingencies).to_string());
    l
}

/// The entry counts: total, planned, arising and the arising share.
fn entries(r: &WeekReport) -> Listing {
    let e = &r.entries;
    let percent = format!("{:.0}%", e.arising_share * 100.0);
    let rows = vec![
        vec![s(M::REntriesTotal).to_string(), e.total.to_string()],
        vec![s(M::REntriesPlanned).to_string(), e.planned.to_string()],
        vec![s(M::REntriesArising).to_string(), e.arising.to_string()],
        vec![s(M::REntriesArisingShare).to_string(), percent],
    ];
    let mut l = Listing::new(headers(&[M::LItem, M::LValue]), rows);
    l.title = Some(s(M::REntriesTitle).to_string());
    l
}

/// The arising work.
fn arising_work(r: &WeekReport) -> Listing {
    let rows = r
        .arising_work
        .iter()
        .map(|a| {
            vec![
                format!("#{}", a.id),
                crate::i18n::date(a.date),
                a.text.clone(),
                a.task.map(|t| format!("#{t}")).unwrap_or_default(),
            ]
        })
        .collect();
    let mut l = Listing::new(headers(&[M::LId, M::LDate, M::LText, M::LTask]), rows);
    // The contingencies that happened are in their own table (status and outcome), not
    // repeated here.
    l.title = Some(s(M::RArisingTitle).to_string());
    l
}
