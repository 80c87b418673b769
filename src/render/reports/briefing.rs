//! The giao ban briefing for people: the week's tables (as `report week` shows them), the
//! consultations with the leader's opinion, what needs the leadership's direction and
//! the proposals, as tables; and the administrative document (docx, html; md is the
//! document as text). JSON is the report itself.

use crate::error::Result;
use crate::i18n::{M, s, t};
use crate::model::ConsultStatus;
use crate::render::doc::admin::{Issuer, briefing_document, encode};
use crate::render::labels::{proposal_kind_label, proposal_status_label, remedy_label};
use crate::render::{Format, Human, Listing, Render};
use crate::report::briefing::{BriefProposal, BriefingReport, LinkedTask};
use std::collections::BTreeMap;

pub struct BriefingView {
    pub report: BriefingReport,
    pub issuer: Issuer,
    /// Unit aliases to names, for the shorthand of the texts.
    pub units: BTreeMap<String, String>,
}

impl Render for BriefingView {
    fn json(&self, buf: &mut Vec<u8>) -> Result<()> {
        crate::render::json(buf, &self.report)
    }

    fn human(&self) -> Result<Human> {
        Ok(Human::Sections(sections(&self.report)?))
    }

    fn document(&self, format: Format) -> Result<Option<Vec<u8>>> {
        let doc = briefing_document(&self.issuer, &self.report, &self.units);
        if format == Format::Md {
            return Ok(Some(crate::render::doc::to_md(&doc).into_bytes()));
        }
        Ok(encode(format, &doc, &[], &self.issuer))
    }
}

/// The translated column headers.
fn headers(ms: &[M]) -> Vec<String> {
    ms.iter().map(|m| s(*m).to_string()).collect()
}

/// A consultation's state as the briefing marks it: a revision asked for is not agreed.
pub fn consult_mark(status: ConsultStatus) -> String {
    match status {
        ConsultStatus::Revise => format!("{} ({})", s(M::ConsultNotAgreed), s(M::ConsultRevise)),
        other => crate::render::labels::consult_status_label(other).to_string(),
    }
}

/// "#31 Rà soát số liệu (stc, hạn 20/12/2022)".
fn task_line(task: &LinkedTask) -> String {
    let mut notes = Vec::new();
    if let Some(u) = &task.unit {
        notes.push(u.clone());
    }
    if let Some(d) = task.due {
        notes.push(t(M::BriefingDue, &[&crate::i18n::date(d)]));
    }
    let notes = match notes.is_empty() {
        true => String::new(),
        false => format!(" ({})", notes.join(", ")),
    };
    format!("#{} {}{notes}", task.id, task.title)
}

fn tasks_text(tasks: &[LinkedTask]) -> String {
    tasks.iter().map(task_line).collect::<Vec<_>>().join("\n")
}

/// The week's tables, then the consultations, what needs direction and the proposals.
pub fn sections(r: &BriefingReport) -> Result<Vec<Listing>> {
    let mut out = super::week::sections(&r.week, None)?;
    out.push(consultations(r));
    out.push(overdue(r));
    out.push(blockers(r));
    out.push(proposals(&r.proposals));
    Ok(out)
}

