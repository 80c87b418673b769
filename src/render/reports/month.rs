//! The month (year, range) report for people: the counters beside the previous
//! period's, the amendments since a submission, the breakdowns, the lists and the daily
//! bars as tables; one row per breakdown bucket as CSV; the administrative document as
//! docx or html (`render::doc::admin`). JSON is the report itself.

use super::tagged;
use crate::dates::PeriodKind;
use crate::error::Result;
use crate::i18n::{M, s, t};
use crate::render::doc::admin::{Issuer, encode, month_document};
use crate::render::{Format, Human, Listing, MinuteCells, Render};
use crate::report::input::MonthContent;
use crate::report::month::{self, Body, MonthReport, NextTask};
use chrono::Datelike;

/// A month report as shown: the report, what its document's "next period" section
/// lists, who issues the document, and how the human forms are laid out.
pub struct MonthView {
    pub report: MonthReport,
    pub next: Vec<NextTask>,
    /// What the document says beyond the counters.
    pub content: MonthContent,
    pub issuer: Issuer,
    /// Whether the terminal shows Unicode blocks (else the bars are `#`).
    pub utf8: bool,
}

impl Render for MonthView {
    fn json(&self, buf: &mut Vec<u8>) -> Result<()> {
        crate::render::json(buf, &self.report)
    }

    fn human(&self) -> Result<Human> {
        self.human_for(Format::Table)
    }

    /// CSV is one table; Markdown draws no bars.
    fn human_for(&self, format: Format) -> Result<Human> {
        if format == Format::Csv {
            return Ok(Human::Listing(breakdown_rows(&self.report)));
        }
        let utf8 = self.utf8 && format != Format::Md;
        Ok(Human::Sections(sections(&self.report, utf8)))
    }

    fn document(&self, format: Format) -> Result<Option<Vec<u8>>> {
        let (doc, charts) = month_document(&self.issuer, &self.report, &self.next, &self.content);
        if format == Format::Md {
            // The document as text to paste (SPEC §6), the appendix as Markdown tables.
            return Ok(Some(crate::render::doc::to_md(&doc).into_bytes()));
        }
        Ok(encode(format, &doc, &charts, &self.issuer))
    }
}

/// Every breakdown bucket as one row (the CSV form).
pub fn breakdown_rows(r: &MonthReport) -> Listing {
    let mut rows = Vec::new();
    for (m, buckets) in breakdowns(r) {
        for b in buckets {
            rows.push(vec![
                s(m).to_string(),
                b.key.clone().unwrap_or_default(),
                b.label.clone(),
                b.count.to_string(),
                b.minutes.to_string(),
            ]);
        }
    }
    let mut l = listing(
        None,
        &[M::RBreakdown, M::LKey, M::LName, M::RCount, M::RMinutes],
        rows,
    );
    l.minutes = MinuteCells::columns(&[4]);
    l
}

/// The title: the month, year or other period, and its dates.
fn title(r: &MonthReport) -> String {
    let p = &r.period;
    let name = match p.kind {
        PeriodKind::Month => {
            let m = match crate::i18n::lang() {
                crate::i18n::Lang::Vi => format!("{:02}/{}", p.to.month(), p.to.year()),
                crate::i18n::Lang::En => p.to.format("%B %Y").to_string().to_uppercase(),
            };
            t(M::RPeriodMonth, &[&m])
        }
        PeriodKind::Year => t(M::RPeriodYear, &[&p.to.year()]),
        _ => t(M::RPeriodOther, &[&p.label]),
    };
    t(
        M::RMonthTitle,
        &[&name, &crate::i18n::date(p.from), &crate::i18n::date(p.to)],
    )
}

/// The change from `before` to `now`, signed.
fn change(now: i64, before: i64) -> String {
    match now - before {
        0 => "0".into(),
        d if d > 0 => format!("+{d}"),
        d => d.to_string(),
    }
}

/// A listing titled `title` with the translated `headers`.
fn listing(title: Option<String>, headers: &[M], rows: Vec<Vec<String>>) -> Listing {
    Listing {
        title,
        headers: headers.iter().map(|m| s(*m).to_string()).collect(),
        rows,
        ..Listing::default()
    }
}

/// `part` as a share of `whole`, or a dash when `whole` is zero.
fn pct(part: i64, whole: i64) -> String {
    if whole == 0 {
        "–".into()
    } else {
        format!("{:.0}%", part as f64 * 100.0 / whole as f64)
    }
}

