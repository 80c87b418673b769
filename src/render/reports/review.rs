//! The four-part stock-take for people: sections I–IV as tables, and as the
//! administrative document (docx, html). JSON is the report itself.

use crate::error::Result;
use crate::i18n::{M, s, t};
use crate::render::doc::admin::{Issuer, encode, review_document};
use crate::render::{Format, Human, Listing, Render};
use crate::report::review::ReviewReport;
use chrono::NaiveDate;

/// The stock-take as shown: `today` ends the work counted, `tet` names the coming Tết
/// ("Quý Mão 2023").
pub struct ReviewView {
    pub report: ReviewReport,
    pub today: NaiveDate,
    pub tet: String,
    pub issuer: Issuer,
    /// Unit aliases to names, for the shorthand of the texts.
    pub units: std::collections::BTreeMap<String, String>,
}

impl Render for ReviewView {
    fn json(&self, buf: &mut Vec<u8>) -> Result<()> {
        crate::render::json(buf, &self.report)
    }

    fn human(&self) -> Result<Human> {
        Ok(Human::Sections(sections(&self.report, self.today, &self.tet)?))
    }

    fn document(&self, format: Format) -> Result<Option<Vec<u8>>> {
        let (doc, charts) = review_document(&self.issuer, &self.report, &self.tet, &self.units);
        if format == Format::Md {
            // The document as text to paste (SPEC §6), the appendix as Markdown tables.
            return Ok(Some(crate::render::doc::to_md(&doc).into_bytes()));
        }
        Ok(encode(format, &doc, &charts, &self.issuer))
    }
}

/// The translated column headers.
fn headers(ms: &[M]) -> Vec<String> {
    ms.iter().map(|m| s(*m).to_string()).collect()
}

/// Sections I–IV as tables; `today` ends the work counted, `tet` names the coming Tết.
pub fn sections(r: &ReviewReport, today: NaiveDate, tet: &str) -> Result<Vec<Listing>> {
    let mut out = vec![work_by_month(r, today)];
    let mut l = crate::render::listings::task_listing(&r.work_done.tasks_done);
    l.title = Some(s(M::ReviewTasksDone).to_string());
    out.push(l);
    let mut l = crate::render::listings::task_listing(&r.must_finish);
    l.title = Some(t(M::ReviewMustFinish, &[&crate::i18n::date(r.until), &tet]));
    out.push(l);
    out.push(documents_by_field(r));
    out.push(followups_pending(r));
    if r.proposals.total > 0 {
        out.push(proposals(r));
    }
    out.push(document_counts(r));
    Ok(out)
}

/// The proposals made since `since`, schemes first, with their counts by fate.
fn proposals(r: &ReviewReport) -> Listing {
    let p = &r.proposals;
    let mut l = crate::render::listings::proposal_listing(&p.list);
    l.title = Some(t(M::ReviewProposals, &[&crate::i18n::date(r.since)]));
    l.footer = Some(t(
        M::ReviewProposalsCounts,
        &[&p.total, &p.schemes, &p.accepted, &p.rejected, &p.pending],
    ));
    l
}

/// Section I: the work done by month and kind, with a total per month.
fn work_by_month(r: &ReviewReport, today: NaiveDate) -> Listing {
    let mut rows = Vec::new();
    for m in &r.work_done.by_month {
        for k in &m.by_kind {
            rows.push(vec![
                crate::render::labels::plan_period_short(&m.month),
                k.label.clone(),
                k.count.to_string(),
                k.minutes.to_string(),
            ]);
        }
        rows.push(vec![
            crate::render::labels::plan_period_short(&m.month),
            s(M::LTotal).to_string(),
            m.total.to_string(),
            m.minutes.to_string(),
        ]);
    }
    let mut l = Listing::new(headers(&[M::LMonth, M::LKind, M::LCount, M::LMinutes]), rows);
    l.minutes = crate::render::MinuteCells::columns(&[3]);
    l.title = Some(t(
        M::ReviewWorkDone,
        &[&crate::i18n::date(r.since), &crate::i18n::date(today)],
    ));
    l
}

/// Section II: the documents by field, with the entries citing them.
fn documents_by_field(r: &ReviewReport) -> Listing {
    let mut rows = Vec::new();
    for f in &r.documents_by_field {
        let field = match (&f.field, &f.name) {
            (Some(k), Some(n)) => format!("{k} · {n}"),
            (Some(k), None) => k.clone(),
            _ => s(M::NoField).to_string(),
        };
        for d in &f.documents {
            let cited = d
                .cited_by
                .iter()
                .map(|c| format!("#{} {}", c.id, c.text))
                .collect::<Vec<_>>()
                .join("; ");
            rows.push(vec![
                field.clone(),
                d.number.clone().unwrap_or_default(),
                d.title.clone(),
                crate::render::labels::level_label(d.level).to_string(),
                crate::render::labels::doc_status_label(d.status).to_string(),
                cited,
            ]);
        }
    }
    let mut l = Listing::new(
        headers(&[
            M::LField,
            M::LNumber,
            M::LDocTitle,
            M::LLevel,
            M::LStatus,
            M::LCitedBy,
        ]),
        rows,
    );
    l.title = Some(s(M::ReviewDocuments).to_string());
    l.empty = Some(s(M::NoResults).to_string());
    l
}

/// Section III: the follow-ups not yet carried out, by unit.
fn followups_pending(r: &ReviewReport) -> Listing {
    let mut rows = Vec::new();
    for u in &r.followups_pending {
        for f in &u.followups {
            rows.push(vec![
                u.unit.clone(),
                format!("#{}", f.id),
                f.title.clone(),
                crate::i18n::date(f.assigned),
                f.due.map(crate::i18n::date).unwrap_or_default(),
                f.age_days.to_string(),
                super::followups::item_marks(f),
                super::followups::blockers_text(f),
            ]);
        }
    }
    let mut l = Listing::new(
        headers(&[
            M::LUnit,
            M::LId,
            M::LTitle,
            M::LAssigned,
            M::LDue,
            M::LAge,
            M::LMarks,
            M::LBlockers,
        ]),
        rows,
    );
    l.title = Some(s(M::ReviewFollowups).to_string());
    l.empty = Some(s(M::FollowupsNone).to_string());
    l
}

/// Section IV: the documents issued against those required, with the totals below.
fn document_counts(r: &ReviewReport) -> Listing {
    let rows = r
        .document_counts
        .iter()
        .map(|c| {
            vec![
                crate::render::labels::level_label(c.level).to_string(),
                c.field.clone().unwrap_or_else(|| s(M::NoField).to_string()),
                c.issued.to_string(),
                c.required.to_string(),
                c.pending.to_string(),
            ]
        })
        .collect();
    let mut l = Listing::new(
        headers(&[M::LLevel, M::LField, M::LIssued, M::LRequired, M::DocNotIssuedCol]),
        rows,
    );
    l.title = Some(s(M::ReviewCounts).to_string());
    l.empty = Some(s(M::NoResults).to_string());
    let issued: usize = r.document_counts.iter().map(|c| c.issued).sum();
    let required: usize = r.document_counts.iter().map(|c| c.required).sum();
    let pending: usize = r.document_counts.iter().map(|c| c.pending).sum();
    l.footer = Some(t(M::ReviewCountsTotal, &[&issued, &required, &pending]));
    l
}
