//! `report review` (SPEC §1.4, §6): the four-part stock-take a leader asks for —
//! (I) the work done since a date, by month and kind, the tasks completed, and the open
//! tasks that must be finished by a date (by default the last working day before the
//! Tết break); (II) the documents, by field, with what cites them; (III) follow-ups not
//! yet carried out, major first; (IV) documents issued against documents required, by
//! level and field. One pure function from rows to the report.

use super::followups::UnitFollowups;
use crate::model::{Citation, DocLevel, DocStatus, Document, Entry, RecordKind, Task, TaskStatus};
use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap, HashSet};

pub use super::input::ReviewInput;

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ReviewReport {
    pub since: NaiveDate,
    pub until: NaiveDate,
    pub work_done: WorkDone,
    pub must_finish: Vec<Task>,
    pub documents_by_field: Vec<FieldDocuments>,
    pub followups_pending: Vec<UnitFollowups>,
    pub document_counts: Vec<DocumentCount>,
    /// The proposals made since `since`, by their fate now.
    pub proposals: super::proposals::ProposalReview,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct WorkDone {
    pub by_month: Vec<MonthWork>,
    pub tasks_done: Vec<Task>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct MonthWork {
    /// `2022-01`
    pub month: String,
    pub by_kind: Vec<KindCount>,
    pub total: usize,
    pub minutes: i64,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct KindCount {
    pub key: String,
    pub label: String,
    pub count: usize,
    pub minutes: i64,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct FieldDocuments {
    /// The field key; None for documents without a field (listed last).
    pub field: Option<String>,
    pub name: Option<String>,
    pub documents: Vec<ReviewDocument>,
}

/// A document as the review lists it: its fields, and the records citing it.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ReviewDocument {
    pub id: i64,
    #[serde(rename = "type")]
    pub record: RecordKind,
    pub number: Option<String>,
    pub title: String,
    pub issuer: Option<String>,
    pub level: DocLevel,
    pub field: Option<String>,
    pub status: DocStatus,
    pub issued_on: Option<NaiveDate>,
    pub due: Option<NaiveDate>,
    pub drafting_unit: Option<String>,
    pub cited_by: Vec<Citation>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct DocumentCount {
    pub level: DocLevel,
    pub field: Option<String>,
    /// Documents issued (status `issued`), required or not.
    pub issued: usize,
    /// Every document the rules require, whether issued since or still pending: issuing
    /// one moves it from `pending` to `required_issued` and leaves this total as it was.
    pub required: usize,
    /// Of the required documents, those issued.
    pub required_issued: usize,
    /// Of the required documents, those not issued yet.
    pub pending: usize,
}

pub fn compute(i: ReviewInput) -> ReviewReport {
    ReviewReport {
        since: i.since,
        until: i.until,
        work_done: WorkDone {
            by_month: by_month(i.since, i.today, i.entries, i.kinds),
            tasks_done: i
                .tasks
                .iter()
                .filter(|t| {
                    t.status == TaskStatus::Done && t.closed_on.is_some_and(|c| c >= i.since && c <= i.today)
                })
                .cloned()
                .collect(),
        },
        must_finish: must_finish(i.tasks, i.until, i.today),
        documents_by_field: documents_by_field(i.documents, i.citations, i.fields),
        followups_pending: i.followups,
        document_counts: document_counts(i.documents, i.ever_required),
        proposals: super::proposals::review(i.proposals, i.since, i.today),
    }
}

/// Open tasks due on or before `until`, and open tasks already overdue (which matter
/// even when `until` lies before today). Tasks without a due date are left out: nothing
/// says they must be finished by then. Follow-ups are included: the official answers for
/// chasing them. Ordered by due date, then id.
pub fn must_finish(tasks: &[Task], until: NaiveDate, today: NaiveDate) -> Vec<Task> {
    let mut v: Vec<Task> = tasks
        .iter()
        .filter(|t| t.is_open() && t.due.is_some_and(|d| d <= until || d < today))
        .cloned()
        .collect();
    v.sort_by(|a, b| a.due.cmp(&b.due).then(a.id.cmp(&b.id)));
    v
}

/// Every month from `since` to `today` (months without entries too, so gaps show), each
/// with its kinds, largest count first.
pub fn by_month(
    since: NaiveDate,
    today: NaiveDate,
    entries: &[Entry],
    kinds: &[(String, String)],
) -> Vec<MonthWork> {
    let mut months: BTreeMap<(i32, u32), BTreeMap<String, (usize, i64)>> = BTreeMap::new();
    let mut m = (since.year(), since.month());
    while m <= (today.year(), today.month()) {
        months.insert(m, BTreeMap::new());
        m = if m.1 == 12 { (m.0 + 1, 1) } else { (m.0, m.1 + 1) };
    }
    for e in entries.iter().filter(|e| e.date >= since && e.date <= today) {
        let k = months.entry((e.date.year(), e.date.month())).or_default();
        let c = k.entry(e.kind.clone()).or_default();
        c.0 += 1;
        c.1 += e.minutes.unwrap_or(0);
    }
    months
        .into_iter()
        .map(|((y, mo), ks)| {
            let mut by_kind: Vec<KindCount> = ks
                .into_iter()
                .map(|(key, (count, minutes))| KindCount {
                    label: kinds
                        .iter()
                        .find(|(k, _)| *k == key)
                        .map(|(_, l)| l.clone())
                        .unwrap_or_else(|| key.clone()),
                    key,
                    count,
                    minutes,
                })
                .collect();
            by_kind.sort_by(|a, b| b.count.cmp(&a.count).then(a.key.cmp(&b.key)));
            MonthWork {
                month: format!("{y:04}-{mo:02}"),
                total: by_kind.iter().map(|k| k.count).sum(),
                minutes: by_kind.iter().map(|k| k.minutes).sum(),
                by_kind,
            }
        })
        .collect()
}

fn level_rank(l: DocLevel) -> u8 {
    match l {
        DocLevel::Central => 0,
        DocLevel::Province => 1,
        DocLevel::Other => 2,
    }
}

/// Fields in key order, documents without a field last; inside a field, central before
/// province before other, then by id.
pub fn documents_by_field(
    docs: &[Document],
    citations: &HashMap<i64, Vec<Citation>>,
    fields: &HashMap<String, String>,
) -> Vec<FieldDocuments> {
    let mut groups: BTreeMap<(bool, Option<String>), Vec<&Document>> = BTreeMap::new();
    for d in docs {
        groups
            .entry((d.field.is_none(), d.field.clone()))
            .or_default()
            .push(d);
    }
    groups
        .into_iter()
        .map(|((_, field), mut ds)| {
            ds.sort_by(|a, b| {
                level_rank(a.level)
                    .cmp(&level_rank(b.level))
                    .then(a.id.cmp(&b.id))
            });
            FieldDocuments {
                name: field.as_ref().and_then(|f| fields.get(f).cloned()),
                field,
                documents: ds
                    .into_iter()
                    .map(|d| ReviewDocument {
                        id: d.id,
                        record: RecordKind::Document,
                        number: d.number.clone(),
                        title: d.title.clone(),
                        issuer: d.issuer.clone(),
                        level: d.level,
                        field: d.field.clone(),
                        status: d.status,
                        issued_on: d.issued_on,
                        due: d.due,
                        drafting_unit: d.drafting_unit.clone(),
                        cited_by: citations.get(&d.id).cloned().unwrap_or_default(),
                    })
                    .collect(),
            }
        })
        .collect()
}

/// Issued and required counts for each (level, field) that has documents: central,
/// province, other; fields in key order, none last.
/// `ever_required` holds the ids of the documents that were ever required (a pending one
/// is required whatever the set says).
pub fn document_counts(docs: &[Document], ever_required: &HashSet<i64>) -> Vec<DocumentCount> {
    let mut m: BTreeMap<(u8, bool, Option<String>), DocumentCount> = BTreeMap::new();
    for d in docs {
        let c = m
            .entry((level_rank(d.level), d.field.is_none(), d.field.clone()))
            .or_insert_with(|| DocumentCount {
                level: d.level,
                field: d.field.clone(),
                issued: 0,
                required: 0,
                required_issued: 0,
                pending: 0,
            });
        let issued = d.status == DocStatus::Issued;
        let required = !issued || ever_required.contains(&d.id);
        c.issued += usize::from(issued);
        c.required += usize::from(required);
        c.required_issued += usize::from(required && issued);
        c.pending += usize::from(!issued);
    }
    m.into_values().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn doc(id: i64, level: &str, field: Option<&str>, status: &str) -> Document {
        Document {
            id,
            record: RecordKind::Document,
            number: None,
            title: format!("d{id}"),
            issuer: None,
            level: level.parse().unwrap(),
            field: field.map(str::to_string),
            status: status.parse().unwrap(),
            issued_on: None,
            due: None,
            drafting_unit: None,
            cited_by: vec![],
            created_at: String::new(),
            updated_at: String::new(),
        }
    }

    #[test]
    fn counts_by_level_then_field_with_no_field_last() {
        let docs = vec![
            doc(1, "province", Some("yte"), "issued"),
            doc(2, "province", None, "required"),
            doc(3, "central", Some("laodong"), "issued"),
            doc(4, "province", Some("laodong"), "required"),
            doc(5, "province", Some("laodong"), "issued"),
        ];
        // Document 5 was required, then issued.
        let c = document_counts(&docs, &HashSet::from([2, 4, 5]));
        let rows: Vec<(&str, Option<&str>, [usize; 4])> = c
            .iter()
            .map(|c| {
                (
                    c.level.as_str(),
                    c.field.as_deref(),
                    [c.issued, c.required, c.required_issued, c.pending],
                )
            })
            .collect();
        assert_eq!(
            rows,
            vec![
                ("central", Some("laodong"), [1, 0, 0, 0]),
                ("province", Some("laodong"), [1, 2, 1, 1]),
                ("province", Some("yte"), [1, 0, 0, 0]),
                ("province", None, [0, 1, 0, 1]),
            ]
        );
        let total: usize = c.iter().map(|c| c.issued + c.pending).sum();
        assert_eq!(total, docs.len());
    }

    #[test]
    fn months_cover_the_span_and_sum_their_kinds() {
        let e = |date: &str, kind: &str, m: i64| Entry {
            id: 1,
            record: RecordKind::Entry,
            date: d(date),
            time: None,
            text: String::new(),
            kind: kind.into(),
            field: None,
            units: vec![],
            tags: vec![],
            docs: vec![],
            minutes: Some(m),
            task: None,
            created_at: String::new(),
            updated_at: String::new(),
        };
        let entries = vec![
            e("2022-10-03", "meeting", 60),
            e("2022-12-01", "advice", 30),
            e("2022-12-02", "meeting", 90),
            e("2022-12-05", "meeting", 15),
        ];
        let kinds = vec![("meeting".to_string(), "Họp".to_string())];
        let m = by_month(d("2022-10-01"), d("2022-12-21"), &entries, &kinds);
        let months: Vec<&str> = m.iter().map(|m| m.month.as_str()).collect();
        assert_eq!(months, vec!["2022-10", "2022-11", "2022-12"]);
        assert_eq!(m[1].total, 0);
        assert_eq!((m[2].total, m[2].minutes), (3, 135));
        assert_eq!(m[2].by_kind[0].key, "meeting");
        assert_eq!(m[2].by_kind[0].label, "Họp");
        assert_eq!(m[2].by_kind[1].label, "advice");
    }
}