/// The counters table: this period, the previous one, the change.
fn counters(r: &MonthReport) -> Listing {
    let b = &r.body;
    let p = &r.previous;
    let row = |m: M, now: i64, before: i64| {
        vec![
            s(m).to_string(),
            now.to_string(),
            before.to_string(),
            change(now, before),
        ]
    };
    let rows = vec![
        row(M::REntries, b.entries.counts.total, p.entries.total),
        row(
            M::RDaysLogged,
            b.entries.counts.days_logged,
            p.entries.days_logged,
        ),
        row(
            M::RWorkingDays,
            b.entries.counts.working_days,
            p.entries.working_days,
        ),
        row(M::RMinutes, b.entries.counts.minutes, p.entries.minutes),
        row(M::RPlanned, b.entries.counts.planned, p.entries.planned),
        row(M::RArising, b.entries.counts.arising, p.entries.arising),
        vec![
            s(M::RArisingShare).to_string(),
            pct(b.entries.counts.arising, b.entries.counts.total),
            pct(p.entries.arising, p.entries.total),
            String::new(),
        ],
        row(M::RTasksPlanned, b.tasks.planned, p.tasks.planned),
        row(M::RTasksDone, b.tasks.done, p.tasks.done),
        row(M::RTasksOnTime, b.tasks.done_on_time, p.tasks.done_on_time),
        row(M::RTasksOpen, b.tasks.open, p.tasks.open),
        row(M::RTasksOverdue, b.tasks.overdue, p.tasks.overdue),
        row(M::RTasksStale, b.tasks.stale, p.tasks.stale),
        row(M::RTasksCarried, b.tasks.carried, p.tasks.carried),
        row(M::RTasksDropped, b.tasks.dropped, p.tasks.dropped),
        vec![
            s(M::RCompletion).to_string(),
            format!("{:.0}%", b.tasks.completion_rate * 100.0),
            format!("{:.0}%", p.tasks.completion_rate * 100.0),
            String::new(),
        ],
        row(M::RFollowOpen, b.followups.open, p.followups.open),
        row(M::RFollowDone, b.followups.done, p.followups.done),
        row(M::RFollowOverdue, b.followups.overdue, p.followups.overdue),
        row(M::RBlockersRaised, b.blockers.raised, p.blockers.raised),
        row(M::RBlockersResolved, b.blockers.resolved, p.blockers.resolved),
        row(M::RBlockersOpen, b.blockers.open.len() as i64, p.blockers.open),
        row(
            M::RContPrepared,
            b.contingencies.prepared,
            p.contingencies.prepared,
        ),
        row(
            M::RContTriggered,
            b.contingencies.triggered,
            p.contingencies.triggered,
        ),
        row(M::RDocsIssued, b.documents.issued, p.documents.issued),
        row(
            M::RDocsPending,
            b.documents.required_pending,
            p.documents.required_pending,
        ),
    ];
    let mut rows = rows;
    rows.extend(proposal_rows(r));
    // The row of minutes (the fourth) reads as hours and minutes.
    let mut l = listing(
        Some(title(r)),
        &[M::RIndicator, M::RThis, M::RPrev, M::RChange],
        rows,
    );
    l.minutes = MinuteCells::row(3);
    l
}

/// The proposals' counters, when there were any in either period.
fn proposal_rows(r: &MonthReport) -> Vec<Vec<String>> {
    let now = r.proposals.unwrap_or_default();
    let before = r.previous.proposals.unwrap_or_default();
    if now.is_empty() && before.is_empty() {
        return Vec::new();
    }
    let row = |m: M, now: i64, before: i64| {
        vec![
            s(m).to_string(),
            now.to_string(),
            before.to_string(),
            change(now, before),
        ]
    };
    vec![
        row(M::RProposalsMade, now.proposed, before.proposed),
        row(M::RProposalsAccepted, now.accepted, before.accepted),
        row(M::RProposalsRejected, now.rejected, before.rejected),
        row(M::RProposalsPending, now.pending, before.pending),
    ]
}

/// The four breakdowns of the entries, each with its title.
fn breakdowns(r: &MonthReport) -> Vec<(M, &Vec<month::Bucket>)> {
    let e = &r.body.entries;
    vec![
        (M::RByKind, &e.by_kind),
        (M::RByField, &e.by_field),
        (M::RByUnit, &e.by_unit),
        (M::RByTag, &e.by_tag),
    ]
}

/// One bar per day: Unicode blocks, or `#` where the terminal is not UTF-8.
fn bar(count: i64, max: i64, utf8: bool) -> String {
    if count == 0 || max == 0 {
        return String::new();
    }
    let width = 30.0;
    let eighths = ((count as f64 / max as f64) * width * 8.0).round().max(1.0) as usize;
    if !utf8 {
        return "#".repeat(eighths.div_ceil(8));
    }
    let mut s = "█".repeat(eighths / 8);
    const PARTS: [&str; 8] = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];
    s.push_str(PARTS[eighths % 8]);
    s
}

/// The tables of the report, one after another; `utf8`: bars in Unicode blocks.
pub fn sections(r: &MonthReport, utf8: bool) -> Vec<Listing> {
    let mut sections = vec![counters(r)];
    if let (Some(at), Some(a)) = (&r.submitted_at, &r.amendments) {
        sections.push(amendments(at, a));
    }
    for (m, buckets) in breakdowns(r) {
        if buckets.is_empty() {
            continue;
        }
        sections.push(breakdown(m, buckets));
    }
    let b = &r.body;
    if !b.done_list.is_empty() {
        sections.push(done_list(b));
    }
    if !b.followups.by_unit.is_empty() {
        sections.push(followups_by_unit(b));
    }
    if !b.blockers.open.is_empty() {
        sections.push(open_blockers(b));
    }
    if !b.contingencies.list.is_empty() {
        sections.push(contingencies(b));
    }
    sections.push(daily(b, utf8));
    sections
}

