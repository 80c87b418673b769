//! The follow-ups report for people: one table per unit, each follow-up with its marks,
//! last note and blockers; the administrative document as docx or html. JSON is the
//! report itself.

use crate::error::Result;
use crate::i18n::{M, s, t};
use crate::render::doc::admin::{FollowupsContent, Issuer, encode, followups_document};
use crate::render::{Format, Human, Listing, Render};
use crate::report::followups::{FollowupItem, FollowupsReport, UnitFollowups};

pub struct FollowupsView {
    pub report: FollowupsReport,
    /// What the document says beyond the report (gathered only for documents).
    pub content: FollowupsContent,
    pub issuer: Issuer,
}

impl Render for FollowupsView {
    fn json(&self, buf: &mut Vec<u8>) -> Result<()> {
        crate::render::json(buf, &self.report)
    }

    fn human(&self) -> Result<Human> {
        let mut sections: Vec<Listing> = self
            .report
            .units
            .iter()
            .map(unit_section)
            .collect::<Result<_>>()?;
        if sections.is_empty() {
            sections.push(Listing {
                title: Some(s(M::FollowupsTitle).to_string()),
                empty: Some(s(M::FollowupsNone).to_string()),
                ..Listing::default()
            });
        }
        Ok(Human::Sections(sections))
    }

    fn document(&self, format: Format) -> Result<Option<Vec<u8>>> {
        let (doc, charts) = followups_document(&self.issuer, &self.report, &self.content);
        Ok(encode(format, &doc, &charts, &self.issuer))
    }
}

/// The marks of one follow-up: major, overdue, stale, the unit it was assigned to.
pub fn item_marks(f: &FollowupItem) -> String {
    let mut m = crate::render::listings::state_marks(f.major, f.overdue, f.stale);
    if let Some(old) = &f.formerly {
        m.push(t(M::MarkFormerly, &[old]));
    }
    m.join(", ")
}

/// The follow-up's blockers, each in brief.
pub fn blockers_text(f: &FollowupItem) -> String {
    f.blockers
        .iter()
        .map(|b| {
            crate::render::listings::brief_text(b.id, &b.text, b.proposal.as_deref(), b.remedy, b.age_days)
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// One unit's table.
pub fn unit_section(u: &UnitFollowups) -> Result<Listing> {
    let headers = [
        M::LId,
        M::LTitle,
        M::LAssigned,
        M::LDue,
        M::LAge,
        M::LMarks,
        M::LLastNote,
        M::LBlockers,
    ]
    .iter()
    .map(|m| s(*m).to_string())
    .collect();
    let rows = u
        .followups
        .iter()
        .map(|f| {
            vec![
                format!("#{}", f.id),
                f.title.clone(),
                crate::i18n::date(f.assigned),
                f.due.map(crate::i18n::date).unwrap_or_default(),
                f.age_days.to_string(),
                item_marks(f),
                f.last_note.clone().unwrap_or_default(),
                blockers_text(f),
            ]
        })
        .collect();
    let mut l = Listing::new(headers, rows);
    l.title = Some(format!("{} · {}", u.unit, u.name));
    l.count_footer(t(M::FollowupsCount, &[&u.followups.len()]));
    Ok(l)
}
