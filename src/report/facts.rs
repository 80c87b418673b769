//! `report facts` (the sector brief, SPEC §6): every fact of each field with its value,
//! source and as-of date, stale ones marked, the value it replaced ("so với …"), and the
//! field's documents in force. Pure: the store's rows in, the brief out.

use crate::model::{DocStatus, Document, Fact, FactVersion};
use chrono::NaiveDate;
use serde::Serialize;

#[derive(Debug, Serialize)]
pub struct FactsBrief {
    pub generated_on: NaiveDate,
    pub fields: Vec<FieldBrief>,
}

#[derive(Debug, Serialize)]
pub struct FieldBrief {
    pub field: String,
    pub label: String,
    pub facts: Vec<BriefFact>,
    /// The field's issued documents, newest first.
    pub documents: Vec<Document>,
}

#[derive(Debug, Serialize)]
pub struct BriefFact {
    #[serde(flatten)]
    pub fact: Fact,
    /// Earlier values, oldest first.
    pub history: Vec<FactVersion>,
    /// The value this one replaced, when it changed.
    pub previous: Option<FactVersion>,
}

/// Groups facts by field (in `labels` order, then any other key), keeping each field's
/// documents in force.
pub fn compute(
    today: NaiveDate,
    labels: &[(String, String)],
    facts: Vec<(Fact, Vec<FactVersion>)>,
    docs: &[Document],
) -> FactsBrief {
    let mut fields: Vec<FieldBrief> = Vec::new();
    for (fact, history) in facts {
        let key = fact.field.clone();
        let i = match fields.iter().position(|f| f.field == key) {
            Some(i) => i,
            None => {
                let label = labels
                    .iter()
                    .find(|(k, _)| *k == key)
                    .map(|(_, l)| l.clone())
                    .unwrap_or_else(|| key.clone());
                let mut documents: Vec<Document> = docs
                    .iter()
                    .filter(|d| d.status == DocStatus::Issued && d.field.as_deref() == Some(key.as_str()))
                    .cloned()
                    .collect();
                documents.sort_by(|a, b| b.issued_on.cmp(&a.issued_on).then(a.id.cmp(&b.id)));
                fields.push(FieldBrief {
                    field: key,
                    label,
                    facts: Vec::new(),
                    documents,
                });
                fields.len() - 1
            }
        };
        let previous = history
            .iter()
            .rev()
            .find(|v| v.value.is_some() && v.value != fact.value)
            .cloned();
        fields[i].facts.push(BriefFact {
            fact,
            history,
            previous,
        });
    }
    let order = |k: &str| labels.iter().position(|(l, _)| l == k).unwrap_or(usize::MAX);
    fields.sort_by(|a, b| order(&a.field).cmp(&order(&b.field)).then(a.field.cmp(&b.field)));
    FactsBrief {
        generated_on: today,
        fields,
    }
}
