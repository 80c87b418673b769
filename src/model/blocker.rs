//! An obstacle or delay at a unit (*khó khăn, vướng mắc*, SPEC §2). `age_days` and
//! `status` are derived when the row is read.

use super::RecordKind;
use chrono::NaiveDate;
use serde::Serialize;

keyed_enum! {
    /// How a blocker is proposed to be removed.
    pub enum Remedy {
        Directive = "directive",
        Meeting = "meeting",
        Other = "other",
    }
}

keyed_enum! {
    /// Open until it has a resolved date.
    pub enum BlockerStatus {
        Open = "open",
        Resolved = "resolved",
    }
}

/// An obstacle or delay at a unit, usually on a follow-up.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Blocker {
    pub id: i64,
    #[serde(rename = "type")]
    pub record: RecordKind,
    pub text: String,
    /// The unit's alias as it was when the blocker was raised (history is kept).
    pub unit: String,
    pub task: Option<i64>,
    pub proposal: Option<String>,
    pub remedy: Option<Remedy>,
    pub raised_on: NaiveDate,
    pub resolved_on: Option<NaiveDate>,
    pub note: Option<String>,
    pub status: BlockerStatus,
    /// Open: today − raised_on; resolved: resolved_on − raised_on.
    pub age_days: i64,
    pub created_at: String,
    pub updated_at: String,
}

/// An open blocker as it is shown beside its follow-up.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct BlockerBrief {
    pub id: i64,
    pub text: String,
    pub proposal: Option<String>,
    pub remedy: Option<Remedy>,
    pub age_days: i64,
}

impl Blocker {
    pub fn brief(&self) -> BlockerBrief {
        BlockerBrief {
            id: self.id,
            text: self.text.clone(),
            proposal: self.proposal.clone(),
            remedy: self.remedy,
            age_days: self.age_days,
        }
    }
}
