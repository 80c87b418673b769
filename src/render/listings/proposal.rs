//! Proposals as a table (`propose list`, the section of `report briefing`).

use super::{headers, table};
use crate::error::Result;
use crate::i18n::{M, s, t};
use crate::model::Proposal;
use crate::render::labels::{proposal_kind_label, proposal_status_label};
use crate::render::{Human, Listing, Render};

/// `propose list`: the table with the count under it.
pub struct ProposalList {
    pub proposals: Vec<Proposal>,
}

impl Render for ProposalList {
    fn json(&self, buf: &mut Vec<u8>) -> Result<()> {
        crate::render::json(buf, &self.proposals)
    }

    fn human(&self) -> Result<Human> {
        let mut l = proposal_listing(&self.proposals);
        l.footer = Some(t(M::ProposalCount, &[&self.proposals.len()]));
        Ok(Human::Listing(l))
    }
}

/// The fate column: the label, the day, and the tasks an acceptance created.
pub fn fate_text(p: &Proposal) -> String {
    let mut fate = proposal_status_label(p.status).to_string();
    if let Some(d) = p.decided_on {
        fate = format!("{fate} {}", crate::i18n::date(d));
    }
    if !p.created_tasks.is_empty() {
        let ids: Vec<String> = p.created_tasks.iter().map(|i| format!("#{i}")).collect();
        fate = format!("{fate} → {}", ids.join(", "));
    }
    fate
}

/// The table of proposals (no count).
pub fn proposal_listing(list: &[Proposal]) -> Listing {
    let headers = headers(&[M::LId, M::LDate, M::LText, M::LKind, M::LUnits, M::LStatus]);
    let rows = list
        .iter()
        .map(|p| {
            vec![
                format!("#{}", p.id),
                crate::i18n::date(p.proposed_on),
                p.text.clone(),
                proposal_kind_label(p.scheme).to_string(),
                p.units.join(", "),
                fate_text(p),
            ]
        })
        .collect();
    let mut l = table(headers, rows);
    l.empty = Some(s(M::NoResults).to_string());
    l
}
