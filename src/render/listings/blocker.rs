//! Blockers as a table (`blocker list`, the blockers section of `show ID`) and the one
//! line a blocker is shown with beside its task.

use super::{headers, table};
use crate::error::Result;
use crate::i18n::{M, s, t};
use crate::model::{Blocker, Remedy};
use crate::render::table::Narrow;
use crate::render::{Human, Listing, Render};

/// `blocker list`.
pub struct BlockerList {
    pub blockers: Vec<Blocker>,
}

impl Render for BlockerList {
    fn json(&self, buf: &mut Vec<u8>) -> Result<()> {
        crate::render::json(buf, &self.blockers)
    }

    fn human(&self) -> Result<Human> {
        Ok(Human::Listing(blocker_listing(&self.blockers)))
    }
}

/// One line for a blocker beside its task: `#20 text → proposal (remedy, 5 days)`.
pub fn brief_text(id: i64, text: &str, proposal: Option<&str>, remedy: Option<Remedy>, age: i64) -> String {
    let mut out = format!("#{id} {text}");
    if let Some(p) = proposal {
        out.push_str(&format!(" → {p}"));
    }
    let age = t(M::AgeDays, &[&age]);
    match remedy {
        Some(r) => out.push_str(&format!(" ({}, {age})", crate::render::labels::remedy_label(r))),
        None => out.push_str(&format!(" ({age})")),
    }
    out
}

/// The table of blockers, with their count under it.
pub fn blocker_listing(v: &[Blocker]) -> Listing {
    let headers = headers(&[
        M::LId,
        M::LUnit,
        M::LText,
        M::LTask,
        M::LProposal,
        M::LRemedy,
        M::LRaised,
        M::LAge,
        M::LStatus,
    ]);
    let rows = v
        .iter()
        .map(|b| {
            vec![
                format!("#{}", b.id),
                b.unit.clone(),
                b.text.clone(),
                b.task.map(|t| format!("#{t}")).unwrap_or_default(),
                b.proposal.clone().unwrap_or_default(),
                b.remedy
                    .map(crate::render::labels::remedy_label)
                    .unwrap_or_default()
                    .to_string(),
                crate::i18n::date(b.raised_on),
                b.age_days.to_string(),
                crate::render::labels::blocker_state_label(b.resolved_on),
            ]
        })
        .collect();
    let mut l = table(headers, rows);
    // Narrow: the age is the raised date counted.
    l.fit.narrow = vec![Narrow::Drop(7)];
    l.count_footer(t(M::BlockersCount, &[&v.len()]));
    l.empty = Some(s(M::NoResults).to_string());
    l
}
