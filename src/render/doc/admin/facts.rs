//! The sector brief as a short *báo cáo* for the leader (one or two pages): one part per
//! field, its key figures (value, the value it replaced, source, as-of date, stale ones
//! marked) and the documents of the field in force.

use super::prose::{self, capital};
use super::{Issuer, Part, duty, frame, numbered};
use crate::i18n::{M, s, t};
use crate::model::DocLevel;
use crate::render::doc::{AdminReport, Chart, Para};
use crate::report::facts::{BriefFact, FactsBrief, FieldBrief};

/// The sector brief as a document; `field` names the one field asked for (`-f`), if any.
pub fn facts_document(issuer: &Issuer, r: &FactsBrief, field: Option<&str>) -> (AdminReport, Vec<Chart>) {
    let today = prose::date(issuer.today);
    let summary = match field {
        Some(label) => t(M::DocSummaryFacts, &[&label]),
        None => s(M::DocSummaryFactsAll).to_string(),
    };
    let mut doc = frame(issuer, summary);
    doc.intro = Some(capital(&t(M::DocFactsIntro, &[&duty(issuer), &today])));
    let mut parts: Vec<Part> = r.fields.iter().map(field_part).collect();
    if parts.is_empty() {
        let title = match field {
            Some(label) => t(M::DocFactsField, &[&label]),
            None => s(M::FactsBriefTitle).to_string(),
        };
        parts.push(Part::new(title));
    }
    doc.sections = numbered(parts);
    doc.closing = t(M::DocClosingFacts, &[&today]);
    (doc, Vec::new())
}

/// One field: its figures, then its documents in force ("Không có." when it has none).
fn field_part(f: &FieldBrief) -> Part {
    let figures = f.facts.iter().map(fact_line).collect();
    let mut docs: Vec<Para> = f
        .documents
        .iter()
        .map(|d| {
            let number = d.number.clone().unwrap_or_default();
            let on = d
                .issued_on
                .map(|o| t(M::DocOnDay, &[&prose::date(o)]))
                .unwrap_or_default();
            let mut line = t(M::DocIssuedDoc, &[&number, &on, &level_name(d.level), &d.title]);
            line = line.split_whitespace().collect::<Vec<_>>().join(" ");
            if let Some(by) = d.issuer.as_deref().map(str::trim).filter(|i| !i.is_empty()) {
                line.push_str(&t(M::DocFactIssuer, &[&by]));
            }
            Para::Bullet(format!("{line}."))
        })
        .collect();
    if docs.is_empty() {
        docs.push(Para::Text(s(M::DocNothing).to_string()));
    }
    Part::new(t(M::DocFactsField, &[&f.label]))
        .sub(s(M::DocFactsFigures).to_string(), figures)
        .sub(s(M::DocFactsDocs).to_string(), docs)
}

fn level_name(l: DocLevel) -> &'static str {
    s(match l {
        DocLevel::Central => M::DocLevelCentral,
        DocLevel::Province => M::DocLevelProvince,
        DocLevel::Other => M::DocLevelOther,
    })
}

/// "Số hộ nghèo: 1.234 (so với 1.300 ngày 30/09/2022); nguồn: Sở LĐTBXH; số liệu đến
/// ngày 30/11/2022 (số liệu đã cũ, cần cập nhật)."
fn fact_line(b: &BriefFact) -> Para {
    let f = &b.fact;
    let value = f
        .value
        .as_deref()
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::to_string)
        .unwrap_or_else(|| s(M::DocFactNoValue).to_string());
    let mut line = format!("{}: {value}", capital(f.text.trim()));
    if let Some(p) = &b.previous {
        let was = p.value.clone().unwrap_or_default();
        line.push_str(&match p.as_of {
            Some(d) => t(M::DocFactCompared, &[&was, &prose::date(d)]),
            None => t(M::DocFactComparedUndated, &[&was]),
        });
    }
    let mut notes = Vec::new();
    if let Some(src) = f.source.as_deref().map(str::trim).filter(|v| !v.is_empty()) {
        notes.push(t(M::DocFactSource, &[&src]));
    }
    if let Some(d) = f.as_of {
        notes.push(t(M::DocFactAsOf, &[&prose::date(d)]));
    }
    for n in notes {
        line.push_str("; ");
        line.push_str(&n);
    }
    if f.stale {
        line.push_str(&format!(" ({})", s(M::DocFactStale)));
    }
    Para::Bullet(format!("{line}."))
}