fn consultations(r: &BriefingReport) -> Listing {
    let rows = r
        .consultations
        .iter()
        .map(|c| {
            vec![
                format!("#{}", c.id),
                c.for_date.map(crate::i18n::date).unwrap_or_default(),
                c.text.clone(),
                c.leader.clone(),
                consult_mark(c.status),
                c.opinion.clone().unwrap_or_default(),
                tasks_text(&c.tasks),
            ]
        })
        .collect();
    let mut l = Listing::new(
        headers(&[
            M::LId,
            M::LFor,
            M::LText,
            M::LLeader,
            M::LStatus,
            M::LOpinion,
            M::LCreatedTasks,
        ]),
        rows,
    );
    // On a narrow terminal the meeting's date goes first (the briefing is for one day).
    l.fit.narrow = vec![crate::render::table::Narrow::Drop(1)];
    l.title = Some(s(M::BriefingConsultTitle).to_string());
    l.empty = Some(s(M::BriefingConsultNone).to_string());
    let count = |f: fn(ConsultStatus) -> bool| r.consultations.iter().filter(|c| f(c.status)).count();
    l.footer = Some(t(
        M::BriefingConsultCounts,
        &[
            &count(|s| s == ConsultStatus::Agreed),
            &count(|s| matches!(s, ConsultStatus::NotAgreed | ConsultStatus::Revise)),
            &count(|s| s == ConsultStatus::Open),
        ],
    ));
    l
}

fn overdue(r: &BriefingReport) -> Listing {
    let rows = r
        .needs_direction
        .overdue
        .iter()
        .map(|f| {
            let blockers = f
                .blockers
                .iter()
                .map(|b| match &b.proposal {
                    Some(p) => format!("#{} {} → {p}", b.id, b.text),
                    None => format!("#{} {}", b.id, b.text),
                })
                .collect::<Vec<_>>()
                .join("\n");
            let title = match f.major {
                true => format!("{} ({})", f.title, s(M::DocMajorScheme)),
                false => f.title.clone(),
            };
            vec![
                format!("#{}", f.id),
                f.unit.clone(),
                title,
                f.due.map(crate::i18n::date).unwrap_or_default(),
                f.days_late.to_string(),
                f.last_note.clone().unwrap_or_default(),
                blockers,
            ]
        })
        .collect();
    let mut l = Listing::new(
        headers(&[
            M::LId,
            M::LUnit,
            M::LTitle,
            M::LDue,
            M::BriefingDaysLate,
            M::LLastNote,
            M::LBlockers,
        ]),
        rows,
    );
    l.title = Some(s(M::BriefingOverdueTitle).to_string());
    l.empty = Some(s(M::BriefingOverdueNone).to_string());
    l
}

fn blockers(r: &BriefingReport) -> Listing {
    let rows = r
        .needs_direction
        .blockers
        .iter()
        .map(|b| {
            vec![
                format!("#{}", b.id),
                b.unit.clone(),
                b.text.clone(),
                b.task.map(|t| format!("#{t}")).unwrap_or_default(),
                b.proposal.clone().unwrap_or_default(),
                b.remedy.map(remedy_label).unwrap_or_default().to_string(),
                b.age_days.to_string(),
            ]
        })
        .collect();
    let mut l = Listing::new(
        headers(&[
            M::LId,
            M::LUnit,
            M::LText,
            M::LTask,
            M::LProposal,
            M::LRemedy,
            M::LAge,
        ]),
        rows,
    );
    l.title = Some(s(M::BriefingBlockersTitle).to_string());
    l.empty = Some(s(M::BriefingBlockersNone).to_string());
    l
}

fn proposals(list: &[BriefProposal]) -> Listing {
    let rows = list
        .iter()
        .map(|p| {
            let mut fate = proposal_status_label(p.status).to_string();
            if let Some(d) = p.decided_on {
                fate = format!("{fate} {}", crate::i18n::date(d));
            }
            vec![
                format!("#{}", p.id),
                crate::i18n::date(p.proposed_on),
                p.text.clone(),
                proposal_kind_label(p.scheme).to_string(),
                p.units.join(", "),
                fate,
                tasks_text(&p.tasks),
            ]
        })
        .collect();
    let mut l = Listing::new(
        headers(&[
            M::LId,
            M::LDate,
            M::LText,
            M::LKind,
            M::LUnits,
            M::LStatus,
            M::LCreatedTasks,
        ]),
        rows,
    );
    l.title = Some(s(M::BriefingProposalsTitle).to_string());
    l.empty = Some(s(M::BriefingProposalsNone).to_string());
    l
}