/// The amendments since the submission made `at`.
fn amendments(at: &str, a: &[month::Amendment]) -> Listing {
    let mut l = listing(
        Some(format!(
            "{} · {}",
            s(M::RAmendments),
            t(M::RSubmittedAt, &[&crate::i18n::stamp(at), &a.len()])
        )),
        &[M::LId, M::RChangeKind, M::RWhat],
        a.iter()
            .map(|x| {
                let c = match x.change.as_str() {
                    "added" => M::RAdded,
                    "removed" => M::RRemoved,
                    _ => M::RChanged,
                };
                vec![format!("#{}", x.id), s(c).to_string(), x.what.clone()]
            })
            .collect(),
    );
    l.empty = Some(s(M::NoResults).to_string());
    l
}

/// One breakdown (by kind, field, unit or tag), titled `m`.
fn breakdown(m: M, buckets: &[month::Bucket]) -> Listing {
    let mut l = listing(
        Some(s(m).to_string()),
        &[M::LName, M::RCount, M::RMinutes],
        buckets
            .iter()
            .map(|b| vec![b.label.clone(), b.count.to_string(), b.minutes.to_string()])
            .collect(),
    );
    l.minutes = MinuteCells::columns(&[2]);
    l
}

/// The tasks done, with whether each was on time.
fn done_list(b: &Body) -> Listing {
    listing(
        Some(s(M::RDoneList).to_string()),
        &[M::LId, M::LTitle, M::LUnit, M::LDue, M::LClosed, M::ROnTime],
        b.done_list
            .iter()
            .map(|d| {
                vec![
                    super::id_of(&d.from, d.id),
                    tagged(&d.from, &d.title),
                    d.unit.clone().unwrap_or_default(),
                    d.due.map(crate::i18n::date).unwrap_or_default(),
                    d.closed_on.map(crate::i18n::date).unwrap_or_default(),
                    s(if d.on_time { M::Yes } else { M::No }).to_string(),
                ]
            })
            .collect(),
    )
}

/// The follow-ups counted by unit.
fn followups_by_unit(b: &Body) -> Listing {
    listing(
        Some(s(M::RFollowByUnit).to_string()),
        &[
            M::LUnit,
            M::LName,
            M::RFollowOpen,
            M::RFollowDone,
            M::RFollowOverdue,
        ],
        b.followups
            .by_unit
            .iter()
            .map(|u| {
                vec![
                    u.unit.clone(),
                    u.name.clone(),
                    u.open.to_string(),
                    u.done.to_string(),
                    u.overdue.to_string(),
                ]
            })
            .collect(),
    )
}

/// The open blockers, with their proposals, remedies and ages.
fn open_blockers(b: &Body) -> Listing {
    listing(
        Some(s(M::ROpenBlockers).to_string()),
        &[M::LId, M::LUnit, M::LText, M::RProposal, M::RRemedy, M::RAge],
        b.blockers
            .open
            .iter()
            .map(|x| {
                vec![
                    super::id_of(&x.from, x.id),
                    x.unit.clone(),
                    tagged(&x.from, &x.text),
                    x.proposal.clone().unwrap_or_default(),
                    x.remedy
                        .map(crate::render::labels::remedy_label)
                        .unwrap_or_default()
                        .to_string(),
                    x.age_days.to_string(),
                ]
            })
            .collect(),
    )
}

/// The contingencies of the period and their outcomes.
fn contingencies(b: &Body) -> Listing {
    listing(
        Some(s(M::RContList).to_string()),
        &[M::LId, M::RSituation, M::RResponse, M::LStatus, M::ROutcome],
        b.contingencies
            .list
            .iter()
            .map(|c| {
                vec![
                    super::id_of(&c.from, c.id),
                    tagged(&c.from, &c.situation),
                    c.response.clone(),
                    crate::render::labels::contingency_status_label(c.status).to_string(),
                    c.outcome.clone().unwrap_or_default(),
                ]
            })
            .collect(),
    )
}

/// One row per day with its bar; days off are marked `*`.
fn daily(b: &Body, utf8: bool) -> Listing {
    let max = b.daily.iter().map(|d| d.count).max().unwrap_or(0);
    let mut l = listing(
        Some(s(M::RDaily).to_string()),
        &[M::LDate, M::RCount, M::RMinutes, M::RDaily],
        b.daily
            .iter()
            .map(|d| {
                let mark = if d.working_day { "" } else { " *" };
                vec![
                    format!("{}{mark}", crate::i18n::date(d.date)),
                    d.count.to_string(),
                    d.minutes.to_string(),
                    bar(d.count, max, utf8),
                ]
            })
            .collect(),
    );
    l.minutes = MinuteCells::columns(&[2]);
    l
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_scale_and_fall_back_to_hashes() {
        assert_eq!(bar(0, 10, true), "");
        assert_eq!(bar(10, 10, true).chars().count(), 30);
        assert_eq!(bar(10, 10, false), "#".repeat(30));
        assert!(!bar(1, 1000, true).is_empty());
    }
}
