//! Contingencies as a table (`contingency list`, the sections of `plan week` and
//! `status`).

use super::{headers, table};
use crate::error::Result;
use crate::i18n::{M, s, t};
use crate::model::plan::{Contingency, ContingencyStatus};
use crate::render::labels::contingency_status_label;
use crate::render::{Human, Listing, Render};

/// `contingency list`: the table with the count under it.
pub struct ContingencyList {
    pub contingencies: Vec<Contingency>,
}

impl Render for ContingencyList {
    fn json(&self, buf: &mut Vec<u8>) -> Result<()> {
        crate::render::json(buf, &self.contingencies)
    }

    fn human(&self) -> Result<Human> {
        let mut l = contingency_listing(&self.contingencies);
        l.count_footer(t(M::ContingenciesCount, &[&self.contingencies.len()]));
        Ok(Human::Listing(l))
    }
}

/// The table of contingencies (no count: `plan week` and `status` show none).
pub fn contingency_listing(list: &[Contingency]) -> Listing {
    let headers = headers(&[
        M::LId,
        M::LSituation,
        M::LResponse,
        M::LPlan,
        M::LStatus,
        M::LOutcome,
    ]);
    let rows = list
        .iter()
        .map(|c| {
            let belongs = match (&c.plan, c.task) {
                (Some(p), _) => crate::render::labels::plan_period_short(p),
                (None, Some(task)) => format!("#{task}"),
                (None, None) => String::new(),
            };
            let status = match (c.status, c.triggered_on, c.closed_on) {
                (ContingencyStatus::Triggered, Some(d), _) | (ContingencyStatus::Closed, _, Some(d)) => {
                    format!("{} {}", contingency_status_label(c.status), crate::i18n::date(d))
                }
                _ => contingency_status_label(c.status).to_string(),
            };
            vec![
                format!("#{}", c.id),
                c.situation.clone(),
                c.response.clone(),
                belongs,
                status,
                c.outcome.clone().unwrap_or_default(),
            ]
        })
        .collect();
    let mut l = table(headers, rows);
    l.empty = Some(s(M::NoResults).to_string());
    l
}
