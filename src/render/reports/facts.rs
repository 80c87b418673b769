//! The sector brief for people: one table per field (fact, value with "so với …",
//! source, as-of, stale mark), then the field's documents in force; the brief as a
//! document (docx, html) for the leader.

use crate::error::Result;
use crate::i18n::{M, s, t};
use crate::render::doc::admin::{Issuer, encode, facts_document};
use crate::render::{Format, Human, Listing, Render};
use crate::report::facts::{FactsBrief, FieldBrief};

pub struct FactsView {
    pub report: FactsBrief,
    /// The name of the one field asked for (`-f`), if any.
    pub field: Option<String>,
    pub issuer: Issuer,
}

impl Render for FactsView {
    fn json(&self, buf: &mut Vec<u8>) -> Result<()> {
        crate::render::json(buf, &self.report)
    }

    fn human(&self) -> Result<Human> {
        let mut sections: Vec<Listing> = Vec::new();
        for f in &self.report.fields {
            sections.push(field_section(f));
            if !f.documents.is_empty() {
                sections.push(crate::render::listings::doc_listing(&f.documents));
                if let Some(l) = sections.last_mut() {
                    l.title = Some(t(M::FactsBriefDocs, &[&f.label]));
                }
            }
        }
        if sections.is_empty() {
            sections.push(Listing {
                title: Some(s(M::FactsBriefTitle).to_string()),
                empty: Some(s(M::FactsBriefNone).to_string()),
                ..Listing::default()
            });
        }
        Ok(Human::Sections(sections))
    }

    fn document(&self, format: Format) -> Result<Option<Vec<u8>>> {
        let (doc, charts) = facts_document(&self.issuer, &self.report, self.field.as_deref());
        Ok(encode(format, &doc, &charts, &self.issuer))
    }
}

fn field_section(f: &FieldBrief) -> Listing {
    let headers = crate::render::listings::headers(&[M::LId, M::LText, M::LValue, M::LSource, M::LAsOf]);
    let rows = f
        .facts
        .iter()
        .map(|b| {
            let mut value = b.fact.value.clone().unwrap_or_default();
            if let Some(p) = &b.previous {
                let when = p.as_of.map(crate::i18n::date).unwrap_or_default();
                let was = p.value.clone().unwrap_or_default();
                value = format!(
                    "{value} ({})",
                    t(M::FactsBriefCompared, &[&was, &when]).trim_end()
                );
            }
            let mut as_of = b.fact.as_of.map(crate::i18n::date).unwrap_or_default();
            if b.fact.stale {
                as_of = format!("{as_of} ({})", s(M::FactsBriefStale));
            }
            vec![
                format!("#{}", b.fact.id),
                b.fact.text.clone(),
                value,
                b.fact.source.clone().unwrap_or_default(),
                as_of,
            ]
        })
        .collect();
    let mut l = Listing::new(headers, rows);
    l.title = Some(t(M::FactsBriefField, &[&f.label]));
    l
}
