//! The roll-up of `report merge` for people: the month report's own views on the summed
//! figures (the first title says how many people), a per-person table after the
//! counters, one row per person and a total row as CSV, and the administrative document
//! with the per-person table first in its appendix. JSON is the roll-up itself.

use crate::error::Result;
use crate::i18n::{M, s, t};
use crate::render::doc::admin::{Issuer, encode, month_document};
use crate::render::{Format, Human, Listing, Render};
use crate::report::merge::{MergeReport, PersonTotals};

pub struct MergeView {
    pub report: MergeReport,
    pub issuer: Issuer,
    pub utf8: bool,
}

impl Render for MergeView {
    fn json(&self, buf: &mut Vec<u8>) -> Result<()> {
        crate::render::json(buf, &self.report)
    }

    fn human(&self) -> Result<Human> {
        self.human_for(Format::Table)
    }

    /// CSV is one table; Markdown draws no bars.
    fn human_for(&self, format: Format) -> Result<Human> {
        let r = &self.report;
        // One row per person and a total row: what a spreadsheet of the office wants.
        if format == Format::Csv {
            let mut l = people_listing(r)?;
            l.title = None;
            return Ok(Human::Listing(l));
        }
        let utf8 = self.utf8 && format != Format::Md;
        let mut sections = super::month::sections(&r.report, utf8);
        if let Some(first) = sections.first_mut() {
            let title = first.title.take().unwrap_or_default();
            first.title = Some(t(M::MergeTitle, &[&r.people.len(), &title]));
        }
        sections.insert(1.min(sections.len()), people_listing(r)?);
        Ok(Human::Sections(sections))
    }

    fn document(&self, format: Format) -> Result<Option<Vec<u8>>> {
        let r = &self.report;
        let content = crate::report::input::MonthContent::default();
        let (mut doc, charts) = month_document(&self.issuer, &r.report, &[], &content);
        let mut rows: Vec<Vec<String>> = r.people.iter().map(person_row).collect();
        rows.push(total_row(r));
        // A document says time in words.
        for row in &mut rows {
            if let Some(cell) = row.get_mut(4) {
                if let Ok(m) = cell.parse::<i64>() {
                    *cell = crate::render::doc::admin::hours(m);
                }
            }
        }
        doc.appendix.insert(
            0,
            crate::render::doc::Table {
                caption: Some(s(M::MergePeopleTitle).to_string()),
                note: doc.appendix.first().and_then(|t| t.note.clone()),
                headers: {
                    let mut h = people_headers();
                    h[4] = s(M::RDuration).to_string();
                    h
                },
                rows,
                ..crate::render::doc::Table::default()
            },
        );
        for (i, t) in doc.appendix.iter_mut().enumerate() {
            t.title = crate::render::doc::admin::appendix_title(i + 1);
        }
        Ok(encode(format, &doc, &charts, &self.issuer))
    }
}

fn percent(rate: f64) -> String {
    format!("{:.0}%", rate * 100.0)
}

fn people_headers() -> Vec<String> {
    [
        M::MergePerson,
        M::MergeFile,
        M::REntries,
        M::MergeDaysLogged,
        M::RMinutes,
        M::RArising,
        M::RTasksPlanned,
        M::RTasksDone,
        M::RCompletion,
        M::RFollowOpen,
        M::RBlockersOpen,
    ]
    .iter()
    .map(|m| s(*m).to_string())
    .collect()
}

fn person_row(p: &PersonTotals) -> Vec<String> {
    let mut who = p.name.clone().unwrap_or_else(|| s(M::MergeNoName).to_string());
    if let Some(title) = p.title.as_deref().filter(|x| !x.is_empty()) {
        who = format!("{who} ({title})");
    }
    vec![
        who,
        p.file.clone(),
        p.entries.to_string(),
        format!("{}/{}", p.days_logged, p.working_days),
        p.minutes.to_string(),
        p.arising.to_string(),
        p.tasks_planned.to_string(),
        p.tasks_done.to_string(),
        percent(p.completion_rate),
        p.followups_open.to_string(),
        p.blockers_open.to_string(),
    ]
}

fn total_row(r: &MergeReport) -> Vec<String> {
    let m = &r.report.body;
    vec![
        s(M::MergeTotal).to_string(),
        String::new(),
        m.entries.counts.total.to_string(),
        format!(
            "{}/{}",
            m.entries.counts.days_logged, m.entries.counts.working_days
        ),
        m.entries.counts.minutes.to_string(),
        m.entries.counts.arising.to_string(),
        m.tasks.planned.to_string(),
        m.tasks.done.to_string(),
        percent(m.tasks.completion_rate),
        m.followups.open.to_string(),
        m.blockers.open.len().to_string(),
    ]
}

fn people_listing(r: &MergeReport) -> Result<Listing> {
    let mut rows: Vec<Vec<String>> = r.people.iter().map(person_row).collect();
    rows.push(total_row(r));
    let mut l = Listing::new(people_headers(), rows);
    l.minutes = crate::render::MinuteCells::columns(&[4]);
    l.title = Some(s(M::MergePeopleTitle).to_string());
    Ok(l)
}
