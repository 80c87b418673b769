//! Consultations as a table (`consult list`, the section of `status`).

use super::{headers, table};
use crate::error::Result;
use crate::i18n::{M, s, t};
use crate::model::Consultation;
use crate::render::labels::consult_status_label;
use crate::render::{Human, Listing, Render};

/// `consult list`: the table with the count under it.
pub struct ConsultList {
    pub consultations: Vec<Consultation>,
}

impl Render for ConsultList {
    fn json(&self, buf: &mut Vec<u8>) -> Result<()> {
        crate::render::json(buf, &self.consultations)
    }

    fn human(&self) -> Result<Human> {
        let mut l = consult_listing(&self.consultations);
        l.count_footer(t(M::ConsultCount, &[&self.consultations.len()]));
        Ok(Human::Listing(l))
    }
}

/// The table of consultations (no count: `status` shows none).
pub fn consult_listing(list: &[Consultation]) -> Listing {
    let headers = headers(&[M::LId, M::LFor, M::LText, M::LLeader, M::LStatus, M::LOpinion]);
    let rows = list
        .iter()
        .map(|c| {
            let mut opinion = c.opinion.clone().unwrap_or_default();
            if !c.created_tasks.is_empty() {
                let ids: Vec<String> = c.created_tasks.iter().map(|i| format!("#{i}")).collect();
                opinion = format!("{opinion} → {}", ids.join(", ")).trim().to_string();
            }
            vec![
                format!("#{}", c.id),
                c.for_date.map(crate::i18n::date).unwrap_or_default(),
                c.text.clone(),
                c.leader.clone(),
                consult_status_label(c.status).to_string(),
                opinion,
            ]
        })
        .collect();
    let mut l = table(headers, rows);
    l.empty = Some(s(M::NoResults).to_string());
    l
}
