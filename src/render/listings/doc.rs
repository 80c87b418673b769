//! Documents as a table (`doc list`), with the records citing each.

use super::{headers, table};
use crate::error::Result;
use crate::i18n::{M, s, t};
use crate::model::{DocStatus, Document};
use crate::render::labels::{doc_status_label, level_label};
use crate::render::table::Narrow;
use crate::render::{Human, Listing, Render};

/// `doc list`.
pub struct DocList {
    pub docs: Vec<Document>,
}

impl Render for DocList {
    fn json(&self, buf: &mut Vec<u8>) -> Result<()> {
        crate::render::json(buf, &self.docs)
    }

    fn human(&self) -> Result<Human> {
        Ok(Human::Listing(doc_listing(&self.docs)))
    }
}

/// Issued on …, or due … for a required document.
fn when(d: &Document) -> String {
    match (d.issued_on, d.due) {
        (Some(i), _) => crate::i18n::date(i),
        (None, Some(due)) if d.status == DocStatus::Required => t(M::TaskDueOn, &[&crate::i18n::date(due)]),
        _ => String::new(),
    }
}

/// The table of documents, with their count under it.
pub fn doc_listing(docs: &[Document]) -> Listing {
    let headers = headers(&[
        M::LId,
        M::LNumber,
        M::LDocTitle,
        M::LLevel,
        M::LField,
        M::LStatus,
        M::LDate,
        M::LDraftingUnit,
        M::LCitedBy,
    ]);
    let rows = docs
        .iter()
        .map(|d| {
            vec![
                format!("#{}", d.id),
                d.number.clone().unwrap_or_default(),
                d.title.clone(),
                level_label(d.level).to_string(),
                d.field.clone().unwrap_or_default(),
                doc_status_label(d.status).to_string(),
                when(d),
                d.drafting_unit.clone().unwrap_or_default(),
                d.cited_by
                    .iter()
                    .map(|i| format!("#{i}"))
                    .collect::<Vec<_>>()
                    .join(" "),
            ]
        })
        .collect();
    let mut l = table(headers, rows);
    // Narrow: who cites a document and who drafts it are in `show ID`.
    l.fit.narrow = vec![Narrow::Drop(8), Narrow::Drop(7)];
    l.count_footer(t(M::DocsCount, &[&docs.len()]));
    l.empty = Some(s(M::NoResults).to_string());
    l
}
