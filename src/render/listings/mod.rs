//! The listing views of the record commands (`task list`, `log`, `blocker list`, `doc
//! list`, `status`, `plan week`…) and the one line a created or changed record is shown
//! with. Each view is a typed value: its JSON is written straight from the records
//! (`#[derive(Serialize)]`), its table is built only when a table is what is shown.
//! Nothing here reads the database: commands gather everything first.

pub mod blocker;
pub mod consult;
pub mod contingency;
pub mod doc;
pub mod entry;
pub mod fact;
pub mod plan;
pub mod proposal;
pub mod search;
pub mod status;
pub mod submissions;
pub mod task;
pub mod unit;

use super::Listing;
use crate::i18n::{M, s};
use crate::model::RecordKind;
use serde::Serialize;

pub use blocker::{BlockerList, blocker_listing, brief_text};
pub use consult::{ConsultList, consult_listing};
pub use contingency::{ContingencyList, contingency_listing};
pub use doc::{DocList, doc_listing};
pub use entry::{EntryList, entry_listing};
pub use fact::{FactList, fact_listing};
pub use plan::{CarryCounts, PlanView};
pub use proposal::{ProposalList, proposal_listing};
pub use search::SearchView;
pub use status::{StatusView, status_row_limit};
pub use task::{TaskList, marks, state_marks, task_added_line, task_listing, timeline_listing};
pub use unit::{FieldList, UnitList};

/// Column headers from catalogue keys, in the current language.
pub(crate) fn headers(keys: &[M]) -> Vec<String> {
    keys.iter().map(|m| s(*m).to_string()).collect()
}

/// A table (the view writes its JSON from the records themselves).
pub(crate) fn table(headers: Vec<String>, rows: Vec<Vec<String>>) -> Listing {
    Listing::new(headers, rows)
}

/// The record `task note` creates.
#[derive(Debug, Serialize)]
pub struct TaskNote {
    pub id: i64,
    #[serde(rename = "type")]
    pub record: RecordKind,
    pub task: i64,
    pub date: chrono::NaiveDate,
    pub text: String,
}

/// The mark of an achieved goal in a goals table.
pub fn goal_mark(g: &crate::model::Goal) -> String {
    if g.achieved {
        "✓".to_string()
    } else {
        String::new()
    }
}

/// The record `plan goal` creates.
#[derive(Debug, Serialize)]
pub struct PlanGoal {
    pub id: i64,
    #[serde(rename = "type")]
    pub record: RecordKind,
    pub plan: String,
    pub text: String,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Result;
    use crate::render::{Human, Render};

    #[test]
    fn a_saved_record_is_its_record_in_json_and_its_line_otherwise() -> Result<()> {
        let note = TaskNote {
            id: 7,
            record: RecordKind::Note,
            task: 3,
            date: chrono::NaiveDate::from_ymd_opt(2022, 12, 5).unwrap_or_default(),
            text: "Sở đã trả lời".into(),
        };
        let saved = crate::render::message::Message::line("line".to_string(), note);
        let mut buf = Vec::new();
        saved.json(&mut buf)?;
        assert_eq!(
            String::from_utf8_lossy(&buf),
            "{\n  \"id\": 7,\n  \"type\": \"note\",\n  \"task\": 3,\n  \"date\": \"2022-12-05\",\n  \"text\": \"Sở đã trả lời\"\n}\n"
        );
        assert!(matches!(saved.human()?, Human::Lines(l) if l == ["line"]));
        Ok(())
    }
}
