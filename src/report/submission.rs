//! A submitted month report, as it is saved in table `submissions` and read back by
//! `report month --as-submitted`: the report, the "next period" tasks its document
//! showed, and a fingerprint of every record behind it, so a later run can list what was
//! added, changed or removed since (the amendments). Pure: the store saves and loads the
//! JSON text; this file says what it holds and compares fingerprints.
//!
//! The format is persisted, so it only grows: a field added later is optional, and the
//! copies written by older builds (without `next`) still read.

pub use super::month::Amendment;
use super::month::{MonthReport, NextTask};
use crate::model::Entry;
use crate::model::Remedy;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Per record id: how it reads, and a fingerprint of everything the report counts it by.
pub type Fingerprints = BTreeMap<i64, (String, String)>;

/// What a submission freezes: the report, a fingerprint of every record behind it, and
/// the next period's tasks its document showed (absent from copies of older builds).
#[derive(Debug, Serialize, Deserialize)]
pub struct Frozen {
    pub report: MonthReport,
    pub records: Fingerprints,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<Vec<NextTask>>,
    /// Who issued the document and what it said beyond the counters (absent from copies
    /// of older builds).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer: Option<super::input::Issuer>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<super::input::MonthContent>,
}

impl Frozen {
    pub fn from_json(content: &str) -> serde_json::Result<Frozen> {
        serde_json::from_str(content)
    }

    pub fn to_json(&self) -> serde_json::Result<String> {
        serde_json::to_string(self)
    }
}

/// The records a report rests on, each with a fingerprint of what it says: `entries` are
/// the period's entries, the tasks and blockers come from the report itself.
pub fn fingerprints(entries: &[Entry], r: &MonthReport) -> Fingerprints {
    let mut out = BTreeMap::new();
    for full in entries {
        out.insert(
            full.id,
            (
                format!("{} {}", crate::i18n::date(full.date), full.text),
                // Everything the report counts the entry by: an edit of the field, a unit
                // or a tag moves it between breakdowns, so it is an amendment too.
                format!(
                    "{}|{}|{}|{:?}|{:?}|{:?}|{:?}|{:?}",
                    full.date,
                    full.text,
                    full.kind,
                    full.minutes,
                    full.task,
                    full.field,
                    full.units,
                    full.tags
                ),
            ),
        );
    }
    for t in &r.body.done_list {
        out.insert(
            t.id,
            (t.title.clone(), format!("done|{:?}|{:?}", t.closed_on, t.due)),
        );
    }
    for b in &r.body.blockers.open {
        out.insert(
            b.id,
            // The remedy as its key (`Some("meeting")`): frozen fingerprints hold it so.
            (
                b.text.clone(),
                format!("blocker|{:?}|{:?}", b.proposal, b.remedy.map(Remedy::as_str)),
            ),
        );
    }
    out
}

/// What changed between the fingerprints frozen `then` and those of `now`, by id.
pub fn amendments(then: &Fingerprints, now: &Fingerprints) -> Vec<Amendment> {
    let mut v = Vec::new();
    let push = |v: &mut Vec<Amendment>, id: i64, change: &str, what: &str| {
        v.push(Amendment {
            id,
            change: change.into(),
            what: what.to_string(),
        })
    };
    for (id, (what, print)) in now {
        match then.get(id) {
            None => push(&mut v, *id, "added", what),
            Some((_, old)) if old != print => push(&mut v, *id, "changed", what),
            _ => {}
        }
    }
    for (id, (what, _)) in then {
        if !now.contains_key(id) {
            push(&mut v, *id, "removed", what);
        }
    }
    v.sort_by_key(|a| a.id);
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prints(v: &[(i64, &str, &str)]) -> Fingerprints {
        v.iter()
            .map(|(id, what, print)| (*id, (what.to_string(), print.to_string())))
            .collect()
    }

    #[test]
    fn amendments_list_added_changed_and_removed_by_id() {
        let then = prints(&[(1, "a", "x"), (2, "b", "y"), (4, "d", "w")]);
        let now = prints(&[(1, "a", "x"), (2, "b2", "y2"), (3, "c", "z")]);
        let got: Vec<(i64, String, String)> = amendments(&then, &now)
            .into_iter()
            .map(|a| (a.id, a.change, a.what))
            .collect();
        assert_eq!(
            got,
            vec![
                (2, "changed".into(), "b2".into()),
                (3, "added".into(), "c".into()),
                (4, "removed".into(), "d".into()),
            ]
        );
        assert!(amendments(&now, &now).is_empty());
    }

    #[test]
    fn copies_without_next_tasks_still_read() {
        let frozen = Frozen::from_json(
            r#"{"report":{"period":{"kind":"month","label":"2022-12","from":"2022-12-01","to":"2022-12-31"},
            "generated_at":"x","person":{},"entries":{"total":0,"days_logged":0,"working_days":0,
            "minutes":0,"planned":0,"arising":0,"by_kind":[],"by_field":[],"by_unit":[],"by_tag":[]},
            "daily":[],"tasks":{"planned":0,"done":0,"done_on_time":0,"open":0,"overdue":0,"stale":0,
            "carried":0,"dropped":0,"completion_rate":0.0},"done_list":[],"followups":{"open":0,"done":0,
            "overdue":0,"stale":0,"by_unit":[]},"blockers":{"raised":0,"resolved":0,"open":[]},
            "contingencies":{"prepared":0,"triggered":0,"list":[]},"documents":{"issued":0,
            "required_pending":0},"previous":{"period":{"kind":"month","label":"2022-11",
            "from":"2022-11-01","to":"2022-11-30"},"entries":{"total":0,"days_logged":0,
            "working_days":0,"minutes":0,"planned":0,"arising":0},"tasks":{"planned":0,"done":0,
            "done_on_time":0,"open":0,"overdue":0,"stale":0,"carried":0,"dropped":0,
            "completion_rate":0.0},"followups":{"open":0,"done":0,"overdue":0,"stale":0},
            "blockers":{"raised":0,"resolved":0,"open":0},"contingencies":{"prepared":0,
            "triggered":0},"documents":{"issued":0,"required_pending":0}}},"records":{}}"#,
        )
        .unwrap();
        assert!(frozen.next.is_none());
        assert_eq!(frozen.report.period.label, "2022-12");
    }
}
