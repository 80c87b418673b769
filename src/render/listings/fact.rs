//! Facts as a table (`fact list`), stale ones marked.

use super::{headers, table};
use crate::error::Result;
use crate::i18n::{M, s, t};
use crate::model::Fact;
use crate::render::{Human, Listing, Render};

/// `fact list`.
pub struct FactList {
    pub facts: Vec<Fact>,
}

impl Render for FactList {
    fn json(&self, buf: &mut Vec<u8>) -> Result<()> {
        crate::render::json(buf, &self.facts)
    }

    fn human(&self) -> Result<Human> {
        Ok(Human::Listing(fact_listing(&self.facts)))
    }
}

/// The table of facts, with their count under it.
pub fn fact_listing(facts: &[Fact]) -> Listing {
    let headers = headers(&[
        M::LId,
        M::LField,
        M::LText,
        M::LValue,
        M::LSource,
        M::LAsOf,
        M::LMarks,
    ]);
    let rows = facts
        .iter()
        .map(|f| {
            vec![
                format!("#{}", f.id),
                f.field.clone(),
                f.text.clone(),
                f.value.clone().unwrap_or_default(),
                f.source.clone().unwrap_or_default(),
                f.as_of.map(crate::i18n::date).unwrap_or_default(),
                if f.stale {
                    s(M::MarkFactStale).to_string()
                } else {
                    String::new()
                },
            ]
        })
        .collect();
    let mut l = table(headers, rows);
    l.count_footer(t(M::FactsCount, &[&facts.len()]));
    l.empty = Some(s(M::NoResults).to_string());
    l
}
